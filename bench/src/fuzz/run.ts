import { randomInt } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "@rrn/testkit/paths";
import { wholeNumberOptions } from "../cli-args.js";
import { log } from "../log.js";
import { graphIds, loadSchema, logCause, requestBody, runFuzz, SLOW_MS, writeCorpusCases } from "@rrn/testkit/fuzz";
import { untilEveryViewAnswers } from "@rrn/testkit/load";
import { graphChecksum, ownInstance, resetToCleanSeed } from "@rrn/testkit/neo4j";
import { startServerProcess } from "@rrn/testkit/server";

/**
 * `npm run fuzz -- --operations 10000 [--seed S]`: schema-aware fuzzing of a production-mode
 * server on the seed graph, in a Neo4j instance of its own (`fuzz`, Bolt 7716 or
 * NEO4J_FUZZ_BOLT_PORT), wiped and seeded at the start. Writes bench/results/fuzz.json; every
 * kind of failure found is minimised and saved as a hostile-corpus case in
 * tests/resilience/hostile/fuzz-seed-S.yaml. The same seed sends the same operations.
 */
const option = wholeNumberOptions({
  operations: { default: 10_000, min: 1, max: 10_000_000 },
  seed: { min: 0, max: 2 ** 31 - 1 },
});
const operations = option("operations") ?? 10_000;
const seed = option("seed") ?? randomInt(2 ** 31 - 1);

const instance = ownInstance(
  { NEO4J_INSTANCE: "fuzz", NEO4J_BOLT_PORT: process.env.NEO4J_FUZZ_BOLT_PORT ?? "7716" },
  (line) => log(`[neo4j ${"fuzz"}] ${line}`),
);

async function main(): Promise<number> {
  log(`Fuzzing with ${operations} operations, seed ${seed} (repeat with --seed ${seed})`);
  const startedDb = await instance.start();
  const driver = await instance.openDriver();
  const server = await (async () => {
    await resetToCleanSeed(driver, log);
    return startServerProcess({ NODE_ENV: "production", NEO4J_URI: instance.uri, LOG_LEVEL: "warn" });
  })();
  try {
    const before = await graphChecksum(driver);
    const [schema, ids] = await Promise.all([loadSchema(), graphIds(driver)]);
    // Plans made first, as on a server that has been up a while: a statement's first planning is
    await untilEveryViewAnswers(server.url, 120_000);
    log(`Production server at ${server.url}; ${ids.length} node ids; graph ${before.sha256.slice(0, 12)}…`);
    const started = Date.now();
    const result = await runFuzz({
      url: server.url,
      schema,
      ids,
      operations,
      seed,
      // A benchmark judges speed too: an answer over the limit is a failure here, not in the tests.
      slowMs: SLOW_MS,
      maxShrunk: 10,
      shrinkBudgetMs: 60_000,
      progressEvery: Math.max(100, Math.round(operations / 20)),
      causeOf: (requestId) => logCause(server.logs, requestId),
      onProgress: (done, s) => {
        const rate = done / ((Date.now() - started) / 1000);
        log(
          `${done}/${operations} (${rate.toFixed(1)}/s): server errors ${s.serverErrors}, slow ${s.slow}, ` +
            `leaks ${s.leaks}, slowest ${s.slowestMs} ms`,
        );
      },
      onFailure: (f) => log(`FAILED operation ${f.index}: ${f.fault}, HTTP ${f.status}, ${f.ms} ms ${f.cause ?? ""}`),
    });
    const after = await graphChecksum(driver);
    const checksumUnchanged = after.sha256 === before.sha256;
    const corpusFile = writeCorpusCases(result.failures, seed);

    const figures = {
      operations: result.operations,
      serverErrors: result.serverErrors,
      slowestMs: result.slowestMs,
      leaks: result.leaks,
      checksumUnchanged,
      seed,
      // Beyond the headline: answers over the limit, failed readiness checks, and what came back.
      slow: result.slow,
      slowOnce: result.slowOnce,
      notReady: result.notReady,
      seconds: Math.round((Date.now() - started) / 1000),
      outcomes: result.outcomes,
      failures: result.failures
        .filter((f) => f.minimal)
        .map((f) => ({ index: f.index, fault: f.fault, cause: f.cause, minimal: requestBody(f.minimal!) })),
    };
    const file = path.join(repoRoot, "bench/results/fuzz.json");
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(figures, null, 2)}\n`);
    log(`Wrote ${path.relative(repoRoot, file)}`);
    if (corpusFile) log(`Minimised failures saved as hostile-corpus cases in ${path.relative(repoRoot, corpusFile)}`);
    log(
      `${result.operations} operations: ${result.serverErrors} server errors, ${result.slow} over 5 s ` +
        `(slowest ${result.slowestMs} ms), ${result.leaks} leaks, ${result.notReady} failed readiness checks, ` +
        `graph ${checksumUnchanged ? "unchanged" : "CHANGED"}`,
    );
    const clean = result.failures.length === 0 && result.notReady === 0 && checksumUnchanged;
    return clean ? 0 : 1;
  } finally {
    await server.stop();
    await driver.close();
    if (startedDb) await instance.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : err);
    process.exit(1);
  },
);
