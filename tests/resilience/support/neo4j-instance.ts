import type { Driver } from "neo4j-driver";
import { importSeed, loadSeed, openDriver } from "@rrn/graph-seed";
import { readConnectionSettings, boltUri, readInstanceSettings } from "@rrn/common/neo4j-env";
import { killNeo4j, runningPid, startNeo4j, stopNeo4j } from "@rrn/scripts/neo4j";

/**
 * The resilience tier's own Neo4j: it gets killed, restarted and wiped, so it is never the
 * shared test database (7688) nor anyone's dev instance. Small heap: it holds the seed only.
 */
export const instanceEnv = {
  NEO4J_INSTANCE: process.env.NEO4J_RESILIENCE_INSTANCE ?? "resilience",
  NEO4J_BOLT_PORT: process.env.NEO4J_RESILIENCE_BOLT_PORT ?? "7690",
  NEO4J_HEAP: "512m",
  NEO4J_PAGECACHE: "256m",
};
export const instance = readInstanceSettings(instanceEnv);
export const neo4jUri = boltUri(instance);

const log = (line: string) => console.log(`[resilience neo4j] ${line}`);

/** Starts the instance (a no-op when it runs); true when this call started it. */
export async function startDb(): Promise<boolean> {
  const res = await startNeo4j(instance, log);
  return !res.alreadyRunning;
}

/** A clean shutdown (SIGTERM, waited for). */
export async function stopDb(): Promise<void> {
  await stopNeo4j(instance);
}

/** A crash: SIGKILL, no chance to flush or close connections. */
export function killDb(): void {
  if (!killNeo4j(instance)) throw new Error(`Neo4j (${instance.name}) was not running, so it could not be killed`);
}

export function dbRunning(): boolean {
  return runningPid(instance) !== undefined;
}

/** A driver of the test's own (not the app's), connected already. */
export async function openTestDriver(): Promise<Driver> {
  return openDriver({ ...readConnectionSettings({}), uri: neo4jUri });
}

/** Empties the database and imports the seed: the "clean seed" every scenario starts from. */
export async function resetToCleanSeed(driver: Driver): Promise<void> {
  await driver.executeQuery("MATCH (n) DETACH DELETE n");
  const summary = await importSeed(driver, await loadSeed());
  log(`clean seed: ${summary.totals.nodes.total} nodes, ${summary.totals.relationships.total} relationships`);
}
