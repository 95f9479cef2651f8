import { UndirectedGraph } from "graphology";
// The named export of the centrality index: Node and TypeScript agree on it for this CommonJS package.
import { betweenness } from "graphology-metrics/centrality/index.js";
import { isNodeLabel, NODE_LABELS, type NodeLabel } from "@rrn/model";
import { z } from "zod";
import { statement, type RunStatement } from "../neo4j/read.js";
import { ENTITY, REL, parseQueryRow } from "./graph-model.js";

/**
 * Betweenness centrality, which Neo4j Community cannot compute (it has no Graph Data Science
 * library): the graph's ids and relationships are read in the request's transaction and handed
 * to graphology-metrics (Brandes' algorithm, undirected, as `paths` follows relationships
 * either way). That costs O(nodes × relationships), so above BETWEENNESS_NODE_LIMIT nodes it
 * is not computed per request and the answer says so rather than taking seconds.
 */
export const BETWEENNESS_NODE_LIMIT = 3000;

const countStatement = statement(`MATCH (n:${ENTITY}) RETURN count(n) AS nodes`, {});

const graphStatement = statement(
  `CALL () {
     MATCH (n:${ENTITY}) WHERE n.id IS NOT NULL
     RETURN collect([n.id, head([l IN labels(n) WHERE l IN $labels])]) AS nodes
   }
   CALL () {
     MATCH (a:${ENTITY})-[:${REL}]->(b:${ENTITY}) WHERE a.id IS NOT NULL AND b.id IS NOT NULL
     RETURN collect([a.id, b.id]) AS edges
   }
   RETURN nodes, edges`,
  { labels: [] as string[] },
);

const countRow = z.object({ nodes: z.number().int() });
const graphRow = z.object({
  nodes: z.array(z.tuple([z.string(), z.string()])),
  edges: z.array(z.tuple([z.string(), z.string()])),
});

export interface NodeBetweenness {
  betweenness: number;
  label: NodeLabel;
}

/** Betweenness per node id (normalised to 0–1) with the node's label, or null when the graph is over the limit. */
export async function betweennessById(run: RunStatement): Promise<ReadonlyMap<string, NodeBetweenness> | null> {
  const { nodes } = parseQueryRow(countRow, (await run(countStatement, {}))[0], "entity count");
  if (nodes > BETWEENNESS_NODE_LIMIT) return null;
  const loaded = parseQueryRow(
    graphRow,
    (await run(graphStatement, { labels: [...NODE_LABELS] }))[0],
    "graph for centrality",
  );
  const graph = new UndirectedGraph({ multi: false, allowSelfLoops: false });
  const labelOf = new Map<string, NodeLabel>();
  for (const [id, label] of loaded.nodes) {
    if (!isNodeLabel(label)) continue;
    graph.mergeNode(id);
    labelOf.set(id, label);
  }
  // Two relationships between the same pair are one step for shortest paths.
  for (const [a, b] of loaded.edges) if (a !== b && graph.hasNode(a) && graph.hasNode(b)) graph.mergeEdge(a, b);
  const scores = betweenness(graph, { normalized: true });
  return new Map([...labelOf].map(([id, label]) => [id, { betweenness: scores[id] ?? 0, label }] as const));
}
