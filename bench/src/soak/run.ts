import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { repoRoot } from "@rrn/testkit/paths";
import { wholeNumberOptions } from "../cli-args.js";
import { log } from "../log.js";
import { round } from "../stats.js";
import { memoryFigures, type MemorySample } from "./memory.js";
import { queryMix, startLoad, untilEveryViewAnswers } from "@rrn/testkit/load";
import { ownInstance, resetToCleanSeed } from "@rrn/testkit/neo4j";
import { startServerProcess } from "@rrn/testkit/server";

/**
 * `npm run soak -- --clients 200 --minutes 10`: the explorer's query mix, as the browser sends
 * it (testkit/src/load/explorer-requests.ts), from that many clients at once against a
 * production-mode server on the seed graph, in a Neo4j instance of its own (`soak`, Bolt 7717
 * or NEO4J_SOAK_BOLT_PORT). The server's memory is sampled every second from inside its
 * process. Writes bench/results/soak.json. Targets: 0 failed, p99 within 1 s, and no heap
 * growth beyond noise after the first minute.
 */
const option = wholeNumberOptions({
  clients: { default: 200, min: 1, max: 5000 },
  minutes: { default: 10, min: 1, max: 24 * 60 },
});
const clients = option("clients") ?? 200;
const seconds = (option("minutes") ?? 10) * 60;

const instance = ownInstance(
  { NEO4J_INSTANCE: "soak", NEO4J_BOLT_PORT: process.env.NEO4J_SOAK_BOLT_PORT ?? "7717", NEO4J_HEAP: "1g" },
  (line) => log(`[neo4j soak] ${line}`),
);

async function main(): Promise<number> {
  log(`Soak: ${clients} clients × the explorer's ${queryMix.length} queries for ${seconds / 60} min`);
  const startedDb = await instance.start();
  const driver = await instance.openDriver();
  const samples: MemorySample[] = [];
  try {
    await resetToCleanSeed(driver, log);
  } finally {
    await driver.close();
  }
  const server = await startServerProcess(
    { NODE_ENV: "production", NEO4J_URI: instance.uri, LOG_LEVEL: "warn" },
    { preload: pathToFileURL(path.join(import.meta.dirname, "memory-sampler.ts")).href },
  );
  server.child.on("message", (m: unknown) => {
    if (isSample(m)) samples.push({ at: m.at, rssMb: m.rss / 2 ** 20, heapMb: m.heapUsed / 2 ** 20 });
  });
  try {
    await untilEveryViewAnswers(server.url, 120_000);
    const loadStarted = Date.now();
    const load = startLoad({ url: server.url, mix: queryMix, connections: clients, durationS: seconds, timeoutS: 30 });
    const progress = setInterval(() => {
      const elapsed = (Date.now() - loadStarted) / 1000;
      const failed = load.outcomes.filter((o) => !o.ok).length;
      const last = samples.at(-1);
      log(
        `${elapsed.toFixed(0)}/${seconds} s: ${load.outcomes.length} answers (${(load.outcomes.length / elapsed).toFixed(0)}/s), ` +
          `${failed} failed; server rss ${last ? last.rssMb.toFixed(0) : "?"} MB, heap ${last ? last.heapMb.toFixed(0) : "?"} MB`,
      );
    }, 10_000);
    const f = await load.done.finally(() => clearInterval(progress));
    const memory = memoryFigures(samples, loadStarted, seconds);
    const figures = {
      clients,
      seconds: Math.round(f.durationS),
      requests: f.requests,
      failed: f.failed + f.socketErrors + f.timeouts,
      p50Ms: f.p50Ms,
      p99Ms: f.p99Ms,
      rssStartMb: memory.rssStartMb,
      rssEndMb: memory.rssEndMb,
      heapSlopeMbPerMin: memory.heapSlopeMbPerMin,
      // Beyond the headline: throughput, the tail, heap at either end, what failed and how.
      rps: f.rps,
      maxMs: f.maxMs,
      heapStartMb: memory.heapStartMb,
      heapEndMb: memory.heapEndMb,
      slopeFittedFromSecond: memory.fittedFromS,
      memorySamples: samples.length,
      byOutcome: f.byOutcome,
      ...(f.failed > 0 ? { failuresByQuery: f.failuresByQuery } : {}),
    };
    const file = path.join(repoRoot, "bench/results/soak.json");
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(figures, null, 2)}\n`);
    log(`Wrote ${path.relative(repoRoot, file)}`);
    log(
      `${f.requests} requests, ${figures.failed} failed, p50 ${f.p50Ms} ms, p99 ${f.p99Ms} ms; ` +
        `rss ${memory.rssStartMb} → ${memory.rssEndMb} MB, heap slope ${round(memory.heapSlopeMbPerMin)} MB/min`,
    );
    return figures.failed === 0 ? 0 : 1;
  } finally {
    await server.stop();
    if (startedDb) await instance.stop();
  }
}

function isSample(m: unknown): m is { kind: "memory"; at: number; rss: number; heapUsed: number } {
  return typeof m === "object" && m !== null && "kind" in m && m.kind === "memory";
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : err);
    process.exit(1);
  },
);
