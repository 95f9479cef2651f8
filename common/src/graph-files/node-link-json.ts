import type { GraphFileEdge, GraphFileNode } from "./types.js";

/** What a node-link JSON file says about where its graph came from. */
export interface NodeLinkMeta {
  /** The graph version it was read at (the API's X-Graph-Version). */
  graphVersion: string;
  /** The view's own name ("Lineage of Six Core Strategies"). */
  title: string;
  /** The explorer URL it is the graph of (path and query). */
  view: string;
  /** The view's answer was cut to its limit. */
  truncated: boolean;
}

/**
 * Nodes and links, the shape d3-force, NetworkX's node_link_graph and most JavaScript graph
 * tools read, with each node's colour and position and each link's type and basis.
 */
export function toNodeLinkJson(
  meta: NodeLinkMeta,
  nodes: readonly GraphFileNode[],
  edges: readonly GraphFileEdge[],
): string {
  return JSON.stringify(
    {
      ...meta,
      directed: true,
      nodes,
      links: edges,
    },
    null,
    2,
  );
}
