import type { GraphReader } from "@rrn/server/queries";
import { coverage, lineage, neighbourhood, findNode, overview, paths, search } from "@rrn/server/queries";
import { frameworkId, resourceId } from "../generate/synthetic-seed.js";

/** The fields the client's views ask for (client/src/api/fragments.ts), so responses are as big. */
const NODE = "id type label kind year summary url degree generalKnowledge easyRead distance";
const EDGE = "id type source target how evidence sourceDoc generalKnowledge basis reasoning annotation";
const SUBGRAPH = `nodes { ${NODE} } edges { ${EDGE} } truncated total`;

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

export const QUERIES: BenchQuery[] = [
  {
    name: "search",
    document: `query($q: String!) { search(query: $q, limit: 20) { ${NODE} score } }`,
    variables: { q: "post-incident debrief" },
    direct: (g) => search(g, { query: "post-incident debrief", limit: 20 }),
  },
  {
    name: "node",
    document: `query($id: ID!) { node(id: $id) { ${NODE} } }`,
    variables: { id: FOCUS },
    direct: (g) => findNode(g, FOCUS),
  },
  {
    name: "neighbourhood",
    document: `query($id: ID!) { neighbourhood(id: $id, depth: 1) { ${SUBGRAPH} } }`,
    variables: { id: FOCUS },
    direct: (g) => neighbourhood(g, { id: FOCUS, depth: 1, limit: 200 }),
  },
  {
    name: "neighbourhoodDepth2",
    document: `query($id: ID!) { neighbourhood(id: $id, depth: 2) { ${SUBGRAPH} } }`,
    variables: { id: FOCUS },
    direct: (g) => neighbourhood(g, { id: FOCUS, depth: 2, limit: 200 }),
  },
  {
    name: "lineage",
    document: `query($id: ID!) { lineage(id: $id) { ${SUBGRAPH} } }`,
    variables: { id: FRAMEWORK },
    direct: (g) => lineage(g, { id: FRAMEWORK, direction: "DOWNSTREAM", maxDepth: 6, limit: 500 }),
  },
  {
    name: "paths",
    document: `query($from: ID!, $to: ID!) { paths(from: $from, to: $to) { ${SUBGRAPH} } }`,
    variables: { from: FOCUS, to: OTHER },
    direct: (g) => paths(g, { from: FOCUS, to: OTHER, maxLength: 6, limit: 5 }),
  },
  {
    name: "graph",
    document: `query($filter: GraphFilter) { graph(filter: $filter) { ${SUBGRAPH} } }`,
    variables: { filter: FILTER },
    direct: (g) => overview(g, { filter: FILTER, limit: 500 }),
  },
  {
    name: "coverage",
    document: `query { coverage { rowType columnType rows { ${NODE} } columns { ${NODE} } cells { row column count resourceIds } } }`,
    variables: {},
    direct: (g) => coverage(g, { rows: "RESTRAINT_TYPE", columns: "SETTING" }),
  },
];
