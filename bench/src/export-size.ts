/**
 * `npm run bench:export [-- --size 10000] [--write]`: `export:site`'s time and size on the
 * synthetic graph of `--size` resources (default 10,000), in its own Neo4j instance (bench-10k on
 * 7712, as the full run's), loaded fresh. Needs the client built (`npm run build`). Prints JSON;
 * `--write` keeps it as bench/results/<date>-export-<size>.json.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { exportSite } from "@rrn/server";
import { repoRoot } from "@rrn/testkit/paths";
import { loadSyntheticGraph, startFreshInstance } from "./db/bench-instance.js";
import { log } from "./log.js";

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const size = Number(argValue("--size") ?? 10_000);
  if (!Number.isInteger(size) || size <= 0) throw new Error(`--size must be a positive whole number`);
  const instance = await startFreshInstance(size);
  const out = mkdtempSync(path.join(os.tmpdir(), "rrn-export-bench-"));
  try {
    await loadSyntheticGraph(instance.driver, size);
    const nodes = await instance.driver.executeQuery("MATCH (n) RETURN count(n) AS n");
    log(`Exporting the ${size}-resource graph (${String(nodes.records[0]?.get("n"))} nodes)…`);
    const load = os.loadavg().map((l) => Math.round(l * 100) / 100);
    const started = performance.now();
    let lastShown = 0;
    const result = await exportSite({
      outDir: path.join(out, "site"),
      env: { ...process.env, NEO4J_URI: instance.uri, NEO4J_USER: "neo4j", NEO4J_PASSWORD: "" },
      progress: (message: string) => {
        // Every tenth of a minute at most: a big export reports thousands of pages.
        if (performance.now() - lastShown > 6000) {
          lastShown = performance.now();
          log(`  ${message}`);
        }
      },
    });
    const seconds = Math.round((performance.now() - started) / 100) / 10;
    const report = {
      date: new Date().toISOString(),
      size,
      seconds,
      pages: result.pages,
      files: result.files,
      megabytes: Math.round(result.bytes / 100_000) / 10,
      loadAverage: { start: load, end: os.loadavg().map((l) => Math.round(l * 100) / 100) },
      cpus: os.cpus().length,
    };
    console.log(JSON.stringify(report, null, 2));
    if (process.argv.includes("--write")) {
      const stamp = report.date.replace(/:/g, "-").replace(/\..*$/, "");
      const file = path.join(repoRoot, "bench", "results", `${stamp}-export-${size}.json`);
      writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
      log(`written ${path.relative(repoRoot, file)}`);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
    await instance.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
