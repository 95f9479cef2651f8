/**
 * npm run bench [-- --quick]: synthetic graphs at 1k/10k/100k resources (1k only with --quick),
 * each in its own Neo4j instance, measured side by side against their floors; writes
 * bench/results/latest.json (+ a dated copy) and latest.md. Never part of npm test.
 * `-- --sizes 1000000` adds the million-resource step (never in the default run; see docs/performance.md
 * for the memory, disk and time it needs).
 */
import v8 from "node:v8";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { BULK_LOAD_FROM, startFreshInstance, type BenchInstance } from "./db/bench-instance.js";
import { bulkLoad } from "./db/bulk-load.js";
import { syntheticSeed } from "./generate/synthetic-seed.js";
import { log } from "./log.js";
import { committedTree, startApiServer, type ApiServer } from "./measure/api-server.js";
import { buildClient, measureBundle } from "./measure/bundle.js";
import { compareImports, projectImport } from "./measure/import.js";
import { measureLoad } from "./measure/load.js";
import { measureQueries } from "./measure/queries.js";
import { measureUi } from "./measure/ui.js";
import { toMarkdown } from "./report/markdown.js";
import { readNotes } from "./report/notes.js";
import { toReportJson, type RunData } from "./report/results.js";
import { benchRead, DEFAULT_READ_OPTIONS } from "./read-section.js";

const benchDir = path.resolve(import.meta.dirname, "..");
const resultsDir = path.join(benchDir, "results");
const buildDir = path.join(os.tmpdir(), "rrn-bench");

const API_PORTS_BY_SIZE: Record<number, number> = { 1000: 4711, 10000: 4712, 100000: 4713, 1_000_000: 4714 };
const quick = process.argv.includes("--quick");
const serverTree = process.argv.includes("--committed") ? committedTree() : undefined;
// --sizes 10000,100000: only those sizes (to look into one size; the report then covers only them).
const sizesArg = process.argv[process.argv.indexOf("--sizes") + 1];
const sizes =
  process.argv.includes("--sizes") && sizesArg
    ? sizesArg.split(",").map(Number)
    : quick
      ? [1000]
      : [1000, 10_000, 100_000];
if (sizes.some((n) => !(n in API_PORTS_BY_SIZE))) {
  console.error(`--sizes takes 1000, 10000, 100000 and/or 1000000, comma-separated; got "${sizesArg}"`);
  process.exit(2);
}
// The million-resource graph is built in memory first: about 5 GiB of JavaScript objects.
const HEAP_FOR_A_MILLION = 7 * 2 ** 30;
if (sizes.some((n) => n >= BULK_LOAD_FROM) && v8.getHeapStatistics().heap_size_limit < HEAP_FOR_A_MILLION) {
  console.error(
    `--sizes ${BULK_LOAD_FROM} builds its graph in memory and needs a bigger Node heap: ` +
      `NODE_OPTIONS=--max-old-space-size=8192 npm run bench -- --sizes ${sizesArg ?? BULK_LOAD_FROM}`,
  );
  process.exit(2);
}
/** Import is compared at this size (never 100k: there the baseline alone would take ~10 min on 2 cores). */
const importCompareSize = [10_000, 1000].find((n) => sizes.includes(n));
const uiSize = 1000;
const loadSize = Math.max(...sizes);
const BARE_PORT = 4719;

const loadAvg = (): number[] => os.loadavg().map((x) => Math.round(x * 100) / 100);

/**
 * Generates the size's graph and writes it into the fresh instance, recording counts and import
 * timing. Its own function so the generated seed (gigabytes at a million) can be collected
 * before the queries run.
 */
