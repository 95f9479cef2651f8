/**
 * npm run bench:profile [-- --sizes 1000,10000,100000] [-- --query paths] [-- --fresh] [-- --keep]:
 * PROFILEs every statement each benchmarked query sends, at each size, and ends with one table
 * of db hits per query per size beside the size of each answer. db hits are deterministic (the
 * same data and plan give the same count on any machine, busy or idle), so this is the evidence
 * that a query's cost follows its answer rather than the graph.
 *
 * Each size uses its benchmark instance (bench-1k on 7711, …). An instance without that size's
 * synthetic graph (a fresh checkout, or `--fresh`) is loaded first with the project's importer;
 * otherwise the data `npm run bench` left is profiled as it is. Instances this script started
 * are stopped afterwards unless `--keep`.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { boltUri } from "@rrn/common/neo4j-env";
import { startNeo4j, stopNeo4j } from "@rrn/scripts/neo4j";
import { benchInstanceSettings, loadSyntheticGraph, resourceCount } from "./db/bench-instance.js";
import { log } from "./log.js";
import { answerSize, QUERIES } from "./measure/query-catalogue.js";
import { recordingReader, type RecordedStatement } from "./measure/raw-cypher.js";

interface PlanNode {
  operatorType: string;
  dbHits: number;
  rows: number;
  identifiers: string[];
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

interface QueryProfile {
  dbHits: number;
  statements: number;
  answer: number;
}

function flatten(plan: PlanNode, out: PlanNode[] = []): PlanNode[] {
  out.push(plan);
  for (const c of plan.children) flatten(c, out);
  return out;
}

function argFrom(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

async function profileStatement(driver: Driver, s: RecordedStatement): Promise<number> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const t = performance.now();
    const res = await session.run(`PROFILE ${s.cypher}`, s.params, { timeout: 120_000 });
    const ms = performance.now() - t;
    const profile = res.summary.profile as unknown as PlanNode | false;
    const firstLine = s.cypher.trim().split("\n")[0]!.slice(0, 100);
    if (!profile) {
      log(`    ${firstLine}: no profile`);
      return 0;
    }
    const ops = flatten(profile);
    const total = ops.reduce((n, o) => n + o.dbHits, 0);
    log(`    ${ms.toFixed(1)} ms, ${total} db hits, ${res.records.length} rows — ${firstLine}`);
    for (const o of [...ops].sort((a, b) => b.dbHits - a.dbHits).slice(0, 4)) {
      const details = typeof o.arguments.Details === "string" ? o.arguments.Details.slice(0, 110) : "";
      log(
        `      ${o.operatorType.padEnd(28)} ${String(o.dbHits).padStart(9)} hits ${String(o.rows).padStart(7)} rows  ${details}`,
      );
    }
    return total;
  } finally {
    await session.close();
  }
}

async function profileSize(size: number, only: string | undefined): Promise<Map<string, QueryProfile>> {
  const settings = benchInstanceSettings(size);
  const started = await startNeo4j(settings, log);
  const driver = neo4j.driver(boltUri(settings), neo4j.auth.basic("neo4j", ""), { disableLosslessIntegers: true });
  const out = new Map<string, QueryProfile>();
  try {
    if (process.argv.includes("--fresh") || (await resourceCount(driver)) !== size) {
      await loadSyntheticGraph(driver, size);
    }
    for (const q of QUERIES.filter((x) => !only || x.name === only)) {
      log(`${q.name} at ${size}:`);
      const recorded: RecordedStatement[] = [];
      let answer = Number.NaN;
      try {
        // PROFILE runs on a busy machine too: only a query that never ends should stop here.
        answer = answerSize(await q.direct(recordingReader(driver, recorded, 120_000)));
      } catch (err) {
        log(`  (the query itself failed: ${(err instanceof Error ? err.message : String(err)).split("\n")[0]})`);
      }
      let dbHits = 0;
      for (const s of recorded) dbHits += await profileStatement(driver, s);
      out.set(q.name, { dbHits, statements: recorded.length, answer });
    }
  } finally {
    await driver.close();
    if (!started.alreadyRunning && !process.argv.includes("--keep")) await stopNeo4j(settings);
  }
  return out;
}

const k = (n: number): string => (Number.isFinite(n) ? n.toLocaleString("en-GB") : "n/a");

/** Markdown, so it can go into bench/NOTES.md as it is. */
function table(sizes: number[], bySize: Map<number, Map<string, QueryProfile>>): string {
  const names = [...new Set([...bySize.values()].flatMap((m) => [...m.keys()]))];
  const label = (n: number): string => (n >= 1000 ? `${n / 1000}k` : String(n));
  const head = [
    "query",
    ...sizes.map((s) => `db hits ${label(s)}`),
    ...sizes.map((s) => `answer ${label(s)}`),
    "hits growth",
    "answer growth",
  ];
  const lines = [`| ${head.join(" | ")} |`, `|${head.map((_, i) => (i === 0 ? "---" : "---:")).join("|")}|`];
  for (const name of names) {
    const row = sizes.map((s) => bySize.get(s)?.get(name));
    const first = row[0];
    const last = row.at(-1);
    const growth = (a: number | undefined, b: number | undefined): string =>
      a && b && Number.isFinite(a) && Number.isFinite(b) ? `×${(b / a).toFixed(2)}` : "n/a";
    lines.push(
      `| ${[
        name,
        ...row.map((p) => k(p?.dbHits ?? Number.NaN)),
        ...row.map((p) => k(p?.answer ?? Number.NaN)),
        growth(first?.dbHits, last?.dbHits),
        growth(first?.answer, last?.answer),
      ].join(" | ")} |`,
    );
  }
  return lines.join("\n");
}

async function main(): Promise<void> {
  const sizesArg = argFrom(process.argv, "--sizes") ?? argFrom(process.argv, "--size");
  const sizes = sizesArg ? sizesArg.split(",").map(Number) : [1000, 10_000, 100_000];
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
    console.error(`--sizes takes resource counts, comma-separated (e.g. 1000,10000); got "${sizesArg}"`);
    process.exit(2);
  }
  const only = argFrom(process.argv, "--query");
  const bySize = new Map<number, Map<string, QueryProfile>>();
  for (const size of sizes) {
    bySize.set(size, await profileSize(size, only));
    // After every size, so a size that cannot start still leaves the others' figures.
    const done = sizes.filter((s) => bySize.has(s));
    console.log(`\nPROFILE db hits per query (answer = nodes + edges, or rows, the query returned)\n`);
    console.log(table(done, bySize));
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
