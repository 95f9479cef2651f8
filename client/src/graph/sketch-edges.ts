import { estimateLabelBox } from "@rrn/graph-layout";
import type { ElementDefinition } from "./cytoscape-instance";
import type { EdgeElementData } from "./elements";
import { BULK_EDGES } from "./highlight";
import type { Bounds, SketchNode } from "./sketch-scene";
import { ARROWS, arrowSize, borderDistance } from "./sketch-shapes";
import { PATH_COLOUR } from "./stylesheet";
import { edgeLook, SHARED_CONTEXT_EDGE, UNSTATED_EDGE } from "./visual-encoding";

/** An edge as the sketch draws it: path data in model coordinates, and its look. */
export interface SketchEdge {
  id: string;
  source: string;
  target: string;
  /** The line, from the source's border to where the arrow head begins. */
  d: string;
  colour: string;
  width: number;
  /** Empty for a solid line. */
  dash: readonly number[];
  opacity: number;
  /** The head at the target: a polygon's points, or a circle. */
  head?: { points: string } | { cx: number; cy: number; r: number };
  /** A link its quote does not state outright: the hollow circle at its middle. */
  mid?: { cx: number; cy: number; r: number };
  /** A path step through shared context (a setting, audience, … both sides share), drawn apart. */
  sharedContext?: boolean;
  label?: { x: number; y: number; text: string };
  /** What the edge and its label cover, for the fit. */
  extent: Bounds[];
}

export interface EdgeStyling {
  /** Every edge shows its label (lineage). */
  labelled: boolean;
  /** The path view: every edge is on a path. */
  onPath: boolean;
  /** A selected node that fades the rest (not the view's own focus). */
  selected: string | undefined;
}

/** Cytoscape's default control-point-step-size: parallel edges bow apart by this much. */
const STEP = 40;
const ARROW_SCALE = 0.9;
const EDGE_FONT_SIZE = 10;

type Point = { x: number; y: number };

/** Where a line from a node's centre towards `toward` crosses the node's border. */
function onBorder(node: SketchNode, toward: Point, extra = 0): Point {
  const dx = toward.x - node.x;
  const dy = toward.y - node.y;
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  const r = (node.size / 2) * borderDistance(node.shape, ux, uy) + node.borderWidth / 2 + extra;
  return { x: node.x + ux * r, y: node.y + uy * r };
}

const fmt = (n: number) => Number(n.toFixed(2));

/**
 * The edges between drawn nodes, styled in the stylesheet's rule order (type, unstated,
 * labelled, bulk, annotation, neighbour, faded, on-path) and bent apart where several join the
 * same two nodes, as Cytoscape's bezier edges are.
 */
