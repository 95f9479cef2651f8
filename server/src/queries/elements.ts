import type { GraphEdge, GraphNode } from "../__generated__/resolvers-types.js";
import { statement, type RunStatement } from "../neo4j/read.js";
import { ENTITY, REL, edgeProjection, nodeProjection, toGraphEdges, toGraphNode } from "./graph-model.js";

/**
 * Statements every graph-shaped query shares. A query's own Cypher only decides *which* nodes
 * and relationships to draw and returns their element ids ("refs", valid within the
 * transaction); these turn refs into GraphNodes and GraphEdges. So the projection is written
 * once, and Neo4j plans it once for all queries.
 */

// The label disjunction lets Neo4j use each label's unique index on id.
const findRefStatement = statement(`MATCH (n:${ENTITY} {id: $id}) RETURN elementId(n) AS ref LIMIT 1`, {
  id: "",
});

const nodesStatement = statement(
  `UNWIND $refs AS ref
   MATCH (n) WHERE elementId(n) = ref
   RETURN ref, ${nodeProjection("n")} AS node`,
  { refs: [] as string[] },
);

const edgesAmongStatement = statement(
  `UNWIND $refs AS ref
   MATCH (a)-[e:${REL}]->(b)
   WHERE elementId(a) = ref AND elementId(b) IN $refs
   RETURN ${edgeProjection("e")} AS edge`,
  { refs: [] as string[] },
);

const edgesStatement = statement(
  `UNWIND $refs AS ref
   MATCH ()-[e]->() WHERE elementId(e) = ref
   RETURN ${edgeProjection("e")} AS edge`,
  { refs: [] as string[] },
);

/** The element id of the entity with this id, or null. */
export async function findRef(run: RunStatement, id: string): Promise<string | null> {
  const rows = await run(findRefStatement, { id });
  const ref = rows[0]?.ref;
  return typeof ref === "string" ? ref : null;
}

/** GraphNodes for refs, in the order given; `extra` adds per-query fields such as distance. */
export async function loadNodes(
  run: RunStatement,
  refs: readonly string[],
  extra: (ref: string) => Partial<GraphNode> = () => ({}),
): Promise<GraphNode[]> {
  if (refs.length === 0) return [];
  const rows = await run(nodesStatement, { refs: [...refs] });
  const byRef = new Map(rows.map((r) => [String(r.ref), r.node]));
  return refs.filter((ref) => byRef.has(ref)).map((ref) => toGraphNode(byRef.get(ref), extra(ref)));
}

/** Every curated relationship between two of the given nodes: the induced subgraph's edges. */
export async function loadEdgesAmong(
  run: RunStatement,
  refs: readonly string[],
  annotate?: (type: string) => boolean,
): Promise<GraphEdge[]> {
  if (refs.length === 0) return [];
  const rows = await run(edgesAmongStatement, { refs: [...refs] });
  return toGraphEdges(
    rows.map((r) => r.edge),
    annotate,
  );
}

/** GraphEdges for relationship refs. */
export async function loadEdges(
  run: RunStatement,
  refs: readonly string[],
  annotate?: (type: string) => boolean,
): Promise<GraphEdge[]> {
  if (refs.length === 0) return [];
  const rows = await run(edgesStatement, { refs: [...refs] });
  return toGraphEdges(
    rows.map((r) => r.edge),
    annotate,
  );
}
