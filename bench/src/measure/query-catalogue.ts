import type { GraphReader } from "@rrn/server/queries";
import { coverage, coverageCell, lineage, neighbourhood, findNode, overview, paths, search } from "@rrn/server/queries";
import { frameworkId, resourceId } from "../generate/synthetic-seed.js";

/**
 * The fields the client's canvas views ask for (client/src/api/fragments.ts), so responses are as
 * big: what the canvas draws, without summaries or evidence. Search adds the summary its result
 * list shows.
 */
const NODE = "id type label kind year degree distance";
const EDGE = "id type source target how basis annotation";
const SUBGRAPH = `nodes { ${NODE} } edges { ${EDGE} } truncated total`;
/** What the server projects for those fields (as its resolvers work it out): the canvas only. */
const CANVAS = { nodeDetail: false, edgeProvenance: false };

/**
 * One graph query measured both ways: `graphql` over HTTP, and `direct` through the server's
 * query module on a bare driver (recorded, then replayed as plain Cypher). Arguments are the
 * schema's defaults unless given, and the same ids exist at every size, so p50s compare
 * across sizes.
 */
export interface BenchQuery {
  name: string;
  document: string;
  variables: Record<string, unknown>;
  direct: (graph: GraphReader) => Promise<unknown>;
}

// A resource from the middle of the smallest graph: an ordinary node, not a hub.
const FOCUS = resourceId(500);
const OTHER = resourceId(900);
const FRAMEWORK = frameworkId(1);
const FILTER = { restraintTypes: ["physical"], settings: ["schools"] };
const CELL = { row: "physical", column: "schools" };

export const QUERIES: BenchQuery[] = [
  {
    name: "search",
    document: `query($q: String!) { search(query: $q, limit: 20) { ${NODE} summary score } }`,
    variables: { q: "post-incident debrief" },
    direct: (g) =>
      search(g, { query: "post-incident debrief", limit: 20, projection: { nodeDetail: true, edgeProvenance: false } }),
  },
  {
    name: "node",
    document: `query($id: ID!) { node(id: $id) { ${NODE} } }`,
    variables: { id: FOCUS },
    direct: (g) => findNode(g, FOCUS, CANVAS),
  },
  {
    name: "neighbourhood",
    document: `query($id: ID!) { neighbourhood(id: $id, depth: 1) { ${SUBGRAPH} } }`,
    variables: { id: FOCUS },
    direct: (g) => neighbourhood(g, { id: FOCUS, depth: 1, limit: 200, projection: CANVAS }),
  },
  {
    name: "neighbourhoodDepth2",
    document: `query($id: ID!) { neighbourhood(id: $id, depth: 2) { ${SUBGRAPH} } }`,
    variables: { id: FOCUS },
    direct: (g) => neighbourhood(g, { id: FOCUS, depth: 2, limit: 200, projection: CANVAS }),
  },
  {
    name: "lineage",
    document: `query($id: ID!) { lineage(id: $id) { ${SUBGRAPH} } }`,
    variables: { id: FRAMEWORK },
    direct: (g) => lineage(g, { id: FRAMEWORK, direction: "DOWNSTREAM", maxDepth: 6, limit: 500, projection: CANVAS }),
  },
  {
    name: "paths",
    document: `query($from: ID!, $to: ID!) { paths(from: $from, to: $to) { ${SUBGRAPH} } }`,
    variables: { from: FOCUS, to: OTHER },
    direct: (g) => paths(g, { from: FOCUS, to: OTHER, maxLength: 6, limit: 5, projection: CANVAS }),
  },
  {
    // The landing page: the whole graph, ranked by degree, no facet.
    name: "overview",
    document: `query($filter: GraphFilter, $limit: Int!) { graph(filter: $filter, limit: $limit) { ${SUBGRAPH} } }`,
    variables: { filter: null, limit: 500 },
    direct: (g) => overview(g, { filter: null, limit: 500, projection: CANVAS }),
  },
  {
    name: "graph",
    document: `query($filter: GraphFilter) { graph(filter: $filter) { ${SUBGRAPH} } }`,
    variables: { filter: FILTER },
    direct: (g) => overview(g, { filter: FILTER, limit: 500, projection: CANVAS }),
  },
  {
    name: "coverage",
    document: `query { coverage { rowType columnType rows { id label } columns { id label } cells { row column count } } }`,
    variables: {},
    direct: (g) => coverage(g, { rows: "RESTRAINT_TYPE", columns: "SETTING", projection: CANVAS }),
  },
  {
    // Opening the cell the facet overview filters by.
    name: "coverageCell",
    document: `query($row: ID!, $column: ID!) { coverageCell(row: $row, column: $column, limit: 500) { count truncated resources { ${NODE} } } }`,
    variables: { row: CELL.row, column: CELL.column },
    direct: (g) =>
      coverageCell(g, {
        rows: "RESTRAINT_TYPE",
        columns: "SETTING",
        row: CELL.row,
        column: CELL.column,
        limit: 500,
        projection: CANVAS,
      }),
  },
];

/**
 * How big an answer is, for comparing a query's cost with what it returned: nodes + edges of a
 * subgraph, rows + columns + cells of a coverage matrix, the length of a list, 1 for one node.
 */
export function answerSize(value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (Array.isArray(value)) return value.length;
  if (typeof value !== "object") return 1;
  const counted = new Set(["nodes", "edges", "rows", "columns", "cells", "resources"]);
  const lengths = Object.entries(value)
    .filter(([key, v]) => counted.has(key) && Array.isArray(v))
    .map(([, v]) => (Array.isArray(v) ? v.length : 0));
  return lengths.length > 0 ? lengths.reduce((a, b) => a + b, 0) : 1;
}
