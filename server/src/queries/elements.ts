import type { GraphEdge, GraphNode } from "../__generated__/resolvers-types.js";
import { statement, type RunStatement } from "../neo4j/read.js";
import {
  ENTITY,
  REL,
  edgeProjection,
  nodeProjection,
  toGraphEdges,
  toGraphNode,
  type Projection,
} from "./graph-model.js";

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

// Each in two projections, full and canvas-only (see Projection), so both are planned at warm-up.
const nodesStatements = [true, false].map((detail) =>
  statement(
    `UNWIND $refs AS ref
     MATCH (n) WHERE elementId(n) = ref
     RETURN ref, ${nodeProjection("n", detail)} AS node`,
    { refs: [] as string[] },
  ),
);

const edgesAmongStatements = [true, false].map((provenance) =>
  statement(
    `UNWIND $refs AS ref
     MATCH (a)-[e:${REL}]->(b)
     WHERE elementId(a) = ref AND elementId(b) IN $refs
     RETURN ${edgeProjection("e", provenance)} AS edge`,
    { refs: [] as string[] },
  ),
);

const edgesStatements = [true, false].map((provenance) =>
  statement(
    `UNWIND $refs AS ref
     MATCH ()-[e]->() WHERE elementId(e) = ref
     RETURN ${edgeProjection("e", provenance)} AS edge`,
    { refs: [] as string[] },
  ),
);

const pick = <T>(pair: T[], full: boolean): T => pair[full ? 0 : 1]!;

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
  projection: Projection,
  extra: (ref: string) => Partial<GraphNode> = () => ({}),
): Promise<GraphNode[]> {
  if (refs.length === 0) return [];
  const rows = await run(pick(nodesStatements, projection.nodeDetail), { refs: [...refs] });
  const byRef = new Map(rows.map((r) => [String(r.ref), r.node]));
  return refs.filter((ref) => byRef.has(ref)).map((ref) => toGraphNode(byRef.get(ref), extra(ref)));
}

/** Edges from one of the statement pairs below, for the given refs. */
async function loadEdgesWith(
  statements: typeof edgesStatements,
  run: RunStatement,
  refs: readonly string[],
  projection: Projection,
  annotate?: (type: string) => boolean,
): Promise<GraphEdge[]> {
  if (refs.length === 0) return [];
  const rows = await run(pick(statements, projection.edgeProvenance), { refs: [...refs] });
  return toGraphEdges(
    rows.map((r) => r.edge),
    annotate,
  );
}

/** Every curated relationship between two of the given nodes (node refs): the induced subgraph's edges. */
export const loadEdgesAmong = (
  run: RunStatement,
  refs: readonly string[],
  projection: Projection,
  annotate?: (type: string) => boolean,
): Promise<GraphEdge[]> => loadEdgesWith(edgesAmongStatements, run, refs, projection, annotate);

/** GraphEdges for relationship refs. */
export const loadEdges = (
  run: RunStatement,
  refs: readonly string[],
  projection: Projection,
  annotate?: (type: string) => boolean,
): Promise<GraphEdge[]> => loadEdgesWith(edgesStatements, run, refs, projection, annotate);
