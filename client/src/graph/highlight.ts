import type { Core } from "./cytoscape-instance";
import { LARGE_GRAPH } from "./layouts";

/** Nodes with at least this many relationships are landmarks in a large graph. */
export const HUB_DEGREE = 9;

const SELECTION_CLASSES = "faded neighbour-edge";

/**
 * Selection focus: the selected node and its direct neighbours stay, the rest fades.
 * Compound group boxes never fade, so the organisation view keeps its structure readable.
 */
export function applySelection(cy: Core, selectedId: string | undefined): void {
  cy.batch(() => {
    cy.elements().removeClass(SELECTION_CLASSES);
    cy.elements(":selected").unselect();
    if (!selectedId) return;
    const node = cy.getElementById(selectedId);
    if (node.empty() || !node.isNode()) return;
    node.select();
    const hood = node.closedNeighborhood();
    cy.elements().not(hood).not(":parent").addClass("faded");
    hood.edges().addClass("neighbour-edge");
  });
}

/** Path view: every drawn edge is on some shortest path; the two ends stand out. */
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
 * Size-dependent styling: in large graphs hubs get landmark labels ("node.hub"), and in very
 * large ones edges become straight haystack lines without arrows ("edge.bulk"), Cytoscape's
 * documented fastest edge type, so panning stays smooth.
 */
export function markHubs(cy: Core): void {
  cy.batch(() => {
    cy.nodes().removeClass("hub");
    cy.edges().removeClass("bulk");
    if (cy.nodes().length > LARGE_GRAPH) cy.nodes(`[degree >= ${HUB_DEGREE}]`).addClass("hub");
    if (cy.edges().length > BULK_EDGES) cy.edges().addClass("bulk");
  });
}
