import { execSync } from "node:child_process";
import { mkdirSync, rmSync, symlinkSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { repoRoot } from "@rrn/testkit/paths";
import { startServerProcess } from "@rrn/testkit/server";
import { log } from "../log.js";

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
 * The real API server as `npm run serve` runs it, from source, in its own process (testkit's
 * startServerProcess): the benchmark's client (fetch, autocannon, Chromium) must not share the
 * server's event loop, or its own work would be billed to the GraphQL stack. Production mode,
 * warn-level logs (the per-request info line would be work nobody reads).
 */
export async function startApiServer(
  neo4jUri: string,
  port: number,
  clientDist?: string,
  tree: string = repoRoot,
  /** More environment for the server (e.g. RESPONSE_CACHE_MAX_BYTES=0 for a cold read path). */
  extraEnv: Record<string, string> = {},
): Promise<ApiServer> {
  const server = await startServerProcess(
    {
      NODE_ENV: "production",
      NEO4J_URI: neo4jUri,
      LOG_LEVEL: "warn",
      ...(clientDist ? { CLIENT_DIST: clientDist } : {}),
      ...extraEnv,
    },
    { launch: "source", tree, port, waitForReady: true, startTimeoutMs: 90_000 },
  );
  log(`API server up at ${server.url} (pid ${server.child.pid ?? "?"})`);
  return { url: server.url, pid: server.child.pid ?? 0, stop: () => server.stop(10_000) };
}
