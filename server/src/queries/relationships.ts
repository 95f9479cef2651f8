import type { GraphEdge } from "../__generated__/resolvers-types.js";
import { statement, type GraphReader } from "../neo4j/read.js";
import { ENTITY, REL, edgeProjection, toGraphEdges } from "./graph-model.js";

/**
 * Every curated relationship between two of the given nodes (by id), with its provenance. The
 * canvas queries send edges without evidence, which only the list view, exports and the detail
 * panel read; they ask for it here when they need it, by the drawn nodes' ids (a few kB, where
 * edge ids would be several times that).
 */
const amongStatement = statement(
  `UNWIND $ids AS id
   MATCH (a:${ENTITY} {id: id})-[e:${REL}]->(b)
   WHERE b.id IN $ids
   RETURN ${edgeProjection("e")} AS edge`,
  { ids: [] as string[] },
);

export function relationshipsAmong(graph: GraphReader, ids: readonly string[]): Promise<GraphEdge[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return graph.transaction(async (run) => {
    const rows = await run(amongStatement, { ids: [...new Set(ids)] });
    return toGraphEdges(rows.map((r) => r.edge));
  });
}
