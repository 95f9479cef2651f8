import { rmSync } from "node:fs";
import neo4j, { type Driver } from "neo4j-driver";
import { boltUri, readInstanceSettings, type InstanceSettings } from "@rrn/common/neo4j-env";
import { startNeo4j, stopNeo4j, instanceDirs } from "@rrn/scripts/neo4j";
import { syntheticSeed } from "../generate/synthetic-seed.js";
import { log } from "../log.js";
import { projectImport } from "../measure/import.js";
import { bulkLoad } from "./bulk-load.js";

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

export const BENCH_PORTS: Record<number, number> = { 1000: 7711, 10000: 7712, 100000: 7713, 1_000_000: 7714 };

/** From this size on the graph is bulk-loaded: the importer's one transaction would not fit. */
export const BULK_LOAD_FROM = 1_000_000;

export function instanceName(size: number): string {
  if (size >= 1_000_000 && size % 1_000_000 === 0) return `bench-${size / 1_000_000}m`;
  return `bench-${size >= 1000 ? `${size / 1000}k` : String(size)}`;
}

/**
 * Heap and page cache per size. 100k needs a 6 GiB heap: the project's importer writes the whole
 * seed in one transaction, and 660k relationships of transaction state need ~2.2 GiB, more than
 * the 70% of a 3 GiB heap Neo4j lets transactions use (dbms.memory.transaction.total.max).
 * A million is bulk-loaded in batches (./bulk-load.ts), so its heap only serves queries, and its
 * page cache holds most of its ~7 GiB store.
 */
export function benchInstanceSettings(size: number): InstanceSettings {
  const memory = size >= BULK_LOAD_FROM ? ["4g", "6g"] : size >= 100_000 ? ["6g", "2g"] : ["1g", "512m"];
  return readInstanceSettings({
    NEO4J_INSTANCE: instanceName(size),
    NEO4J_BOLT_PORT: String(BENCH_PORTS[size] ?? 7715),
    NEO4J_HEAP: memory[0],
    NEO4J_PAGECACHE: memory[1],
  });
}

/** Starts the size's instance on an empty data folder (every run measures a fresh import). */
export async function startFreshInstance(size: number): Promise<BenchInstance> {
  const settings = benchInstanceSettings(size);
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

/** How many resources the instance holds (to tell whether it has this size's benchmark graph). */
export async function resourceCount(driver: Driver): Promise<number> {
  const res = await driver.executeQuery(`MATCH (r:Resource) RETURN count(r) AS n`);
  const n: unknown = res.records[0]?.get("n");
  return typeof n === "number" ? n : 0;
}

/** Generates the size's synthetic graph and imports it (bulk-loaded from BULK_LOAD_FROM). */
export async function loadSyntheticGraph(driver: Driver, size: number): Promise<void> {
  const seed = syntheticSeed(size);
  log(
    `Loading the ${size}-resource synthetic graph: ${seed.nodes.length} nodes, ${seed.relationships.length} relationships…`,
  );
  const timing = size >= BULK_LOAD_FROM ? await bulkLoad(driver, seed) : await projectImport(driver, seed);
  log(`  imported in ${timing.seconds.toFixed(1)} s`);
}
