import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from "react";
import {
  createGraph,
  destroyGraph,
  type Core,
  type ElementDefinition,
  type NodeSingular,
  type Position,
} from "../graph/cytoscape-instance";
import { applyPathHighlight, applySelection, markHubs, revealLabels, showEdgeLabels } from "../graph/highlight";
import { fitReadably, runLayout, type LayoutName } from "../graph/layouts";
import { FIT, fitViewport, type Bounds } from "../graph/sketch-scene";
import { graphStylesheet } from "../graph/stylesheet";
import { readWorkingSet, toggleInWorkingSet } from "./set/working-set";
import "./GraphCanvas.css";
import { compareLabels } from "../graph/label-order";

export interface GraphCanvasProps {
  elements: ElementDefinition[];
  layout: LayoutName;
  /**
   * Positions already computed: by the API for `layout`, or by the view itself (the timeline's
   * years). When they cover every node of the first drawing, it is drawn at them and no layout
   * runs; new positions later are laid out as a preset, other changes as usual.
   */
  positions?: ReadonlyMap<string, Position>;
  /** Focus node (neighbourhood, lineage root, organisation); drawn with a heavier border. */
  rootId?: string;
  selectedId?: string;
  edgeLabels?: boolean;
  /** Path view: the two ends to mark; every edge is drawn as on-path. */
  pathEnds?: readonly string[];
  reducedMotion: boolean;
  label: string;
  onSelect: (id: string | undefined) => void;
  onExpand?: (id: string) => void;
  onReady?: (cy: Core | undefined) => void;
  /**
   * The SVG sketch's bounds: a first drawing at known positions takes the sketch's viewport
   * (fitViewport of these bounds) instead of fitting its own measured labels, so nothing moves
   * when the canvas replaces the sketch.
   */
  sketchBounds?: Bounds;
  /** The first drawing is on screen (a frame after its layout or preset stopped). */
  onDrawn?: () => void;
}

/**
 * The drawing's state on the container (data-layout, data-layout-source), set directly rather
 * than rendered: it follows Cytoscape's layout events, not React's renders.
 */
function markRunning(cy: Core): void {
  const container = cy.container();
  if (container) container.dataset.layout = "running";
}

function markDrawn(cy: Core, source: "preset" | "computed"): void {
  const container = cy.container();
  if (!container) return;
  container.dataset.layoutSource = source;
  container.dataset.layout = "done";
}

/** Compound group boxes (organisation roles, timeline years) take their place from their members. */
function groupIds(elements: readonly ElementDefinition[]): Set<string> {
  return new Set(
    elements.flatMap((e) => (e.group === "nodes" && typeof e.data.parent === "string" ? [e.data.parent] : [])),
  );
}

/** A frame after the one Cytoscape draws the new state in. */
function afterNextFrame(work: () => void): void {
  requestAnimationFrame(() => requestAnimationFrame(work));
}

/**
 * React's side of the Cytoscape instance: creates it once, then diffs incoming elements into it.
 * Nodes already on screen keep their positions when new ones arrive (stable expansion); a full
 * layout runs only on a first load without known positions, or when the user asks for one.
 * The container says how the drawing came about, for tests and benchmarks: data-layout
 * ("running"/"done"), data-layout-source ("preset": known positions; "computed": laid out here)
 * and data-layout-runs (how many layouts this canvas has run).
 */
