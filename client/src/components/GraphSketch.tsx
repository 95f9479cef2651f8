import { NODE_LABEL } from "@rrn/graph-layout";
import { useEffect, useRef, useState } from "react";
import {
  fitViewport,
  GROUP_TITLE,
  labelBox,
  labelDrawn,
  type SketchNode,
  type SketchScene,
} from "../graph/sketch-scene";
import { shapeSvg } from "../graph/shape-svg";
import { UNSTATED_EDGE } from "../graph/visual-encoding";
import "./GraphSketch.css";

export interface GraphSketchProps {
  /** The view's drawing, or undefined when not every node has a known position. */
  scene: SketchScene | undefined;
  /** Names the view, as the canvas's accessible name does. */
  label: string;
}

/**
 * The box the server's HTML cannot measure: a desktop canvas beside the detail panel at 1366 px
 * (the height is the CSS minimum). Until the browser has measured the real box, labels are shown
 * or hidden as the canvas would show them in this one.
 */
const ASSUMED_BOX = { width: 700, height: 460 } as const;

/** Room above a group box for its title: three lines, bottom-aligned. */
const GROUP_TITLE_ROOM = GROUP_TITLE.fontSize * 3.6;

const SELECTION_OUTLINE = { colour: "#9cc3e6", width: 3, offset: 2 } as const;

/**
 * The view's graph as an inline SVG, drawn during render at the positions the API (or the
 * view) computed, so it is in the server's HTML and on screen before any script runs; the
 * Cytoscape canvas takes over at the same place and zoom (see GraphWorkspace). The SVG is
 * framed by CSS as fitReadably frames the canvas: 40 px padding, centred, never zoomed past 1.3
 * (its width and height attributes are the bounds × 1.3, shrunk by max-width/max-height).
 */
