/**
 * npm run bench:profile [-- --size 1000|10000|100000] [-- --query paths]: PROFILEs every
 * statement each benchmarked query sends, against the data a previous `npm run bench` left in
 * that size's instance (started here if needed, stopped afterwards). Prints db hits, rows and the
 * plan's costliest operators — where a slow query spends its time, and whether it uses indexes.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { boltUri, readInstanceSettings } from "@rrn/common/neo4j-env";
import { startNeo4j, stopNeo4j } from "@rrn/scripts/neo4j";
import { BENCH_PORTS, instanceName } from "./db/bench-instance.js";
import { log } from "./log.js";
import { QUERIES } from "./measure/query-catalogue.js";
import { recordingReader, type RecordedStatement } from "./measure/raw-cypher.js";

interface PlanNode {
  operatorType: string;
  dbHits: number;
  rows: number;
  identifiers: string[];
  arguments: Record<string, unknown>;
  children: PlanNode[];
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

async function profileStatement(driver: Driver, s: RecordedStatement): Promise<void> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const t = performance.now();
    const res = await session.run(`PROFILE ${s.cypher}`, s.params, { timeout: 60_000 });
    const ms = performance.now() - t;
    const profile = res.summary.profile as unknown as PlanNode | false;
    const firstLine = s.cypher.trim().split("\n")[0]!.slice(0, 100);
    if (!profile) {
      log(`    ${firstLine}: no profile`);
      return;
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
  } finally {
    await session.close();
  }
}

async function main(): Promise<void> {
  const size = Number(argFrom(process.argv, "--size") ?? 1000);
  const only = argFrom(process.argv, "--query");
  const settings = readInstanceSettings({
    NEO4J_INSTANCE: instanceName(size),
    NEO4J_BOLT_PORT: String(BENCH_PORTS[size] ?? 7714),
    NEO4J_HEAP: size >= 100_000 ? "6g" : "1g",
    NEO4J_PAGECACHE: size >= 100_000 ? "2g" : "512m",
  });
  await startNeo4j(settings, log);
  const driver = neo4j.driver(boltUri(settings), neo4j.auth.basic("neo4j", ""), { disableLosslessIntegers: true });
  try {
    for (const q of QUERIES.filter((x) => !only || x.name === only)) {
      log(`${q.name}:`);
      const recorded: RecordedStatement[] = [];
      try {
        await q.direct(recordingReader(driver, recorded));
      } catch (err) {
        log(`  (the query itself failed: ${(err instanceof Error ? err.message : String(err)).split("\n")[0]})`);
      }
      for (const s of recorded) await profileStatement(driver, s);
    }
  } finally {
    await driver.close();
    if (!process.argv.includes("--keep")) await stopNeo4j(settings);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
