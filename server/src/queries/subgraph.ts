import type { GraphEdge, GraphNode, Subgraph } from "../__generated__/resolvers-types.js";

/** What an unknown id answers: nothing to draw, and nothing was cut. */
export const emptySubgraph = (): Subgraph => ({ nodes: [], edges: [], truncated: false, total: 0, moreByType: null });

/**
 * Keeps only edges whose both ends are drawn, so a client never receives a dangling edge
 * (Cytoscape refuses them) whatever a query's limit cut.
 */
export function edgesWithin(nodes: readonly GraphNode[], edges: readonly GraphEdge[]): GraphEdge[] {
  const ids = new Set(nodes.map((n) => n.id));
  return edges.filter((e) => ids.has(e.source) && ids.has(e.target));
}