async function loadGraph(db: BenchInstance, size: number, run: RunData): Promise<void> {
  const t = performance.now();
  const seed = syntheticSeed(size);
  log(
    `Generated ${seed.nodes.length} nodes and ${seed.relationships.length} relationships in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );
  let importTiming;
  if (size >= BULK_LOAD_FROM) {
    log(`Bulk load (the importer's one transaction would not fit): ${seed.relationships.length} relationships…`);
    importTiming = await bulkLoad(db.driver, seed);
    log(`  ${importTiming.seconds.toFixed(1)} s, ${Math.round(importTiming.relsPerSec)} rels/s`);
  } else if (size === importCompareSize) {
    const cmp = await compareImports(db.driver, seed, size);
    run.imports.push(cmp);
    importTiming = cmp.project;
  } else {
    log(`Import with the project's importer: ${seed.relationships.length} relationships…`);
    importTiming = await projectImport(db.driver, seed);
    log(`  ${importTiming.seconds.toFixed(1)} s, ${Math.round(importTiming.relsPerSec)} rels/s`);
  }
  run.counts[String(size)] = {
    nodes: seed.nodes.length,
    relationships: seed.relationships.length,
    importSec: importTiming.seconds,
    relsPerSec: importTiming.relsPerSec,
  };
}

async function benchSize(size: number, run: RunData, testClientDist: string): Promise<void> {
  log(`=== ${size} resources ===`);
  let db: BenchInstance | undefined;
  let api: ApiServer | undefined;
  try {
    db = await startFreshInstance(size);
    await loadGraph(db, size, run);
    // Queries and load measure what each query costs to answer (scale issue), so the server's
    // response cache is off: with it, every repeat would be a memory read, not the query.
    api = await startApiServer(db.uri, API_PORTS_BY_SIZE[size] ?? 4714, testClientDist, serverTree, {
      RESPONSE_CACHE_MAX_BYTES: "0",
    });
    log(`Queries: GraphQL over HTTP (response cache off) vs raw Cypher, alternating…`);
    run.queries.push(
      ...(await measureQueries(api.url, db.driver, size, {
        warmUp: 5,
        repetitions: quick ? 40 : size >= 100_000 ? 20 : 30,
        budgetMs: size >= 100_000 ? 20_000 : 12_000,
      })),
    );
    if (size === loadSize) {
      log(`Load: neighbourhood at 1, 10 and 50 connections (response cache off)…`);
      run.load = await measureLoad(api.url, [1, 10, 50], quick ? 5 : 10);
    }
    if (size === uiSize) {
      // The UI is measured as visitors meet it: the server as deployed, response cache on.
      await api.stop();
      api = await startApiServer(db.uri, API_PORTS_BY_SIZE[size] ?? 4714, testClientDist, serverTree);
      log(`UI: app vs bare Cytoscape in headless Chromium…`);
      run.ui = await measureUi(api.url, [200, 1000, 5000], quick ? 3 : 5, BARE_PORT);
    }
  } finally {
    await api?.stop();
    await db?.stop();
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const date = new Date().toISOString();
  const run: RunData = {
    date,
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`,
    mode: quick ? "quick" : sizes.length < 3 ? "partial" : "full",
    sizes,
    loadAverage: { start: loadAvg(), end: [] },
    durationSec: 0,
    queries: [],
    imports: [],
    loadSize,
    ui: [],
    uiSize,
    load: [],
    bundle: { initialGzipBytes: 0, initial: {}, chunks: {} },
    counts: {},
  };
  log(`${run.mode} run: sizes ${sizes.join(", ")}; load average ${run.loadAverage.start.join(" ")}`);
  const prodDist = path.join(buildDir, "client-production");
  const testDist = path.join(buildDir, "client-test");
  buildClient(prodDist, "production");
  run.bundle = measureBundle(prodDist);
  // The UI run needs window.cy to see the layout finish: only non-production builds expose it.
  buildClient(testDist, "test");
  for (const size of sizes) await benchSize(size, run, testDist);
  // The read path on the real seed graph (production build: what a visitor downloads).
  try {
    run.read = await benchRead({
      ...DEFAULT_READ_OPTIONS,
      clientDist: prodDist,
      ...(serverTree ? { serverTree } : {}),
    });
  } catch (err) {
    log(`Read section FAILED: ${err instanceof Error ? err.message : String(err)}`);
  }

  run.loadAverage.end = loadAvg();
  run.durationSec = Math.round((performance.now() - started) / 1000);
  mkdirSync(resultsDir, { recursive: true });
  const json = `${JSON.stringify(toReportJson(run), null, 2)}\n`;
  const dated = path.join(resultsDir, `${date.slice(0, 19).replace(/:/g, "-")}-${run.mode}`);
  writeFileSync(`${dated}.json`, json);
  // A partial run (--sizes) cannot answer the growth targets: it never replaces latest.*.
  if (run.mode === "partial") {
    writeFileSync(`${dated}.md`, toMarkdown(run, readNotes()));
  } else {
    writeFileSync(path.join(resultsDir, "latest.json"), json);
    writeFileSync(path.join(resultsDir, "latest.md"), toMarkdown(run, readNotes()));
  }
  log(
    run.mode === "partial"
      ? `Wrote ${path.relative(process.cwd(), dated)}.json and .md in ${run.durationSec} s`
      : `Wrote bench/results/latest.json, latest.md and a dated copy in ${run.durationSec} s`,
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
