import { execSync, spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, rmSync, symlinkSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { log, sleep } from "../log.js";

const repoRoot = path.resolve(import.meta.dirname, "../../..");

/**
 * `--committed`: serve from a snapshot of the last commit (git archive HEAD into a temp folder,
 * sharing node_modules), for when colleagues' uncommitted work leaves the working tree's server
 * unable to start. Nothing in the working tree or the index is touched.
 */
export function committedTree(): string {
  const dir = path.join(os.tmpdir(), "rrn-bench", "committed");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execSync(`git archive HEAD server scripts graph-seed package.json tsconfig.json | tar -x -C ${JSON.stringify(dir)}`, {
    cwd: repoRoot,
  });
  symlinkSync(path.join(repoRoot, "node_modules"), path.join(dir, "node_modules"));
  log(
    `Serving the API from commit ${execSync("git rev-parse --short HEAD", { cwd: repoRoot }).toString().trim()} (${dir})`,
  );
  return dir;
}

export interface ApiServer {
  url: string;
  pid: number;
  stop: () => Promise<void>;
}

/**
 * The real API server as `npm run serve` runs it, in its own process: the benchmark's client
 * (fetch, autocannon, Chromium) must not share the server's event loop, or its own work would
 * be billed to the GraphQL stack. Production mode, warn-level logs (the per-request info line
 * would go to a pipe nobody reads).
 */
export async function startApiServer(
  neo4jUri: string,
  port: number,
  clientDist?: string,
  tree: string = repoRoot,
  /** More environment for the server (e.g. RESPONSE_CACHE_MAX_BYTES=0 for a cold read path). */
  extraEnv: Record<string, string> = {},
): Promise<ApiServer> {
  const child: ChildProcess = spawn(path.join(repoRoot, "node_modules/.bin/tsx"), ["server/src/index.ts"], {
    cwd: tree,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      NEO4J_URI: neo4jUri,
      LOG_LEVEL: "warn",
      ...(clientDist ? { CLIENT_DIST: clientDist } : {}),
      ...extraEnv,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`API server exited with ${child.exitCode} before it was ready`);
    try {
      if ((await fetch(`${url}/ready`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGTERM");
      throw new Error(`API server at ${url} not ready after 90 s`);
    }
    await sleep(250);
  }
  log(`API server up at ${url} (pid ${child.pid ?? "?"})`);
  return {
    url,
    pid: child.pid ?? 0,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** POST /graphql; throws on HTTP or GraphQL errors so a broken query never looks fast. */
export async function postQuery(url: string, document: string, variables: Record<string, unknown>): Promise<number> {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: document, variables }),
  });
  const text = await res.text();
  const body = JSON.parse(text) as { errors?: { message: string }[] };
  if (!res.ok || body.errors?.length) {
    throw new Error(`GraphQL failed (HTTP ${res.status}): ${JSON.stringify(body.errors ?? text.slice(0, 200))}`);
  }
  return text.length;
}