export function GraphSketch({ scene, label }: GraphSketchProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  const [box, setBox] = useState<{ width: number; height: number }>(ASSUMED_BOX);

  // Label visibility follows the zoom, which follows the box: measured once there is a browser.
  useEffect(() => {
    const el = boxRef.current;
    if (!el || typeof ResizeObserver === "undefined") return;
    const measure = () => {
      if (el.clientWidth > 0 && el.clientHeight > 0) setBox({ width: el.clientWidth, height: el.clientHeight });
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  if (!scene) {
    return (
      <div ref={boxRef} className="graph-sketch graph-sketch-empty" data-testid="graph-sketch">
        <p>
          No drawing yet: these nodes have no precomputed positions, so the canvas lays them out once its script has
          loaded. The List tab shows the same data as a table.
        </p>
      </div>
    );
  }

  const { bounds } = scene;
  const w = bounds.x2 - bounds.x1;
  const h = bounds.y2 - bounds.y1;
  const { zoom } = fitViewport(bounds, box.width, box.height);
  const nodeCount = scene.nodes.length;
  const edgeCount = scene.edges.length;

  return (
    <div ref={boxRef} className="graph-sketch" data-testid="graph-sketch">
      <svg
        role="img"
        aria-label={`${label}: a drawing of ${nodeCount} ${nodeCount === 1 ? "node" : "nodes"} and ${edgeCount} ${edgeCount === 1 ? "relationship" : "relationships"}. The List tab shows the same data as a table.`}
        viewBox={`${r(bounds.x1)} ${r(bounds.y1)} ${r(w)} ${r(h)}`}
        width={r(w * 1.3)}
        height={r(h * 1.3)}
        preserveAspectRatio="xMidYMid meet"
        data-zoom={r(zoom)}
      >
        {scene.groups.map((g) => (
          <g key={g.id} className="sketch-group" data-group-id={g.id}>
            <rect
              x={r(g.box.x1)}
              y={r(g.box.y1)}
              width={r(g.box.x2 - g.box.x1)}
              height={r(g.box.y2 - g.box.y1)}
              rx="6"
              fill="#f3f5f8"
              stroke="#c9d1da"
              strokeWidth="1"
              strokeDasharray="6 4"
            />
            {labelDrawn(GROUP_TITLE.fontSize, zoom) && (
              // Above the box, its last line on the box's top, wrapped as the stylesheet wraps it.
              <foreignObject
                x={r((g.box.x1 + g.box.x2) / 2 - GROUP_TITLE.maxWidth / 2)}
                y={r(g.box.y1 - GROUP_TITLE.marginY - GROUP_TITLE_ROOM)}
                width={GROUP_TITLE.maxWidth}
                height={GROUP_TITLE_ROOM}
                className="sketch-group-title"
              >
                <div>
                  <span>{g.label}</span>
                </div>
              </foreignObject>
            )}
          </g>
        ))}
        {scene.edges.map((e) => (
          <g
            key={e.id}
            className={e.sharedContext ? "sketch-edge shared-context" : "sketch-edge"}
            opacity={e.opacity}
            data-edge-id={e.id}
          >
            <path
              d={e.d}
              fill="none"
              stroke={e.colour}
              strokeWidth={e.width}
              strokeDasharray={e.dash.length ? e.dash.join(" ") : undefined}
            />
            {e.head &&
              ("points" in e.head ? (
                <polygon points={e.head.points} fill={e.colour} />
              ) : (
                <circle cx={e.head.cx} cy={e.head.cy} r={e.head.r} fill={e.colour} />
              ))}
            {e.mid && (
              <circle
                cx={e.mid.cx}
                cy={e.mid.cy}
                r={e.mid.r}
                fill="#ffffff"
                stroke={UNSTATED_EDGE.markerColour}
                strokeWidth="1.5"
              />
            )}
          </g>
        ))}
        {scene.nodes.map((n) => (
          <SketchNodeShape key={n.id} node={n} />
        ))}
        {/* Labels above every shape, as Cytoscape draws them. */}
        {scene.nodes.map((n) => (n.label && labelDrawn(n.fontSize, zoom) ? <NodeLabel key={n.id} node={n} /> : null))}
        {scene.edges.map((e) =>
          e.label ? (
            <foreignObject
              key={e.id}
              x={r(e.label.x - 200)}
              y={r(e.label.y - 8)}
              width="400"
              height="16"
              opacity={e.opacity}
              className="sketch-edge-label"
            >
              <div>
                <span>{e.label.text}</span>
              </div>
            </foreignObject>
          ) : null,
        )}
      </svg>
    </div>
  );
}

function SketchNodeShape({ node: n }: { node: SketchNode }) {
  const outline = n.selected
    ? shapeSvg(
        n.shape,
        r(n.x),
        r(n.y),
        r(n.size + 2 * (n.borderWidth / 2 + SELECTION_OUTLINE.offset + SELECTION_OUTLINE.width / 2)),
        "none",
        SELECTION_OUTLINE.colour,
        SELECTION_OUTLINE.width,
      )
    : "";
  return (
    <g
      className="sketch-node"
      data-node-id={n.id}
      opacity={n.opacity}
      dangerouslySetInnerHTML={{
        __html: outline + shapeSvg(n.shape, r(n.x), r(n.y), r(n.size), n.fill, n.borderColour, n.borderWidth),
      }}
    />
  );
}

/** Under the shape on a translucent plate, wrapped at the stylesheet's width by the browser itself. */
function NodeLabel({ node: n }: { node: SketchNode }) {
  const pad = NODE_LABEL.padding;
  const est = labelBox(n.label, n.fontSize, n.maxWidth, n.bold);
  return (
    <foreignObject
      x={r(n.x - n.maxWidth / 2 - pad)}
      y={r(n.y + n.size / 2 + NODE_LABEL.marginY - pad)}
      width={r(n.maxWidth + 2 * pad)}
      // Room for a line more than the estimate; what is not drawn takes no space.
      height={r(est.height + n.fontSize * 2 + 2 * pad)}
      opacity={n.opacity}
      className={`sketch-label${n.fontSize > NODE_LABEL.fontSize ? " sketch-label-hub" : ""}${n.bold ? " sketch-label-bold" : ""}`}
    >
      <div>
        <span>{n.label}</span>
      </div>
    </foreignObject>
  );
}

/** Two decimals: positions are model units, and a shorter HTML is a faster first byte. */
function r(n: number): number {
  return Math.round(n * 100) / 100;
}
