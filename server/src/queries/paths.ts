import { z } from "zod";
import type { Subgraph } from "../__generated__/resolvers-types.js";
import { statement, type GraphReader } from "../neo4j/read.js";
import { loadEdges, loadNodes } from "./elements.js";
import { ENTITY, REL, parseQueryRow } from "./graph-model.js";
import { nodeById } from "./node.js";
import { emptySubgraph } from "./subgraph.js";

/**
 * Longest path the query will ever consider. Cypher cannot take a quantifier bound as a
 * parameter, so the bound is this constant and the caller's `maxLength` (validated to be at
 * most this) filters by parameter; shortest-path search applies the filter while it searches.
 */
export const MAX_PATH_LENGTH = 8;

/**
 * All shortest paths between two nodes, following curated relationships either way. One more
 * path than asked for is fetched, to tell whether the answer was cut.
 */
const pathsStatement = statement(
  `MATCH (a:${ENTITY} {id: $from}), (b:${ENTITY} {id: $to})
   MATCH p = ALL SHORTEST (a)-[:${REL}]-{1,${MAX_PATH_LENGTH}}(b)
   WHERE length(p) <= $maxLength
   RETURN [n IN nodes(p) | elementId(n)] AS nodes, [r IN relationships(p) | elementId(r)] AS relationships
   LIMIT $fetch`,
  { from: "", to: "", maxLength: 1, fetch: 1 },
);

const pathRow = z.object({ nodes: z.array(z.string()), relationships: z.array(z.string()) });

export interface PathsArgs {
  from: string;
  to: string;
  maxLength: number;
  limit: number;
}

export function paths(graph: GraphReader, args: PathsArgs): Promise<Subgraph> {
  return graph.transaction(async (run) => {
    if (args.from === args.to) {
      // A node is connected to itself by the empty path: draw just the node, if it exists.
      const node = await nodeById(run, args.from);
      return node ? { nodes: [node], edges: [], truncated: false, total: 1, moreByType: null } : emptySubgraph();
    }
    const rows = await run(pathsStatement, {
      from: args.from,
      to: args.to,
      maxLength: args.maxLength,
      fetch: args.limit + 1,
    });
    const found = rows.map((r) => parseQueryRow(pathRow, r, "path"));
    const kept = found.slice(0, args.limit);
    // A node's distance is its position along the paths, from `from`.
    const distance = new Map<string, number>();
    for (const path of kept) {
      path.nodes.forEach((ref, i) => distance.set(ref, Math.min(i, distance.get(ref) ?? i)));
    }
    const refs = [...distance.keys()].sort((x, y) => (distance.get(x) ?? 0) - (distance.get(y) ?? 0));
    return {
      nodes: await loadNodes(run, refs, (ref) => ({ distance: distance.get(ref) ?? null })),
      edges: await loadEdges(run, [...new Set(kept.flatMap((p) => p.relationships))]),
      truncated: found.length > args.limit,
      // Paths, not nodes: how many shortest paths were found (one more than limit when cut).
      total: found.length,
      moreByType: null,
    };
  });
}
