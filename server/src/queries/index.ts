/**
 * The graph-shaped queries as functions over a GraphReader (`@rrn/server/queries`), for the
 * benchmarks, which run each one through the API and directly, and compare.
 */
export { coverage, coverageCell } from "./coverage.js";
export { lineage } from "./lineage.js";
export { neighbourhood } from "./neighbourhood.js";
export { findNode } from "./node.js";
export { overview } from "./overview.js";
export { paths } from "./paths.js";
export { search } from "./search.js";
export { createGraphReader, type GraphReader, type RunStatement, type Statement } from "../neo4j/read.js";
