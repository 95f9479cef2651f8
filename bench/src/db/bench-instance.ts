import { rmSync } from "node:fs";
import neo4j, { type Driver } from "neo4j-driver";
import { boltUri, readInstanceSettings, type InstanceSettings } from "@rrn/common/neo4j-env";
import { startNeo4j, stopNeo4j, instanceDirs } from "@rrn/scripts/neo4j";
import { log } from "../log.js";

/**
 * Each size gets its own local Neo4j instance, data folder and Bolt port (bench-1k on 7711, …),
 * so the user's dev database and the test suite's are never touched.
 */
export interface BenchInstance {
  settings: InstanceSettings;
  uri: string;
  driver: Driver;
  stop: () => Promise<void>;
}

export const BENCH_PORTS: Record<number, number> = { 1000: 7711, 10000: 7712, 100000: 7713 };

export function instanceName(size: number): string {
  return `bench-${size >= 1000 ? `${size / 1000}k` : String(size)}`;
}

/**
 * Starts the size's instance on an empty data folder (every run measures a fresh import).
 * The 100k instance gets a bigger heap: the project's importer writes the whole seed in one
 * transaction, and 660k relationships of transaction state need ~2.2 GiB, more than the 70%
 * of a 3 GiB heap Neo4j lets transactions use (dbms.memory.transaction.total.max).
 */
export async function startFreshInstance(size: number): Promise<BenchInstance> {
  const big = size >= 100_000;
  const settings = readInstanceSettings({
    NEO4J_INSTANCE: instanceName(size),
    NEO4J_BOLT_PORT: String(BENCH_PORTS[size] ?? 7714),
    NEO4J_HEAP: big ? "6g" : "1g",
    NEO4J_PAGECACHE: big ? "2g" : "512m",
  });
  await stopNeo4j(settings);
  rmSync(instanceDirs(settings.name).data, { recursive: true, force: true });
  const started = await startNeo4j(settings, log);
  log(`Neo4j ${started.neo4j} (${settings.name}) up at ${started.uri}, pid ${started.pid}, heap ${settings.heap}`);
  const uri = boltUri(settings);
  const driver = neo4j.driver(uri, neo4j.auth.basic("neo4j", ""), { disableLosslessIntegers: true });
  return {
    settings,
    uri,
    driver,
    stop: async () => {
      await driver.close();
      await stopNeo4j(settings);
      log(`Neo4j (${settings.name}) stopped`);
    },
  };
}
