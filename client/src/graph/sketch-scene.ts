import { estimateLabelBox, GROUP_PADDING, HUB_LABEL, LARGE_GRAPH, NODE_LABEL, nodeSize } from "@rrn/graph-layout";
import { LANDMARK_DEGREE } from "@rrn/model";
import type { ElementDefinition, Position } from "./cytoscape-instance";
import type { EdgeElementData, NodeElementData } from "./elements";
import { sketchEdges, type SketchEdge } from "./sketch-edges";
import { FOCUS_COLOUR, INK, MIN_ZOOMED_FONT_SIZE, PATH_COLOUR } from "./stylesheet";
import { nodeLook, type NodeShapeName } from "./visual-encoding";

export type { SketchEdge };

/**
 * What the SVG sketch draws before Cytoscape has loaded: the same elements at the same
 * positions, styled as the stylesheet styles them (stylesheet.ts reads the same tables), and the
 * box the canvas would fit. Pure: it runs in the server's render as in the browser's.
 */

export interface SketchOptions {
  rootId?: string | undefined;
  selectedId?: string | undefined;
  pathEnds?: readonly string[] | undefined;
  edgeLabels?: boolean | undefined;
}

export interface Bounds {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface SketchNode {
  id: string;
  x: number;
  y: number;
  size: number;
  shape: NodeShapeName;
  fill: string;
  /** Empty: no label (quiet nodes of a large graph, as markHubs leaves them). */
  label: string;
  fontSize: number;
  bold: boolean;
  maxWidth: number;
  borderWidth: number;
  borderColour: string;
  opacity: number;
  selected: boolean;
}

export interface SketchGroup {
  id: string;
  label: string;
  box: Bounds;
}

export interface SketchScene {
  nodes: SketchNode[];
  groups: SketchGroup[];
  edges: SketchEdge[];
  /** What Cytoscape's fit would frame: every shape and label, as estimated without measuring text. */
  bounds: Bounds;
}

/** fitReadably's padding and zoom limits, and Cytoscape's minimum zoom (cytoscape-instance.ts). */
export const FIT = { padding: 40, maxZoom: 1.3, minZoom: 0.15 } as const;

const isGroupElement = (e: ElementDefinition, parentIds: ReadonlySet<string>) =>
  e.group === "nodes" && e.data.id !== undefined && parentIds.has(e.data.id);

/**
 * The scene, or undefined when some node has no known position: then nothing is drawn rather
 * than a guess the canvas would move away from.
 */
export function sketchScene(
  elements: readonly ElementDefinition[],
  positions: ReadonlyMap<string, Position> | undefined,
  options: SketchOptions = {},
): SketchScene | undefined {
  if (!positions) return undefined;
  const parentIds = new Set(
    elements.flatMap((e) => (e.group === "nodes" && typeof e.data.parent === "string" ? [e.data.parent] : [])),
  );
  const nodeElements = elements.filter((e) => e.group === "nodes" && !isGroupElement(e, parentIds));
  if (nodeElements.length === 0) return undefined;
  if (!nodeElements.every((e) => e.data.id !== undefined && positions.has(e.data.id))) return undefined;
  const edgeElements = elements.filter((e) => e.group === "edges");

  // As markHubs: past LARGE_GRAPH nodes (group boxes count, as cy.nodes() counts them) hubs get
  // landmark labels and the others start without one.
  const large = elements.filter((e) => e.group === "nodes").length > LARGE_GRAPH;
  const selected = options.selectedId;
  const hood = new Set<string>();
  const fading =
    selected !== undefined && selected !== options.rootId && nodeElements.some((e) => e.data.id === selected);
  if (fading) {
    hood.add(selected);
    for (const e of edgeElements) {
      const d = e.data as EdgeElementData;
      if (d.source === selected) hood.add(d.target);
      if (d.target === selected) hood.add(d.source);
    }
  }
  const pathEnds = new Set(options.pathEnds ?? []);

  const nodes: SketchNode[] = nodeElements.map((e) => {
    const d = e.data as NodeElementData;
    const p = positions.get(d.id) as Position;
    const look = nodeLook(d.type);
    const hub = large && d.degree >= LANDMARK_DEGREE;
    const node: SketchNode = {
      id: d.id,
      x: p.x,
      y: p.y,
      size: nodeSize(d.degree),
      shape: look.shape,
      fill: d.colour ?? look.colour,
      label: large && !hub ? "" : (d.caption ?? d.label),
      fontSize: hub ? HUB_LABEL.fontSize : NODE_LABEL.fontSize,
      bold: hub,
      maxWidth: hub ? HUB_LABEL.maxWidth : NODE_LABEL.maxWidth,
      borderWidth: 1.5,
      borderColour: "#ffffff",
      opacity: fading && !hood.has(d.id) ? 0.14 : 1,
      selected: d.id === selected,
    };
    // In the stylesheet's order: focus, then selected, then path ends.
    if (d.id === options.rootId) Object.assign(node, { borderWidth: 3, borderColour: INK, bold: true });
    if (node.selected) Object.assign(node, { borderWidth: 4, borderColour: FOCUS_COLOUR, bold: true });
    if (pathEnds.has(d.id)) Object.assign(node, { borderWidth: 4, borderColour: PATH_COLOUR, bold: true });
    return node;
  });

  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges = sketchEdges(edgeElements, byId, {
    labelled: options.edgeLabels ?? false,
    onPath: options.pathEnds !== undefined,
    selected: fading ? selected : undefined,
  });

  const groups: SketchGroup[] = [];
  for (const e of elements) {
    if (!isGroupElement(e, parentIds)) continue;
    const id = String(e.data.id);
    const members = nodeElements.filter((m) => m.data.parent === id).map((m) => byId.get(String(m.data.id)));
    const box = union(members.flatMap((m) => (m ? [nodeBox(m)] : [])));
    if (!box) continue;
    const pad = GROUP_PADDING + 1;
    groups.push({
      id,
      label: String(e.data.label ?? ""),
      box: { x1: box.x1 - pad, y1: box.y1 - pad, x2: box.x2 + pad, y2: box.y2 + pad },
    });
  }

  const boxes = [
    ...nodes.map(nodeBox),
    ...edges.flatMap((edge) => edge.extent),
    // A group's title sits above its box.
    ...groups.map((g) => ({
      ...g.box,
      y1: g.box.y1 - GROUP_TITLE.marginY - labelBox(g.label, GROUP_TITLE.fontSize, GROUP_TITLE.maxWidth, true).height,
    })),
  ];
  const bounds = union(boxes) as Bounds;
  return { nodes, groups, edges, bounds };
}

/** The group titles (the stylesheet's `:parent` rule: 12 px bold, wrapped as node labels are, 4 px above). */
export const GROUP_TITLE = { fontSize: 12, marginY: 4, maxWidth: NODE_LABEL.maxWidth } as const;

/** A node's shape and, if it has one, its label under it, as the canvas's bounding box counts them. */
export function nodeBox(n: SketchNode): Bounds {
  const r = n.size / 2 + n.borderWidth / 2;
  const box = { x1: n.x - r, y1: n.y - r, x2: n.x + r, y2: n.y + r };
  if (!n.label) return box;
  const label = labelBox(n.label, n.fontSize, n.maxWidth, n.bold);
  const pad = NODE_LABEL.padding;
  const top = n.y + n.size / 2 + NODE_LABEL.marginY;
  return {
    x1: Math.min(box.x1, n.x - label.width / 2 - pad),
    x2: Math.max(box.x2, n.x + label.width / 2 + pad),
    y1: box.y1,
    y2: Math.max(box.y2, top + label.height + pad),
  };
}

/** estimateLabelBox, with the line breaks a caption asks for (the timeline's kind and year). */
export function labelBox(text: string, fontSize: number, maxWidth: number, bold = false) {
  return text
    .split("\n")
    .map((line) => estimateLabelBox(line, fontSize, maxWidth, bold))
    .reduce((a, b) => ({ width: Math.max(a.width, b.width), height: a.height + b.height }), { width: 0, height: 0 });
}

export function union(boxes: readonly Bounds[]): Bounds | undefined {
  if (boxes.length === 0) return undefined;
  return boxes.reduce((a, b) => ({
    x1: Math.min(a.x1, b.x1),
    y1: Math.min(a.y1, b.y1),
    x2: Math.max(a.x2, b.x2),
    y2: Math.max(a.y2, b.y2),
  }));
}

export interface Viewport {
  zoom: number;
  pan: Position;
}

/**
 * What fitReadably does with these bounds in a box of this size: fit with 40 px padding, never
 * zoomed in past 1.3, centred. The sketch's CSS frames the same way; the canvas takes this over.
 */
export function fitViewport(bounds: Bounds, width: number, height: number): Viewport {
  const w = Math.max(bounds.x2 - bounds.x1, 1);
  const h = Math.max(bounds.y2 - bounds.y1, 1);
  const fitted = Math.min((width - 2 * FIT.padding) / w, (height - 2 * FIT.padding) / h);
  const zoom = Math.max(Math.min(fitted, FIT.maxZoom), Number.MIN_VALUE);
  const cx = (bounds.x1 + bounds.x2) / 2;
  const cy = (bounds.y1 + bounds.y2) / 2;
  return { zoom, pan: { x: width / 2 - cx * zoom, y: height / 2 - cy * zoom } };
}

/** Cytoscape's min-zoomed-font-size: a label smaller than this on screen is not drawn. */
export function labelDrawn(fontSize: number, zoom: number): boolean {
  return fontSize * zoom >= MIN_ZOOMED_FONT_SIZE;
}
