/**
 * Neo4j instances a tool owns (`@rrn/testkit/neo4j`): started, killed and wiped at will, reset
 * to the clean seed, and fingerprinted to prove a run changed nothing.
 */
export { graphChecksum, type GraphChecksum } from "./graph-checksum.js";
export { removeTestData } from "./remove-test-data.js";
export { ownInstance, resetToCleanSeed, type OwnInstance } from "./own-instance.js";
export { testDriver } from "./test-driver.js";
