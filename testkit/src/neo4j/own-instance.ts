import type { Driver } from "neo4j-driver";
import { importSeed, loadSeed, openDriver } from "@rrn/graph-seed";
import { readConnectionSettings, boltUri, readInstanceSettings } from "@rrn/common/neo4j-env";
import { killNeo4j, runningPid, startNeo4j, stopNeo4j } from "@rrn/scripts/neo4j";

/** A local Neo4j instance of a tool's own (killed, wiped and restarted at will), and what it does. */
export interface OwnInstance {
  name: string;
  uri: string;
  /** The NEO4J_* variables that choose it, for `npm run db:*` and `npm run seed`. */
  env: Record<string, string>;
  /** Starts it (a no-op when it runs); true when this call started it. */
  start: () => Promise<boolean>;
  /** A clean shutdown (SIGTERM, waited for). */
  stop: () => Promise<void>;
  /** A crash: SIGKILL, no chance to flush or close connections. */
  kill: () => void;
  running: () => boolean;
  /** A driver of the caller's own (not the app's), connected already. */
  openDriver: () => Promise<Driver>;
}

export function ownInstance(
  env: { NEO4J_INSTANCE: string; NEO4J_BOLT_PORT: string; NEO4J_HEAP?: string; NEO4J_PAGECACHE?: string },
  log: (line: string) => void,
): OwnInstance {
  const full = { NEO4J_HEAP: "512m", NEO4J_PAGECACHE: "256m", ...env };
  const settings = readInstanceSettings(full);
  const uri = boltUri(settings);
  return {
    name: settings.name,
    uri,
    env: full,
    start: async () => !(await startNeo4j(settings, log)).alreadyRunning,
    stop: async () => {
      await stopNeo4j(settings);
    },
    kill: () => {
      if (!killNeo4j(settings)) throw new Error(`Neo4j (${settings.name}) was not running, so it could not be killed`);
    },
    running: () => runningPid(settings) !== undefined,
    openDriver: () => openDriver({ ...readConnectionSettings({}), uri }),
  };
}

/** Empties the database and imports the seed: the "clean seed" every scenario starts from. */
export async function resetToCleanSeed(driver: Driver, log: (line: string) => void = console.log): Promise<void> {
  await driver.executeQuery("MATCH (n) DETACH DELETE n");
  const summary = await importSeed(driver, await loadSeed());
  log(`clean seed: ${summary.totals.nodes.total} nodes, ${summary.totals.relationships.total} relationships`);
}
