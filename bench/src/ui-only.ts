/**
 * npm run bench:ui [-- --targets 200,1000,5000] [-- --reps 5] [-- --reuse-db] [-- --committed]:
 * the UI part of `npm run bench` alone — app vs bare Cytoscape in headless Chromium, with the
 * phase breakdown — on the 1k synthetic graph. Owns its ports (Neo4j instance `bench-ui` on
 * Bolt 7721, API 4721, bare page 4729; BENCH_UI_BOLT_PORT, _API_PORT and _BARE_PORT move them) so it
 * never meets the full run's 7711–7713/4711–4719.
 * `--reuse-db` keeps the instance's data from a previous run instead of re-importing.
 */
import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import neo4j from "neo4j-driver";
import { boltUri, readInstanceSettings } from "@rrn/common/neo4j-env";
import { startNeo4j, stopNeo4j, instanceDirs } from "@rrn/scripts/neo4j";
import { syntheticSeed } from "./generate/synthetic-seed.js";
import { log } from "./log.js";
import { committedTree, startApiServer, type ApiServer } from "./measure/api-server.js";
import { buildClient } from "./measure/bundle.js";
import { projectImport } from "./measure/import.js";
import { measureUi } from "./measure/ui.js";
import { gql } from "@rrn/testkit/graphql";
import { waitFor } from "@rrn/testkit/poll";

const SIZE = 1000;
// Fixed by default so a run never meets the full run's ports; movable when another tool holds them.
const BOLT_PORT = Number(process.env.BENCH_UI_BOLT_PORT ?? 7721);
const API_PORT = Number(process.env.BENCH_UI_API_PORT ?? 4721);
const BARE_PORT = Number(process.env.BENCH_UI_BARE_PORT ?? 4729);

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const targets = (argValue("--targets") ?? "200,1000,5000").split(",").map(Number);
const repetitions = Number(argValue("--reps") ?? 5);
const reuseDb = process.argv.includes("--reuse-db");
const serverTree = process.argv.includes("--committed") ? committedTree() : undefined;

const settings = readInstanceSettings({
  NEO4J_INSTANCE: "bench-ui",
  NEO4J_BOLT_PORT: String(BOLT_PORT),
  NEO4J_HEAP: "1g",
  NEO4J_PAGECACHE: "512m",
});

async function nodeCount(uri: string): Promise<number> {
  const driver = neo4j.driver(uri, neo4j.auth.basic("neo4j", ""), { disableLosslessIntegers: true });
  try {
    const res = await driver.executeQuery("MATCH (n) RETURN count(n) AS n");
    return res.records[0]?.get("n") as number;
  } finally {
    await driver.close();
  }
}

/** Starts bench-ui (fresh data unless --reuse-db) and imports the 1k synthetic graph if empty. */
async function startDatabase(): Promise<string> {
  if (!reuseDb) {
    await stopNeo4j(settings);
    rmSync(instanceDirs(settings.name).data, { recursive: true, force: true });
  }
  const started = await startNeo4j(settings, log);
  log(`Neo4j ${started.neo4j} (${settings.name}) up at ${started.uri}, pid ${started.pid}`);
  const uri = boltUri(settings);
  if ((await nodeCount(uri)) > 0) {
    log(`Reusing the graph already in ${settings.name}`);
    return uri;
  }
  const seed = syntheticSeed(SIZE);
  log(`Importing ${seed.nodes.length} nodes and ${seed.relationships.length} relationships…`);
  const driver = neo4j.driver(uri, neo4j.auth.basic("neo4j", ""), { disableLosslessIntegers: true });
  try {
    const t = await projectImport(driver, seed);
    log(`  ${t.seconds.toFixed(1)} s`);
  } finally {
    await driver.close();
  }
  return uri;
}

/**
 * A freshly started Neo4j plans every statement cold, and the first overview can outlast the
 * API's query budget: ask until it answers (the full run has measured the queries by now).
 */
async function warmUp(api: string): Promise<void> {
  await waitFor(
    "the API's overview to answer",
    async () => {
      const body = await gql(api, "{ graph(limit: 1000) { total } }");
      if (body.status === 200 && !body.body.errors?.length) return true;
      const why = body.body.errors?.[0]?.message ?? `HTTP ${body.status}`;
      log(`  warm-up: ${why}; asking again`);
      throw new Error(why);
    },
    { timeoutMs: 180_000, intervalMs: 0 },
  );
}

async function main(): Promise<void> {
  const dist = path.join(os.tmpdir(), "rrn-bench", "client-test-ui");
  // The UI run needs window.cy to see the layout finish: only non-production builds expose it.
  buildClient(dist, "test");
  let api: ApiServer | undefined;
  try {
    const uri = await startDatabase();
    api = await startApiServer(uri, API_PORT, dist, serverTree);
    await warmUp(api.url);
    log(`UI: app vs bare Cytoscape in headless Chromium (targets ${targets.join(", ")}, ${repetitions} reps)…`);
    const results = await measureUi(api.url, targets, repetitions, BARE_PORT);
    console.log(JSON.stringify(results, null, 2));
  } finally {
    await api?.stop();
    await stopNeo4j(settings);
    log(`Neo4j (${settings.name}) stopped`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
