import { useCallback, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from "react";
import { useLocation } from "react-router-dom";
import type { Core, ElementDefinition, Position } from "../graph/cytoscape-instance";
import { CITABLE_TYPES } from "../api/cite";
import { toElements, type GraphData, type ToElementsOptions } from "../graph/elements";
import { fitReadably, LAYOUT_LABELS, runLayout, type LayoutName } from "../graph/layouts";
import type { ViewTab } from "../navigation/url-state";
import { sketchScene } from "../graph/sketch-scene";
import { isStated, nodeLook } from "../graph/visual-encoding";
import { useGraphCapture } from "../export/graph-capture";
import { useDeferredCanvas } from "../hooks/use-deferred-canvas";
import { useFullScreen } from "../hooks/use-full-screen";
import { useHydrated } from "../hooks/use-hydrated";
import { useReducedMotion } from "../hooks/use-reduced-motion";
import { useViewState } from "../hooks/use-view-state";
import { SelectionDetail } from "./detail/SelectionDetail";
import { CopyLinkButton } from "./CopyLinkButton";
import { ExportMenu } from "./ExportMenu";
import { GetForm } from "./GetForm";
import { GraphSketch } from "./GraphSketch";
import { Legend } from "./Legend";
import { ListTables } from "./ListTables";
import { SetTrayLink } from "./set/AddToSet";
import { isPlainClick } from "./plain-click";
import "./GraphWorkspace.css";

/** How the canvas draws a view's data. */
export interface Drawing {
  defaultLayout: LayoutName;
  rootId?: string;
  /** Compound groups (organisation view): parent per node id, plus the group nodes themselves. */
  parents?: ReadonlyMap<string, string>;
  groupElements?: ElementDefinition[];
  edgeLabels?: boolean;
  pathEnds?: readonly string[];
  /** Positions the view computed (the timeline's years); the layout menu is then hidden. */
  positions?: ReadonlyMap<string, Position>;
  /** A view's own colour or caption per node (the timeline's kinds). */
  decorateNode?: ToElementsOptions["decorate"];
  /** Double-click (or Enter) on a node brings in its neighbours (neighbourhood view). */
  onExpand?: (id: string) => void;
}

export interface GraphWorkspaceProps {
  /** Names the view in the canvas's accessible name and in export file names. */
  title: string;
  data: GraphData;
  drawing: Drawing;
  /** Slot beside the tabs: the view's own controls (undo, …). */
  toolbar?: ReactNode;
  /** Slot above the panels: a notice about the data (truncation, with "Show more"). */
  notice?: ReactNode;
  /** Slot for the side panel; by default the details of the node selected in the URL. */
  aside?: ReactNode;
  /**
   * A view about one node: where the panels stack (narrow screens) its details — the words —
   * come before the graph, and first in reading order; wide screens still show them beside it.
   */
  asideFirst?: boolean;
  /** What the Export menu's references cite; by default every resource and legislation in view. */
  citeIds?: readonly string[];
}

/**
 * What every graph view shares: Graph and List tabs over the same data, the canvas toolbar,
 * the legend and a side panel (the selected node's details unless the view fills the slot).
 */
export function GraphWorkspace({
  title,
  data,
  drawing,
  toolbar,
  notice,
  aside,
  asideFirst = false,
  citeIds: citeIdsGiven,
}: GraphWorkspaceProps) {
  const {
    defaultLayout,
    rootId,
    parents,
    groupElements,
    edgeLabels,
    pathEnds,
    onExpand,
    positions: viewPositions,
    decorateNode,
  } = drawing;
  const { state, update, href } = useViewState();
  const location = useLocation();
  const reducedMotion = useReducedMotion();
  const hydrated = useHydrated();
  const [cy, setCy] = useState<Core>();
  const { fullScreen, toggleFullScreen, onFullScreenKey } = useFullScreen(cy);
  const layout = state.layout ?? defaultLayout;
  const tab = state.tab;
  // The List tab's tables are a DOM row per node and relationship: built on first opening, not
  // with every graph (hidden, they cost the canvas hundreds of milliseconds at 1,000 nodes).
  // `?tab=list` opens it in the first render, so a page asked for as a list has it in its HTML.
  const [listOpened, setListOpened] = useState(tab === "list");
  if (tab === "list" && !listOpened) setListOpened(true);
  const tabRefs = useRef<Record<ViewTab, HTMLAnchorElement | null>>({ graph: null, list: null });

  const elements = useMemo(
    () => [
      ...(groupElements ?? []),
      ...toElements(data, {
        ...(parents ? { parents } : {}),
        ...(decorateNode ? { decorate: decorateNode } : {}),
        ...(pathEnds ? { pathEnds } : {}),
      }),
    ],
    [data, parents, groupElements, decorateNode, pathEnds],
  );
  // The API's positions are the default layout's: drawn as they are unless another layout is chosen.
  const apiPositions = useMemo(
    () =>
      data.layout && layout === defaultLayout ? new Map(data.layout.map((p) => [p.id, { x: p.x, y: p.y }])) : undefined,
    [data.layout, layout, defaultLayout],
  );
  // A view's own positions (the timeline's years) are the drawing itself; the API's only a start.
  const positions = viewPositions ?? apiPositions;
  // The server's graph files by URL take the view's graph from here (../export/graph-capture.ts).
  useGraphCapture({ title, data, elements, positions });
  const nodeTypes = useMemo(() => new Set(data.nodes.map((n) => n.type)), [data.nodes]);
  const edgeTypes = useMemo(() => new Set(data.edges.map((e) => e.type)), [data.edges]);
  const hasUnstated = useMemo(() => data.edges.some((e) => !isStated(e.basis)), [data.edges]);
  const hasSharedContext = useMemo(
    () => elements.some((e) => e.group === "edges" && String(e.classes ?? "").includes("shared-context")),
    [elements],
  );
  const citeIds = useMemo(
    () => citeIdsGiven ?? data.nodes.filter((n) => CITABLE_TYPES.has(n.type)).map((n) => n.id),
    [data.nodes, citeIdsGiven],
  );

  // Drawn as SVG during render (so in the server's HTML), until the canvas has drawn over it.
  const scene = useMemo(
    () => sketchScene(elements, positions, { rootId, selectedId: state.selected, pathEnds, edgeLabels }),
    [elements, positions, rootId, state.selected, pathEnds, edgeLabels],
  );
  const { Canvas, wake } = useDeferredCanvas(tab === "graph");
  const [canvasDrawn, setCanvasDrawn] = useState(false);
  const onDrawn = useCallback(() => setCanvasDrawn(true), []);

  const select = useCallback((id: string | undefined) => update({ selected: id }), [update]);
  const selectTab = (next: ViewTab) => {
    update({ tab: next });
    // The canvas was display:none while the list showed; let Cytoscape measure again.
    if (next === "graph") requestAnimationFrame(() => cy?.resize());
  };
  const onTabKey = (e: KeyboardEvent) => {
    if (e.key !== "ArrowRight" && e.key !== "ArrowLeft") return;
    const next: ViewTab = tab === "graph" ? "list" : "graph";
    selectTab(next);
    tabRefs.current[next]?.focus();
    e.preventDefault();
  };

  const zoomBy = (factor: number) => {
    if (!cy) return;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  };
  const resetLayout = () => {
    if (cy)
      void runLayout(cy, {
        name: layout,
        reducedMotion,
        ...(rootId ? { rootId } : {}),
        // Reset runs the layout algorithm, unless the view places the nodes itself.
        ...(viewPositions ? { positions: viewPositions } : {}),
      }).then(() => cy.fit(undefined, 40));
  };
  const selectedNode = state.selected ? data.nodes.find((n) => n.id === state.selected) : undefined;
  const detailPanel = (
    <aside className="detail-panel surface" aria-label="Details">
      {aside ?? <SelectionDetail />}
    </aside>
  );

  return (
    <div className={asideFirst ? "workspace aside-first" : "workspace"}>
      {asideFirst && detailPanel}
      {/* Reaching for the graph (pointer, keys, focus) loads the canvas now rather than when idle. */}
      <div
        className={fullScreen ? "workspace-main surface full-screen" : "workspace-main surface"}
        onPointerDown={wake}
        onKeyDownCapture={wake}
        onFocusCapture={wake}
        onKeyDown={onFullScreenKey}
      >
        <div className="workspace-bar">
          <div role="tablist" aria-label="Show as" className="tabs" onKeyDown={onTabKey}>
            {(["graph", "list"] as const).map((t) => (
              // Links to ?tab=…, so a reader without scripts can open the list; scripts switch in place.
              <a
                key={t}
                ref={(el) => {
                  tabRefs.current[t] = el;
                }}
                href={href({ tab: t })}
                role="tab"
                id={`tab-${t}`}
                aria-selected={tab === t}
                aria-controls={`panel-${t}`}
                tabIndex={tab === t ? 0 : -1}
                onClick={(e: MouseEvent) => {
                  if (!isPlainClick(e)) return;
                  e.preventDefault();
                  selectTab(t);
                }}
              >
                {t === "graph" ? "Graph" : "List"}
              </a>
            ))}
          </div>
          {toolbar}
          <div className="toolbar" role="toolbar" aria-label="Canvas controls">
            {tab === "graph" && (
              <>
                {/* Disabled until the canvas is ready: in the page's HTML, and without scripts, they do nothing. */}
                <button
                  type="button"
                  className="icon-button"
                  disabled={!cy}
                  onClick={() => zoomBy(1.25)}
                  aria-label="Zoom in"
                >
                  +
                </button>
                <button
                  type="button"
                  className="icon-button"
                  disabled={!cy}
                  onClick={() => zoomBy(0.8)}
                  aria-label="Zoom out"
                >
                  −
                </button>
                <button type="button" className="button" disabled={!cy} onClick={() => cy && fitReadably(cy)}>
                  Fit
                </button>
                <button type="button" className="button" disabled={!cy} onClick={resetLayout}>
                  Reset layout
                </button>
                {/* A view that places its nodes itself (the timeline) has no layout to choose. */}
                {viewPositions === undefined && (
                  <GetForm fields={["layout"]} className="layout-form" aria-label="Layout">
                    <label className="select-label">
                      <span className="visually-hidden">Layout</span>
                      <select
                        name="layout"
                        value={layout}
                        onChange={(e) => update({ layout: e.target.value as LayoutName })}
                      >
                        {(Object.keys(LAYOUT_LABELS) as LayoutName[]).map((l) => (
                          <option key={l} value={l}>
                            {LAYOUT_LABELS[l]}
                          </option>
                        ))}
                      </select>
                    </label>
                  </GetForm>
                )}
              </>
            )}
            <button
              type="button"
              className="button"
              disabled={!hydrated}
              aria-pressed={fullScreen}
              onClick={toggleFullScreen}
              data-testid="full-screen"
            >
              {fullScreen ? "Exit full screen" : "Full screen"}
            </button>
            <SetTrayLink />
            <CopyLinkButton />
            <ExportMenu cy={cy} title={title} citeIds={citeIds} />
          </div>
        </div>
        {/* Selection made on the canvas is announced; the panel itself is not a live region. */}
        <div className="visually-hidden" aria-live="polite" data-testid="selection-announcer">
          {selectedNode ? `Selected ${selectedNode.label}, ${nodeLook(selectedNode.type).label.toLowerCase()}` : ""}
        </div>
        <noscript>
          <p className="noscript-note">
            JavaScript is off: the graph cannot be zoomed, dragged, expanded or exported here. The List tab has every
            node and relationship.
          </p>
        </noscript>
        {notice}
        <div
          id="panel-graph"
          role="tabpanel"
          aria-labelledby="tab-graph"
          className="canvas-panel"
          hidden={tab !== "graph"}
          // Which route drew this canvas: during a route change React keeps the old view on
          // screen until the new one is ready, and tests must not mistake its graph for the new.
          data-route={location.pathname}
        >
          {/* The sketch and the canvas share one box, reserved by CSS; the canvas mounts beneath. */}
          <div className="graph-box" onPointerEnter={wake}>
            {Canvas && (
              <Canvas
                elements={elements}
                layout={layout}
                {...(positions ? { positions } : {})}
                {...(rootId ? { rootId } : {})}
                {...(state.selected ? { selectedId: state.selected } : {})}
                edgeLabels={edgeLabels ?? false}
                {...(pathEnds ? { pathEnds } : {})}
                reducedMotion={reducedMotion}
                label={title}
                onSelect={select}
                {...(onExpand ? { onExpand } : {})}
                onReady={setCy}
                {...(scene ? { sketchBounds: scene.bounds } : {})}
                onDrawn={onDrawn}
              />
            )}
            {!canvasDrawn && <GraphSketch scene={scene} label={title} />}
          </div>
          <Legend nodeTypes={nodeTypes} edgeTypes={edgeTypes} unstated={hasUnstated} sharedContext={hasSharedContext} />
        </div>
        <div id="panel-list" role="tabpanel" aria-labelledby="tab-list" className="list-panel" hidden={tab !== "list"}>
          {listOpened && (
            <ListTables
              data={data}
              {...(state.selected ? { selectedId: state.selected } : {})}
              onSelect={select}
              selectHref={(id) => href({ selected: id })}
              statedOnly={state.statedOnly}
              onStatedOnlyChange={(statedOnly) => update({ statedOnly })}
            />
          )}
        </div>
      </div>
      {!asideFirst && detailPanel}
    </div>
  );
}
