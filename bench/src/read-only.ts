/**
 * npm run bench:read [-- --seconds 20] [-- --connections 50] [-- --reps 60] [-- --views overview,node]
 * [-- --no-lighthouse] [-- --bolt-port 7715] [-- --api-port 4715] [-- --committed]
 * [-- --pages /,/coverage | --no-pages] [-- --page-seconds 10] [-- --write]: the read section of
 * `npm run bench` alone (warm overview vs static bytes, the pages warm vs their bytes, cold
 * overview vs raw driver, Lighthouse), printed as JSON; with --write also kept as
 * bench/results/<time>-read.json. Small settings smoke-test it.
 */
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { committedTree } from "./measure/api-server.js";
import { buildClient } from "./measure/bundle.js";
import { BENCH_PAGES } from "./measure/pages.js";
import { LIGHTHOUSE_VIEWS } from "./measure/read.js";
import { benchRead, DEFAULT_READ_OPTIONS } from "./read-section.js";

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const numberArg = (name: string, fallback: number) => Number(argValue(name) ?? fallback);

const views = argValue("--views");
const lighthouseViews = process.argv.includes("--no-lighthouse")
  ? {}
  : views
    ? Object.fromEntries(views.split(",").map((v) => [v, LIGHTHOUSE_VIEWS[v] ?? v]))
    : LIGHTHOUSE_VIEWS;

async function main(): Promise<void> {
  const clientDist = path.join(os.tmpdir(), "rrn-bench", "client-read");
  buildClient(clientDist, "production");
  const result = await benchRead({
    ...DEFAULT_READ_OPTIONS,
    clientDist,
    boltPort: numberArg("--bolt-port", DEFAULT_READ_OPTIONS.boltPort),
    apiPort: numberArg("--api-port", DEFAULT_READ_OPTIONS.apiPort),
    connections: numberArg("--connections", DEFAULT_READ_OPTIONS.connections),
    seconds: numberArg("--seconds", DEFAULT_READ_OPTIONS.seconds),
    coldRepetitions: numberArg("--reps", DEFAULT_READ_OPTIONS.coldRepetitions),
    lighthouseViews,
    pages: process.argv.includes("--no-pages") ? [] : (argValue("--pages")?.split(",") ?? BENCH_PAGES),
    pageSeconds: numberArg("--page-seconds", DEFAULT_READ_OPTIONS.pageSeconds),
    ...(process.argv.includes("--committed") ? { serverTree: committedTree() } : {}),
  });
  const text = JSON.stringify(result, null, 2);
  console.log(text);
  if (process.argv.includes("--write")) {
    const stamp = new Date().toISOString().slice(0, 19).replace(/:/g, "-");
    const file = path.join(import.meta.dirname, "..", "results", `${stamp}-read.json`);
    writeFileSync(file, `${text}\n`);
    console.error(`written: ${path.relative(process.cwd(), file)}`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