export function GraphCanvas(props: GraphCanvasProps) {
  const { elements, layout, positions, rootId, selectedId, edgeLabels = false, pathEnds, reducedMotion, label } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<Core>();
  const lastLayout = useRef<LayoutName | undefined>(undefined);
  const lastPositions = useRef<ReadonlyMap<string, Position> | undefined>(undefined);
  // Only the latest layout run may report "done"; a re-render that starts no new layout must
  // not leave the canvas marked as running forever.
  const layoutRun = useRef(0);
  const drawnOnce = useRef(false);

  // Latest callbacks without re-binding Cytoscape listeners on every render.
  const callbacks = useRef(props);
  useLayoutEffect(() => {
    callbacks.current = props;
  });

  useEffect(() => {
    if (!containerRef.current) return;
    const instance = createGraph({ container: containerRef.current, style: graphStylesheet() });
    instance.on("tap", "node:childless", (e) => {
      const id = (e.target as NodeSingular).id();
      // Shift-, Ctrl- or Cmd-click adds the node to the set being built (or takes it out), and
      // leaves the selection as it was.
      const pressed = e.originalEvent as MouseEvent | undefined;
      if (pressed && (pressed.shiftKey || pressed.ctrlKey || pressed.metaKey)) {
        toggleInWorkingSet([id], !readWorkingSet().includes(id));
        return;
      }
      callbacks.current.onSelect(id);
    });
    instance.on("tap", (e) => {
      if (e.target === instance) callbacks.current.onSelect(undefined);
    });
    instance.on("dbltap", "node:childless", (e) => callbacks.current.onExpand?.((e.target as NodeSingular).id()));
    // Zoomed out, small labels are hidden; the browser's own tooltip names what is under the pointer.
    const container = containerRef.current;
    instance.on("mouseover", "node:childless", (e) => {
      container.title = String((e.target as NodeSingular).data("label"));
    });
    instance.on("mouseout", "node", () => container.removeAttribute("title"));
    let layoutRuns = 0;
    container.dataset.layout = "running";
    container.dataset.layoutRuns = "0";
    instance.on("layoutstart", () => {
      layoutRuns += 1;
      container.dataset.layoutRuns = String(layoutRuns);
    });
    // Large graphs label their quiet nodes once zoomed in far enough to read them; at most
    // once per frame however fast the wheel turns.
    let revealQueued = false;
    instance.on("viewport", () => {
      if (revealQueued) return;
      revealQueued = true;
      requestAnimationFrame(() => {
        revealQueued = false;
        if (!instance.destroyed()) revealLabels(instance);
      });
    });
    setCy(instance);
    callbacks.current.onReady?.(instance);
    return () => {
      callbacks.current.onReady?.(undefined);
      destroyGraph(instance);
    };
  }, []);

  useEffect(() => {
    if (!cy) return;
    const incoming = new Set(elements.map((e) => e.data.id));
    const before = new Map<string, Position>();
    cy.nodes(":childless").forEach((n) => {
      if (incoming.has(n.id())) before.set(n.id(), { ...n.position() });
    });
    let added = 0;
    const groups = groupIds(elements);
    const preset =
      before.size === 0 &&
      positions !== undefined &&
      elements.every(
        (e) => e.group !== "nodes" || e.data.id === undefined || positions.has(e.data.id) || groups.has(e.data.id),
      );
    cy.batch(() => {
      cy.elements()
        .filter((el) => !incoming.has(el.id()))
        .remove();
      const fresh = elements.filter((e) => e.data.id === undefined || cy.getElementById(e.data.id).empty());
      added = fresh.length;
      const addedCollection = cy.add(fresh);
      // Start new nodes beside a neighbour already on screen, so the incremental layout only
      // has to settle them locally.
      addedCollection.nodes(":childless").forEach((n) => {
        const known = preset ? positions?.get(n.id()) : undefined;
        if (known) {
          n.position({ ...known });
          return;
        }
        const anchor = n
          .neighborhood()
          .nodes()
          .filter((m) => before.has(m.id()))
          .nodes()
          .map((m) => m.position())[0];
        if (anchor) {
          n.position({ x: anchor.x + (Math.random() - 0.5) * 80, y: anchor.y + (Math.random() - 0.5) * 80 });
        } else {
          // Spread out until the layout places it: stacked nodes make zero-length edges,
          // which Cytoscape warns about on the frame before the layout runs.
          n.position({ x: Math.random() * 400, y: Math.random() * 400 });
        }
      });
      cy.nodes().removeClass("focus");
      if (rootId) cy.getElementById(rootId).addClass("focus");
    });
    showEdgeLabels(cy, edgeLabels);
    markHubs(cy);
    if (pathEnds) applyPathHighlight(cy, pathEnds);

    // New positions (the timeline refetched) are a new layout too; losing them (an expansion
    // merged the API's laid-out answer with others) is not: what is on screen stays put.
    const layoutChanged =
      lastLayout.current !== layout || (positions !== undefined && lastPositions.current !== positions);
    lastLayout.current = layout;
    lastPositions.current = positions;
    if (added === 0 && !layoutChanged) return;
    const reportDrawn = () => {
      if (drawnOnce.current) return;
      drawnOnce.current = true;
      afterNextFrame(() => callbacks.current.onDrawn?.());
    };
    if (preset) {
      ++layoutRun.current;
      const { sketchBounds } = callbacks.current;
      if (sketchBounds && !drawnOnce.current) {
        const viewport = fitViewport(sketchBounds, cy.width(), cy.height());
        // A graph too big for the minimum zoom at this size is shown whole, as the sketch shows it.
        cy.minZoom(Math.min(FIT.minZoom, viewport.zoom));
        cy.viewport(viewport);
      } else {
        fitReadably(cy);
      }
      revealLabels(cy);
      markDrawn(cy, "preset");
      reportDrawn();
      return;
    }
    const incremental = !layoutChanged && layout === "fcose" && before.size > 0;
    const run = ++layoutRun.current;
    markRunning(cy);
    void runLayout(cy, {
      name: layout,
      reducedMotion,
      ...(incremental ? { fixed: before } : {}),
      ...(rootId ? { rootId } : {}),
      ...(positions ? { positions } : {}),
    }).then(() => {
      if (run !== layoutRun.current) return;
      fitReadably(cy);
      revealLabels(cy);
      markDrawn(cy, "computed");
      reportDrawn();
    });
    // Selection is applied separately below; re-running the layout for it would reshuffle.
  }, [cy, elements, layout, positions, rootId, edgeLabels, pathEnds, reducedMotion]);

  useEffect(() => {
    if (cy) applySelection(cy, selectedId, rootId);
  }, [cy, selectedId, rootId, elements]);

  // Keyboard: arrows step through nodes, Enter expands, Escape clears; the List tab offers
  // the same data as a table for anyone who prefers it.
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!cy) return;
    const nodes = cy
      .nodes(":childless")
      .sort((a, b) => compareLabels(String(a.data("label")), String(b.data("label"))))
      .map((n) => n.id());
    if (nodes.length === 0) return;
    const index = selectedId ? nodes.indexOf(selectedId) : -1;
    if (e.key === "ArrowRight" || e.key === "ArrowDown") {
      callbacks.current.onSelect(nodes[(index + 1) % nodes.length]);
    } else if (e.key === "ArrowLeft" || e.key === "ArrowUp") {
      callbacks.current.onSelect(nodes[(index - 1 + nodes.length) % nodes.length]);
    } else if (e.key === "Enter" && selectedId) {
      callbacks.current.onExpand?.(selectedId);
    } else if (e.key === "Escape") {
      callbacks.current.onSelect(undefined);
    } else if (e.key === "+" || e.key === "=") {
      cy.zoom({ level: cy.zoom() * 1.2, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    } else if (e.key === "-") {
      cy.zoom({ level: cy.zoom() / 1.2, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    } else {
      return;
    }
    e.preventDefault();
  };

  return (
    <div
      ref={containerRef}
      className="graph-canvas"
      data-testid="graph-canvas"
      role="application"
      aria-roledescription="graph"
      aria-label={`${label}. Arrow keys move between nodes, Enter expands the selected node. The List tab shows the same data as a table.`}
      tabIndex={0}
      onKeyDown={onKeyDown}
    />
  );
}
