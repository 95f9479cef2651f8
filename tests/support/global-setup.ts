import type { TestProject } from "vitest/node";
import { boltUri, readInstanceSettings } from "../../scripts/src/neo4j/instance.js";
import { runningPid, startNeo4j, stopNeo4j } from "../../scripts/src/neo4j/lifecycle.js";

declare module "vitest" {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

/** The test suite's own Neo4j: instance "test" on port 7688 unless NEO4J_URI points elsewhere. */
export const testInstance = readInstanceSettings({
  NEO4J_INSTANCE: process.env.NEO4J_TEST_INSTANCE ?? "test",
  NEO4J_BOLT_PORT: process.env.NEO4J_TEST_BOLT_PORT ?? "7688",
});

let startedHere = false;

export async function setup(project: TestProject): Promise<void> {
  if (process.env.NEO4J_URI) {
    project.provide("neo4jUri", process.env.NEO4J_URI);
    return;
  }
  if (runningPid(testInstance) === undefined) {
    const res = await startNeo4j(testInstance, (line) => console.log(`[test neo4j] ${line}`));
    startedHere = !res.alreadyRunning;
  }
  project.provide("neo4jUri", boltUri(testInstance));
}

export async function teardown(): Promise<void> {
  // Leave no stray process behind, but never stop an instance someone else started.
  if (startedHere) await stopNeo4j(testInstance);
}
