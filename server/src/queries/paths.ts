import type { Subgraph } from "../__generated__/resolvers-types.js";
import type { GraphReader } from "../neo4j/read.js";
import {
  ENTITY,
  REL,
  edgeProjection,
  intColumn,
  listColumn,
  nodeProjection,
  toGraphEdges,
  toPlacedNode,
} from "./graph-model.js";
import { findNode } from "./node.js";
import { edgesWithin, emptySubgraph } from "./subgraph.js";

/**
 * Longest path the query will ever consider. Cypher cannot take a quantifier bound as a
 * parameter, so the bound is this constant and the caller's `maxLength` (validated to be at
 * most this) filters by parameter; shortest-path search honours the filter while it searches.
 */
export const MAX_PATH_LENGTH = 8;

/**
 * All shortest paths between two nodes, following curated relationships either way. One more
 * path than asked for is fetched, to tell whether the answer was cut.
 */
const cypher = `
  MATCH (a:${ENTITY} {id: $from}), (b:${ENTITY} {id: $to})
  CALL (a, b) {
    MATCH p = ALL SHORTEST (a)-[:${REL}]-{1,${MAX_PATH_LENGTH}}(b)
    WHERE length(p) <= $maxLength
    RETURN p
    LIMIT $fetch
  }
  WITH collect(p) AS found
  WITH found[0..$limit] AS kept, size(found) AS total
  CALL (kept) {
    UNWIND kept AS p
    UNWIND range(0, length(p)) AS i
    WITH nodes(p)[i] AS n, min(i) AS distance
    ORDER BY distance ASC
    RETURN collect({node: ${nodeProjection("n")}, distance: distance}) AS nodes
  }
  CALL (kept) {
    UNWIND kept AS p
    UNWIND relationships(p) AS e
    RETURN collect(${edgeProjection("e")}) AS edges
  }
  RETURN nodes, edges, total
`;

export interface PathsArgs {
  from: string;
  to: string;
  maxLength: number;
  limit: number;
}

export async function paths(graph: GraphReader, args: PathsArgs): Promise<Subgraph> {
  if (args.from === args.to) {
    // A node is connected to itself by the empty path: draw just the node, if it exists.
    const node = await findNode(graph, args.from);
    return node ? { nodes: [node], edges: [], truncated: false, total: 1, moreByType: null } : emptySubgraph();
  }
  const rows = await graph.read(cypher, {
    from: args.from,
    to: args.to,
    maxLength: args.maxLength,
    limit: args.limit,
    fetch: args.limit + 1,
  });
  const row = rows[0];
  if (!row) return emptySubgraph();
  const nodes = listColumn(row, "nodes").map(toPlacedNode);
  const total = intColumn(row, "total");
  return {
    nodes,
    edges: edgesWithin(nodes, toGraphEdges(listColumn(row, "edges"))),
    truncated: total > args.limit,
    // Paths, not nodes: how many shortest paths were found (one more than limit when cut).
    total,
    moreByType: null,
  };
}