export function sketchEdges(
  elements: readonly ElementDefinition[],
  nodes: ReadonlyMap<string, SketchNode>,
  styling: EdgeStyling,
): SketchEdge[] {
  const drawn = elements.filter((e) => {
    const d = e.data as EdgeElementData;
    return nodes.has(d.source) && nodes.has(d.target) && d.source !== d.target;
  });
  const bulk = drawn.length > BULK_EDGES;
  // Parallel edges: the same unordered pair, numbered in element order.
  const pairs = new Map<string, string[]>();
  for (const e of drawn) {
    const d = e.data as EdgeElementData;
    const key = [d.source, d.target].sort().join("\u0000");
    pairs.set(key, [...(pairs.get(key) ?? []), d.id]);
  }

  return drawn.map((e) => {
    const d = e.data as EdgeElementData;
    const classes = typeof e.classes === "string" ? e.classes.split(/\s+/) : [];
    const look = edgeLook(d.type);
    let colour = look.colour;
    let width = look.width;
    let dash: readonly number[] = look.dash;
    let arrow = look.arrow;
    let opacity = 0.85;
    let showLabel = false;
    const unstated = classes.includes("unstated");
    if (unstated) opacity = UNSTATED_EDGE.opacity;
    if (styling.labelled) showLabel = true;
    if (bulk) {
      arrow = "none";
      dash = [];
    }
    if (classes.includes("annotation")) opacity = 0.6;
    if (styling.selected !== undefined) {
      if (d.source === styling.selected || d.target === styling.selected) {
        opacity = 1;
        width = 3;
        showLabel = true;
      } else {
        opacity = 0.14;
        showLabel = false;
      }
    }
    const sharedContext = classes.includes("shared-context");
    if (styling.onPath) {
      colour = PATH_COLOUR;
      width = 4;
      opacity = 1;
      showLabel = true;
      // As the stylesheet's `edge.on-path.shared-context`, which comes after on-path.
      if (sharedContext) {
        colour = SHARED_CONTEXT_EDGE.colour;
        width = SHARED_CONTEXT_EDGE.width;
        opacity = SHARED_CONTEXT_EDGE.opacity;
        dash = SHARED_CONTEXT_EDGE.dash;
      }
    }

    const source = nodes.get(d.source) as SketchNode;
    const target = nodes.get(d.target) as SketchNode;
    const [first, second] = [d.source, d.target].sort();
    const siblings = pairs.get(`${first}\u0000${second}`) ?? [d.id];
    const index = siblings.indexOf(d.id);
    // Bowed apart perpendicular to the pair's line, measured in one direction for the pair.
    const a = nodes.get(first as string) as SketchNode;
    const b = nodes.get(second as string) as SketchNode;
    const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    const normal = { x: -(b.y - a.y) / len, y: (b.x - a.x) / len };
    const distance = bulk ? 0 : STEP * (index - (siblings.length - 1) / 2);
    const mid = { x: (source.x + target.x) / 2, y: (source.y + target.y) / 2 };
    const control = { x: mid.x + normal.x * distance, y: mid.y + normal.y * distance };
    const curved = distance !== 0;

    const start = onBorder(source, curved ? control : target);
    const tipBase = onBorder(target, curved ? control : source);
    const size = arrowSize(width, ARROW_SCALE);
    const geometry = arrow === "none" ? undefined : ARROWS[arrow];
    const spacing = geometry ? geometry.spacing(size) : 0;
    const gap = geometry ? geometry.gap(width, ARROW_SCALE) : 0;
    const towards = curved ? control : source;
    const back = { x: towards.x - tipBase.x, y: towards.y - tipBase.y };
    const backLen = Math.hypot(back.x, back.y) || 1;
    const ub = { x: back.x / backLen, y: back.y / backLen };
    const tip = { x: tipBase.x + ub.x * spacing, y: tipBase.y + ub.y * spacing };
    const end = { x: tip.x + ub.x * gap, y: tip.y + ub.y * gap };

    const path = curved
      ? `M${fmt(start.x)},${fmt(start.y)} Q${fmt(control.x)},${fmt(control.y)} ${fmt(end.x)},${fmt(end.y)}`
      : `M${fmt(start.x)},${fmt(start.y)} L${fmt(end.x)},${fmt(end.y)}`;
    // The curve's middle (a quadratic's point at t = ½), where the mark and the label sit.
    const centre = curved
      ? { x: 0.25 * start.x + 0.5 * control.x + 0.25 * end.x, y: 0.25 * start.y + 0.5 * control.y + 0.25 * end.y }
      : { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 };

    const edge: SketchEdge = {
      id: d.id,
      source: d.source,
      target: d.target,
      d: path,
      colour,
      width,
      dash,
      opacity,
      extent: [
        {
          x1: Math.min(start.x, tip.x, centre.x),
          y1: Math.min(start.y, tip.y, centre.y),
          x2: Math.max(start.x, tip.x, centre.x),
          y2: Math.max(start.y, tip.y, centre.y),
        },
      ],
    };
    if (geometry) {
      // Unit (0, 1) points into the target node: along −ub; (1, 0) to its right.
      const into = { x: -ub.x, y: -ub.y };
      const right = { x: -into.y, y: into.x };
      if (geometry.radius !== undefined) {
        edge.head = { cx: fmt(tip.x), cy: fmt(tip.y), r: fmt(geometry.radius * size) };
      } else if (geometry.points) {
        edge.head = {
          points: geometry.points
            .map(
              ([px, py]) =>
                `${fmt(tip.x + (px * right.x + py * into.x) * size)},${fmt(tip.y + (px * right.y + py * into.y) * size)}`,
            )
            .join(" "),
        };
      }
    }
    if (styling.onPath && sharedContext) edge.sharedContext = true;
    if (unstated) edge.mid = { cx: fmt(centre.x), cy: fmt(centre.y), r: fmt(0.15 * size) };
    if (showLabel && d.label) {
      const y = centre.y + (unstated ? -10 : 0);
      edge.label = { x: fmt(centre.x), y: fmt(y), text: d.label };
      const box = estimateLabelBox(d.label, EDGE_FONT_SIZE, Number.POSITIVE_INFINITY);
      edge.extent.push({
        x1: centre.x - box.width / 2 - 2,
        x2: centre.x + box.width / 2 + 2,
        y1: y - box.height / 2 - 2,
        y2: y + box.height / 2 + 2,
      });
    }
    return edge;
  });
}
