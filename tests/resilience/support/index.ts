/**
 * What the resilience tier's machinery offers other tools (`@rrn/tests/resilience`): the
 * benchmarks' fuzz and soak runs start the server, Neo4j and the explorer's load the same way.
 */
export { explorerRequest, type ExplorerRequest } from "./explorer-requests.js";
export { graphChecksum, type GraphChecksum } from "./graph-checksum.js";
export { ask, mixSucceeds, readiness } from "./graphql.js";
export { startLoad, type LoadFigures, type RunningLoad } from "./load.js";
export { ownInstance, resetToCleanSeed, type OwnInstance } from "./neo4j-instance.js";
export { waitFor } from "./poll.js";
export { queryMix, type MixQuery } from "./query-mix.js";
export { startServerProcess, type LogLine, type ServerProcess, type ServerProcessOptions } from "./server-process.js";
