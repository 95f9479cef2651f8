/**
 * The local Neo4j, as other workspaces use it (`@rrn/scripts/neo4j`): start, stop and kill an
 * instance provisioned from Maven Central, and where its files live. Which instance and port are
 * meant comes from `@rrn/common/neo4j-env`.
 */
export { killNeo4j, probe, runningPid, startNeo4j, stopNeo4j, type StartResult } from "./lifecycle.js";
export { instanceDirs, neo4jRoot, repoRoot, type InstanceDirs } from "./paths.js";
export { UserFacingError } from "./prerequisites.js";
