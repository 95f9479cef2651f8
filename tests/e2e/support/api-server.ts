import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { ensureServerBundle } from "@rrn/scripts/build";
import { imageCommand } from "@rrn/scripts/image";

/**
 * The real API server as a child process, exactly as the image (and `npm run serve`) starts it:
 * node on the compiled dist/server.js, built first from the current source. It serves the
 * e2e client build: the one every e2e file shares (./setup.ts) and the extra ones a file needs
 * with other settings (curation off, OpenID sign-in).
 */
const repoRoot = path.resolve(import.meta.dirname, "../../..");
export const e2eClientDist = path.join(repoRoot, "tests/artifacts/client-dist");

export interface ApiServer {
  url: string;
  stop: () => Promise<void>;
}

export function freePort(): Promise<number> {
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

/** Starts the API on `port` (a free one unless given) with the e2e client and these settings. */
export async function startApiServer(neo4jUri: string, env: Record<string, string>, port?: number): Promise<ApiServer> {
  const chosen = port ?? (await freePort());
  const url = `http://127.0.0.1:${chosen}`;
  await ensureServerBundle();
  const [, ...args] = imageCommand();
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    env: {
      ...process.env,
      NODE_ENV: "test",
      PORT: String(chosen),
      HOST: "127.0.0.1",
      NEO4J_URI: neo4jUri,
      CLIENT_DIST: e2eClientDist,
      LOG_LEVEL: process.env.E2E_SERVER_LOG_LEVEL ?? "warn",
      ...env,
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitUntilReady(url, child, 90_000);
    await warmUp(url, 120_000);
  } catch (err) {
    await stop();
    throw err;
  }
  return { url, stop };
}
