import type { Core } from "./cytoscape-instance";
import { LARGE_GRAPH } from "@rrn/graph-layout";
import { LANDMARK_DEGREE as HUB_DEGREE } from "@rrn/model";
import { MIN_ZOOMED_FONT_SIZE, NODE_FONT_SIZE } from "./stylesheet";

export { HUB_DEGREE };

const SELECTION_CLASSES = "faded neighbour-edge";

/**
 * Selection focus: the selected node and its direct neighbours stay, the rest fades.
 * Compound group boxes never fade, so the organisation view keeps its structure readable.
 * The view's own focus (`rootId`, selected when a view opens) is selected without fading: the
 * whole picture is about it, and a lineage's grandchildren or a similar resource two steps
 * away must stay readable.
 */
export function applySelection(cy: Core, selectedId: string | undefined, rootId?: string): void {
  cy.batch(() => {
    cy.elements().removeClass(SELECTION_CLASSES);
    cy.elements(":selected").unselect();
    if (!selectedId) return;
    const node = cy.getElementById(selectedId);
    if (node.empty() || !node.isNode()) return;
    node.select();
    if (selectedId === rootId) return;
    const hood = node.closedNeighborhood();
    cy.elements().not(hood).not(":parent").addClass("faded");
    hood.edges().addClass("neighbour-edge");
  });
}

/** Path view: every drawn edge is on one of the shortest paths found; the two ends stand out. */
export function applyPathHighlight(cy: Core, endIds: readonly string[]): void {
  cy.batch(() => {
    cy.edges().addClass("on-path");
    for (const id of endIds) cy.getElementById(id).addClass("path-end");
  });
}

/** Every edge shows its label (lineage: how each resource derives). */
export function showEdgeLabels(cy: Core, show: boolean): void {
  if (show) cy.edges().addClass("labelled");
  else cy.edges().removeClass("labelled");
}

/** Past this many edges, edges are drawn the cheap way Cytoscape recommends for big graphs. */
export const BULK_EDGES = 1000;

/**
 * Size-dependent styling: in large graphs hubs get landmark labels ("node.hub") and the other
 * nodes start without a label ("node.quiet", see revealLabels), and in very large ones edges
 * become straight haystack lines without arrows ("edge.bulk"), Cytoscape's documented fastest
 * edge type, so panning stays smooth.
 */
export function markHubs(cy: Core): void {
  cy.batch(() => {
    cy.nodes().removeClass("hub quiet");
    cy.edges().removeClass("bulk");
    if (cy.nodes().length > LARGE_GRAPH) {
      const hubs = cy.nodes(`[degree >= ${HUB_DEGREE}]`).addClass("hub");
      cy.nodes(":childless").not(hubs).addClass("quiet");
    }
    if (cy.edges().length > BULK_EDGES) cy.edges().addClass("bulk");
  });
}

/**
 * Quiet nodes get their labels once the zoom makes them legible, those in view (plus a
 * margin) first. Measuring and wrapping every label of a large graph was most of the cost of
 * its first layout and fit, for labels too small to be drawn at the fitted zoom anyway
 * (min-zoomed-font-size). Labels once shown stay; zoomed out they hide as before.
 */
export function revealLabels(cy: Core): void {
  if (cy.zoom() * NODE_FONT_SIZE < MIN_ZOOMED_FONT_SIZE) return;
  const quiet = cy.nodes(".quiet");
  if (quiet.empty()) return;
  const { x1, y1, x2, y2, w, h } = cy.extent();
  const inView = quiet.filter((n) => {
    const { x, y } = n.position();
    return x >= x1 - w / 2 && x <= x2 + w / 2 && y >= y1 - h / 2 && y <= y2 + h / 2;
  });
  if (inView.nonempty()) inView.removeClass("quiet");
}

/** Runs `work` (an export) with every label drawn, then puts the quiet ones back. */
export async function withAllLabels<T>(cy: Core, work: () => Promise<T>): Promise<T> {
  const quiet = cy.nodes(".quiet");
  quiet.removeClass("quiet");
  try {
    return await work();
  } finally {
    quiet.addClass("quiet");
  }
}
