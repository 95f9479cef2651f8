import { z } from "zod";
import type { Subgraph } from "../__generated__/resolvers-types.js";
import { statement, type GraphReader } from "../neo4j/read.js";
import { loadEdges, loadNodes } from "./elements.js";
import { ENTITY, REL, parseQueryRow } from "./graph-model.js";
import { nodeById } from "./node.js";
import { emptySubgraph } from "./subgraph.js";

/** Longest path the query will ever consider (the `maxLength` argument's upper bound). */
export const MAX_PATH_LENGTH = 8;

/** The API's largest `limit`, plus the one extra path fetched to tell whether the answer was cut. */
const MAX_FETCH = 1001;

/**
 * The shortest paths between two nodes, shortest first, following curated relationships either
 * way. `SHORTEST k` streams paths in length order, so LIMIT stops the search after the paths it
 * needs; `ALL SHORTEST` enumerates every path of the shortest length first, which through a hub
 * (a restraint type shared by thousands of resources) did not finish within the 60 s timeout on
 * a 1,000-resource graph. Neither k nor the quantifier's bound can be a parameter, so there is one
 * fixed statement per maximum length (the bound inside the pattern prunes the search, where a
 * WHERE on length(p) would only filter its results).
 */
const pathsStatements = Array.from({ length: MAX_PATH_LENGTH }, (_, i) =>
  statement(
    `MATCH (a:${ENTITY} {id: $from}), (b:${ENTITY} {id: $to})
     MATCH p = SHORTEST ${MAX_FETCH} (a)-[:${REL}]-{1,${i + 1}}(b)
     RETURN [n IN nodes(p) | elementId(n)] AS nodes, [r IN relationships(p) | elementId(r)] AS relationships
     LIMIT $fetch`,
    { from: "", to: "", fetch: 1 },
  ),
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
    const pathsStatement = pathsStatements[Math.min(args.maxLength, MAX_PATH_LENGTH) - 1]!;
    const rows = await run(pathsStatement, {
      from: args.from,
      to: args.to,
      fetch: Math.min(args.limit + 1, MAX_FETCH),
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
