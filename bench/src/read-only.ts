/**
 * npm run bench:read [-- --seconds 20] [-- --connections 50] [-- --reps 60] [-- --views overview,node]
 * [-- --no-lighthouse] [-- --bolt-port 7715] [-- --api-port 4715] [-- --committed]: the read section of
 * `npm run bench` alone (warm overview vs static bytes, cold overview vs raw driver, Lighthouse),
 * printed as JSON; nothing is written to bench/results. Small settings smoke-test it.
 */
import os from "node:os";
import path from "node:path";
import { committedTree } from "./measure/api-server.js";
import { buildClient } from "./measure/bundle.js";
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
    ...(process.argv.includes("--committed") ? { serverTree: committedTree() } : {}),
  });
  console.log(JSON.stringify(result, null, 2));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
