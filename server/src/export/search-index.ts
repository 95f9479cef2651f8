import MiniSearch from "minisearch";
import type { GraphNode } from "../__generated__/resolvers-types.js";
import { ENTITY, nodeProjection, toGraphNode } from "../queries/graph-model.js";
import { statement, type GraphReader } from "../neo4j/read.js";

/**
 * The static export's search: every node's searchable text (name, aliases, summary, as the
 * live full-text index holds them) in a MiniSearch index, written as /search-index.json for the
 * client's static mode (client/src/static/search.ts) to load and query. It stores what a search
 * answer returns (GraphNode's fields the header and the search page read), so the browser
 * answers the same GraphQL queries from it.
 */

/** What the client needs to load the index: MiniSearch's options at indexing time, then the index. */
export interface SearchIndexFile {
  format: 1;
  graphVersion: string;
  options: { idField: "id"; fields: string[]; storeFields: string[] };
  index: unknown;
}

const FIELDS = ["label", "aliases", "summary"];
const STORE_FIELDS = ["id", "type", "label", "kind", "year", "degree", "summary", "aliases"];

const nodesStatement = statement(
  `MATCH (n:${ENTITY}) WHERE n.id IS NOT NULL
   RETURN ${nodeProjection("n")} AS node ORDER BY n.id`,
  {},
);

/** Every node, with the fields a search answer has. */
export async function allNodes(graph: GraphReader): Promise<GraphNode[]> {
  const rows = await graph.transaction((run) => run(nodesStatement, {}));
  return rows.map((r) => toGraphNode(r.node));
}

export function buildSearchIndex(nodes: readonly GraphNode[], graphVersion: string): SearchIndexFile {
  const options = { idField: "id" as const, fields: FIELDS, storeFields: STORE_FIELDS };
  // Aliases are a list: stored as one (so the browser can rank an exact alias first), indexed
  // as their words (MiniSearch's default stringifyField joins them with commas, which split).
  const search = new MiniSearch<GraphNode>(options);
  search.addAll(nodes);
  return { format: 1, graphVersion, options, index: search.toJSON() };
}
