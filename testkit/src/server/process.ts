import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { createInterface } from "node:readline";
import { ensureServerBundle } from "@rrn/scripts/build";
import { imageCommand } from "@rrn/scripts/image";
import { repoRoot } from "../paths.js";
import { GiveUp, waitFor } from "../poll.js";

/** One structured log line of the server (pino JSON). */
export type LogLine = Record<string, unknown> & { msg?: string; level?: number; time?: number };

export interface ServerProcess {
  url: string;
  /** The process started: the server itself (the image's command), npm, or tsx. */
  child: ChildProcess;
  /** Every JSON log line so far, in order. */
  logs: LogLine[];
  /** Non-JSON output (the start-up banner, crashes), for failure messages. */
  output: string[];
  alive: () => boolean;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM and wait; SIGKILL if it has not gone after `graceMs`. Safe to call twice. */
  stop: (graceMs?: number) => Promise<void>;
}

export interface ServerProcessOptions {
  /**
   * How the server is started: "image", the Dockerfile's CMD (plain node on the build, what
   * tini starts in the image; the default); "npm", `npm run serve` as the README says; or
   * "source", server/src/index.ts through tsx from `tree` (the benchmarks' --committed snapshot).
   */
  launch?: "image" | "npm" | "source";
  /** The checkout whose source "source" runs (default: this one). */
  tree?: string;
  /**
   * A module loaded into the server process before the server (`node --import`), which may
   * report back with process.send: the soak's memory sampler.
   */
  preload?: string;
  /** A fixed port (the benchmarks' per-size ports); a free one by default. */
  port?: number;
  /** Resolve only once GET /ready answers 200 (Neo4j reachable), not as soon as it listens. */
  waitForReady?: boolean;
  /** Copy every output line to this process's stderr (benchmarks, e2e: the server's warnings). */
  echo?: boolean;
  /** How long it may take to listen (and be ready, with waitForReady). Default a minute. */
  startTimeoutMs?: number;
}

const running = new Set<ServerProcess>();

/** A port nobody listens on right now, for a server that must be told its port up front. */
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

/** SIGKILL to the child's whole process group (npm or tsx and the server under it). */
function killGroup(child: ChildProcess): void {
  try {
    if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
  } catch {
    child.kill("SIGKILL");
  }
}

async function command(options: ServerProcessOptions): Promise<{ program: string; args: string[]; cwd: string }> {
  if (options.launch === "source") {
    return {
      program: path.join(repoRoot, "node_modules/.bin/tsx"),
      args: ["server/src/index.ts"],
      cwd: options.tree ?? repoRoot,
    };
  }
  await ensureServerBundle();
  const [program, ...args] = imageCommand();
  if (program !== "node") throw new Error(`the image's CMD runs ${program}, not node`);
  // With a preload: node itself, tsx as a loader for the (TypeScript) preload only, so it runs in
  // the server's own process and can talk back over IPC.
  if (options.preload) {
    return {
      program: process.execPath,
      args: ["--import", "tsx", "--import", options.preload, ...args],
      cwd: repoRoot,
    };
  }
  if (options.launch === "npm") return { program: "npm", args: ["run", "--silent", "serve"], cwd: repoRoot };
  return { program: process.execPath, args, cwd: repoRoot };
}

/**
 * The one way the test tooling starts the real API server in a process of its own: exactly as
 * the image does (its Dockerfile CMD: node on the compiled dist/server.js, built first from the
 * current source, once per process), as `npm run serve` does, or from source. Resolves once it
 * listens (or, with waitForReady, once it is ready). Outside the caller's process, the load
 * generator, browser or benchmark client does not share the server's event loop, and signals
 * and crashes are real.
 */
export async function startServerProcess(
  env: Record<string, string>,
  options: ServerProcessOptions = {},
): Promise<ServerProcess> {
  const { program, args, cwd } = await command(options);
  const childEnv = {
    ...process.env,
    HOST: "127.0.0.1",
    PORT: String(options.port ?? 0),
    LOG_LEVEL: "info",
    ...env,
  };
  // Its own process group, so a last-resort SIGKILL reaches npm's or tsx's child too.
  const child = spawn(program, args, {
    cwd,
    env: childEnv,
    detached: true,
    stdio: options.preload ? ["ignore", "pipe", "pipe", "ipc"] : ["ignore", "pipe", "pipe"],
  });
  const logs: LogLine[] = [];
  const output: string[] = [];
  let url: string | undefined;
  let announce: () => void = () => undefined;
  const listening = new Promise<void>((resolve) => (announce = resolve));
  const onLine = (line: string) => {
    if (options.echo) process.stderr.write(`${line}\n`);
    if (line.startsWith("{")) {
      try {
        logs.push(JSON.parse(line) as LogLine);
        return;
      } catch {
        // not JSON after all: keep it as output
      }
    }
    output.push(line);
    // The banner names the port it got; the address is the one it was told to listen on (the
    // banner says "localhost", which a browser may resolve to ::1, where nothing listens).
    const port = /ready at http:\/\/[^\s:]+:(\d+)/.exec(line)?.[1];
    if (port) url ??= `http://${childEnv.HOST}:${port}`;
    if (url) announce();
  };
  if (!child.stdout || !child.stderr) throw new Error("the server process has no output pipes");
  createInterface({ input: child.stdout }).on("line", onLine);
  createInterface({ input: child.stderr }).on("line", onLine);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const alive = () => child.exitCode === null && child.signalCode === null;

  const server: ServerProcess = {
    get url() {
      return url ?? "";
    },
    child,
    logs,
    output,
    alive,
    exited,
    stop: async (graceMs = 20_000) => {
      running.delete(server);
      if (!alive()) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => killGroup(child), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
  running.add(server);
  const startTimeoutMs = options.startTimeoutMs ?? 60_000;
  // Whichever comes first: the banner with the URL, an early exit, or the time running out.
  let timer: NodeJS.Timeout | undefined;
  const started = await new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), startTimeoutMs);
    void listening.then(() => resolve(true));
    void exited.then(() => resolve(false));
  });
  clearTimeout(timer);
  if (!started) {
    await server.stop();
    throw new Error(`API server did not start; its last output: ${output.slice(-5).join(" | ")}`);
  }
  if (options.waitForReady) {
    try {
      await waitFor(
        `the API at ${server.url} to be ready`,
        async () => {
          if (!alive()) throw new GiveUp(`it exited; last output: ${output.slice(-5).join(" | ")}`);
          const res = await fetch(`${server.url}/ready`);
          if (res.ok) return true;
          throw new Error(`${res.status} ${await res.text()}`);
        },
        { timeoutMs: startTimeoutMs, intervalMs: 250 },
      );
    } catch (err) {
      await server.stop();
      throw err;
    }
  }
  return server;
}

/** Leaves no stray server behind, whatever a scenario did. */
export async function stopAllServers(): Promise<void> {
  await Promise.all([...running].map((s) => s.stop()));
}
