import type { GraphNode } from "../__generated__/resolvers-types.js";
import type { GraphReader } from "../neo4j/read.js";
import { ENTITY, nodeProjection, toGraphNode } from "./graph-model.js";

// The label disjunction lets Neo4j use each label's unique index on id.
const cypher = `
  MATCH (n:${ENTITY} {id: $id})
  RETURN ${nodeProjection("n")} AS node
  LIMIT 1
`;

/** One node by id; null when there is none (an unknown id is not an error). */
export async function findNode(graph: GraphReader, id: string): Promise<GraphNode | null> {
  const rows = await graph.read(cypher, { id });
  return rows[0] ? toGraphNode(rows[0].node, { distance: 0 }) : null;
}
