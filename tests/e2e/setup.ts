/**
 * Second global setup of the e2e project (after tests/support/global-setup.ts has the seeded
 * Neo4j up): builds the client in test mode when its sources changed — test mode keeps
 * window.cy, production drops it — then starts the real API server as a child process serving
 * that build, exactly as `npm run serve` does. Stopped again in teardown.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, statSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    /** The API's curator token secret, made up per run, so curation tests can mint tokens. */
    curatorSecret: string;
  }
}

const repoRoot = path.resolve(import.meta.dirname, "../..");
export const e2eClientDist = path.join(repoRoot, "tests/artifacts/client-dist");
const bin = (name: string): string => path.join(repoRoot, "node_modules/.bin", name);

let server: ChildProcess | undefined;

function newestMtime(target: string): number {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(target)) {
    if (entry === "node_modules" || entry === "dist") continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

function clientBuildIsStale(): boolean {
  const index = path.join(e2eClientDist, "index.html");
  if (!existsSync(index)) return true;
  const inputs = ["client/src", "client/index.html", "client/public", "client/vite.config.ts", "client/package.json"];
  const newestInput = Math.max(
    ...inputs
      .map((p) => path.join(repoRoot, p))
      .filter(existsSync)
      .map(newestMtime),
  );
  return newestInput > statSync(index).mtimeMs;
}

function buildClient(): void {
  if (!clientBuildIsStale()) return;
  console.log("[e2e] building the client (vite build --mode test)");
  const res = spawnSync(bin("vite"), ["build", "--mode", "test", "--outDir", e2eClientDist, "--emptyOutDir"], {
    cwd: path.join(repoRoot, "client"),
    stdio: ["ignore", "inherit", "inherit"],
    env: process.env,
  });
  if (res.status !== 0) throw new Error(`client build failed (exit ${res.status ?? "signal"})`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      const port = typeof address === "object" && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

async function waitUntilReady(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = "no answer yet";
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`API server exited with ${child.exitCode} before it was ready`);
    try {
      const res = await fetch(`${url}/ready`);
      if (res.ok) return;
      last = `${res.status} ${await res.text()}`;
    } catch (err) {
      last = err instanceof Error ? err.message : String(err);
    }
    // Polling a condition (readiness), not waiting a fixed time for it.
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`API server at ${url} not ready after ${timeoutMs} ms: ${last}`);
}

/**
 * The first queries on a freshly started Neo4j compile their plans and fill caches, and can
 * outlast the API's query timeout on a busy two-core machine. The first views' queries, sent
 * up front and retried until they answer, keep that cost out of the first test.
 */
async function warmUp(url: string, timeoutMs: number): Promise<void> {
  const query =
    '{ graph(limit: 500) { nodes { id } edges { id } } search(query: "restraint") { id } coverage { cells { count } } ' +
    // The timeline's resources-only graph and the insights' statistics are statements of their own.
    "timeline: graph(filter: { types: [RESOURCE] }, limit: 1000) { nodes { id } } " +
    "insights(split: KIND, rankBy: DEGREE) { resourceCount } }";
  const deadline = Date.now() + timeoutMs;
  let last = "";
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query }),
      });
      const body = (await res.json()) as { errors?: { message: string }[] };
      if (res.ok && !body.errors?.length) return;
      last = body.errors?.map((e) => e.message).join("; ") ?? `HTTP ${res.status}`;
    } catch (err) {
      last = err instanceof Error ? err.message : String(err);
    }
  }
  console.warn(`[e2e] warm-up queries still failing after ${timeoutMs} ms (${last}); tests will see the API as it is`);
}

export async function setup(project: TestProject): Promise<void> {
  const neo4jUri = project.getProvidedContext().neo4jUri;
  buildClient();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const curatorSecret = randomBytes(32).toString("base64url");
  const child = spawn(bin("tsx"), [path.join(repoRoot, "server/src/index.ts")], {
    cwd: repoRoot,
    env: {
      ...process.env,
      NODE_ENV: "test",
      PORT: String(port),
      HOST: "127.0.0.1",
      NEO4J_URI: neo4jUri,
      CLIENT_DIST: e2eClientDist,
      CURATOR_JWT_SECRET: curatorSecret,
      LOG_LEVEL: process.env.E2E_SERVER_LOG_LEVEL ?? "warn",
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  server = child;
  await waitUntilReady(url, child, 90_000);
  await warmUp(url, 120_000);
  console.log(`[e2e] API server with the test client at ${url}`);
  project.provide("baseUrl", url);
  project.provide("curatorSecret", curatorSecret);
}

export async function teardown(): Promise<void> {
  const child = server;
  server = undefined;
  if (!child || child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
  await exited;
  clearTimeout(timer);
}
