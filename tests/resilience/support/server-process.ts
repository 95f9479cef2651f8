import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";
import { ensureServerBundle } from "@rrn/scripts/build";
import { imageCommand } from "@rrn/scripts/image";
import { repoRoot } from "@rrn/scripts/neo4j";

/** One structured log line of the server (pino JSON). */
export type LogLine = Record<string, unknown> & { msg?: string; level?: number; time?: number };

export interface ServerProcess {
  url: string;
  /** The process started: the server itself (the image's command), or npm (`npm run serve`). */
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
   * tini starts in the image; the default), or "npm", `npm run serve` as the README says.
   */
  launch?: "image" | "npm";
  /**
   * A module loaded into the server process before the server (`node --import`), which may
   * report back with process.send: the soak's memory sampler.
   */
  preload?: string;
}

const running = new Set<ServerProcess>();

/** SIGKILL to the child's whole process group (npm and the server under it). */
function killGroup(child: ChildProcess): void {
  try {
    if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
  } catch {
    child.kill("SIGKILL");
  }
}

/**
 * Starts the real API server as a child process on a free port, exactly as the image does (its
 * Dockerfile CMD: node on the compiled dist/server.js) or as `npm run serve` does, and resolves
 * once it listens. Runs outside the test's process so the load generator and the server do not
 * share one event loop, and so signals and crashes are real. dist/ is built first (once per
 * test process), so the build under test is the current source.
 */
export async function startServerProcess(
  env: Record<string, string>,
  options: ServerProcessOptions = {},
): Promise<ServerProcess> {
  await ensureServerBundle();
  const [program, ...args] = imageCommand();
  if (program !== "node") throw new Error(`the image's CMD runs ${program}, not node`);
  const childEnv = { ...process.env, HOST: "127.0.0.1", PORT: "0", LOG_LEVEL: "info", ...env };
  // Its own process group, so a last-resort SIGKILL reaches npm's child too.
  const common = { cwd: repoRoot, env: childEnv, detached: true } as const;
  // With a preload: node itself, tsx as a loader for the (TypeScript) preload only, so it runs in
  // the server's own process and can talk back over IPC.
  const child = options.preload
    ? spawn(process.execPath, ["--import", "tsx", "--import", options.preload, ...args], {
        ...common,
        stdio: ["ignore", "pipe", "pipe", "ipc"],
      })
    : options.launch === "npm"
      ? spawn("npm", ["run", "--silent", "serve"], { ...common, stdio: ["ignore", "pipe", "pipe"] })
      : spawn(process.execPath, args, { ...common, stdio: ["ignore", "pipe", "pipe"] });
  const logs: LogLine[] = [];
  const output: string[] = [];
  let url: string | undefined;
  let announce: () => void = () => undefined;
  const listening = new Promise<void>((resolve) => (announce = resolve));
  const onLine = (line: string) => {
    if (line.startsWith("{")) {
      try {
        logs.push(JSON.parse(line) as LogLine);
        return;
      } catch {
        // not JSON after all: keep it as output
      }
    }
    output.push(line);
    url ??= /ready at (http:\/\/\S+?) /.exec(line)?.[1];
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
  // Whichever comes first: the banner with the URL, an early exit, or a minute without either.
  let timer: NodeJS.Timeout | undefined;
  const started = await new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), 60_000);
    void listening.then(() => resolve(true));
    void exited.then(() => resolve(false));
  });
  clearTimeout(timer);
  if (!started) {
    await server.stop();
    throw new Error(`API server did not start; its last output: ${output.slice(-5).join(" | ")}`);
  }
  return server;
}

/** Leaves no stray server behind, whatever a scenario did. */
export async function stopAllServers(): Promise<void> {
  await Promise.all([...running].map((s) => s.stop()));
}
