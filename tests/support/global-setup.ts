import type { TestProject } from "vitest/node";
import { boltUri, readInstanceSettings, readConnectionSettings } from "@rrn/common/neo4j-env";
import { runningPid, startNeo4j, stopNeo4j } from "@rrn/scripts/neo4j";
import { importSeed, loadSeed, openDriver } from "@rrn/graph-seed";
import { SUGGESTION_RATE_LABEL } from "@rrn/server";

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

/**
 * Every integration and e2e test starts from the seeded graph. The import is idempotent and
 * only touches seed-owned data, so this is cheap on a database that is already seeded.
 */
async function seedTestDatabase(uri: string): Promise<void> {
  const settings = { ...readConnectionSettings(process.env), uri };
  const driver = await openDriver(settings);
  try {
    // Suggestion rate counts outlive a server (they are shared in Neo4j): each run starts with none.
    await driver.executeQuery(`MATCH (c:${SUGGESTION_RATE_LABEL}) DELETE c`, {}, { database: settings.database });
    const summary = await importSeed(driver, await loadSeed(), { database: settings.database });
    const { nodes, relationships } = summary.totals;
    console.log(
      `[test neo4j] seeded ${uri}: ${nodes.total} nodes (${nodes.created} created, ${nodes.updated} updated), ` +
        `${relationships.total} relationships (${relationships.created} created, ${relationships.updated} updated)`,
    );
  } finally {
    await driver.close();
  }
}

export async function setup(project: TestProject): Promise<void> {
  let uri: string;
  if (process.env.NEO4J_URI) {
    uri = process.env.NEO4J_URI;
  } else {
    if (runningPid(testInstance) === undefined) {
      const res = await startNeo4j(testInstance, (line) => console.log(`[test neo4j] ${line}`));
      startedHere = !res.alreadyRunning;
    }
    uri = boltUri(testInstance);
  }
  try {
    await seedTestDatabase(uri);
  } catch (err) {
    // Vitest skips teardown when setup fails; do not leave the instance we started running.
    await teardown();
    throw err;
  }
  project.provide("neo4jUri", uri);
}

export async function teardown(): Promise<void> {
  // Leave no stray process behind, but never stop an instance someone else started.
  if (startedHere) {
    startedHere = false;
    await stopNeo4j(testInstance);
  }
}
