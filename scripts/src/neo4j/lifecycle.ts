import { spawn } from "node:child_process";
import { existsSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { decodeRecords } from "@rrn/common/decode-row";
import neo4j from "neo4j-driver";
import { z } from "zod";
import { launcherJvmFlags, writeConfig } from "./config-file.js";
import { boltUri, type InstanceSettings } from "@rrn/common/neo4j-env";
import { instanceDirs, libDir, pluginsDir } from "./paths.js";
import { UserFacingError } from "./prerequisites.js";
import { provision } from "./provision.js";

const MAIN_CLASS = "org.neo4j.server.CommunityEntryPoint";

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function readPid(settings: InstanceSettings): number | undefined {
  const { pidFile } = instanceDirs(settings.name);
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, "utf8").trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/** True when the pid is alive *and* is our Neo4j (pids get reused after a reboot). */
function isOurNeo4j(pid: number, settings: InstanceSettings): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8");
    return cmdline.includes(MAIN_CLASS) && cmdline.includes(instanceDirs(settings.name).home);
  } catch {
    return true; // no /proc (not Linux): trust the pid
  }
}

export function runningPid(settings: InstanceSettings): number | undefined {
  const pid = readPid(settings);
  return pid !== undefined && isOurNeo4j(pid, settings) ? pid : undefined;
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.setTimeout(1000);
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(false));
  });
}

/** Asks Neo4j itself, over Bolt, for its version and APOC's: proof that it really answers. */
export async function probe(uri: string): Promise<{ neo4j: string; apoc: string | null }> {
  const driver = neo4j.driver(uri, neo4j.auth.basic("neo4j", "unused-auth-disabled"), {
    connectionTimeout: 3000,
    maxConnectionPoolSize: 1,
  });
  try {
    const info = await driver.getServerInfo();
    let apoc: string | null = null;
    try {
      const res = await driver.executeQuery("RETURN apoc.version() AS v");
      apoc = decodeRecords(z.object({ v: z.string() }), res.records, "APOC version")[0]?.v ?? null;
    } catch {
      apoc = null;
    }
    return { neo4j: String(info.agent ?? "").replace(/^Neo4j\//, ""), apoc };
  } finally {
    await driver.close();
  }
}

async function waitForBolt(settings: InstanceSettings, pid: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const { stdoutFile, logs } = instanceDirs(settings.name);
  while (Date.now() < deadline) {
    if (!isOurNeo4j(pid, settings)) {
      const log = path.join(logs, "neo4j.log");
      const text = existsSync(log) ? readFileSync(log, "utf8") : readFileSync(stdoutFile, "utf8");
      const error = text.split("\n").find((l) => l.includes("ERROR")) ?? text.split("\n").slice(-5).join("\n");
      throw new UserFacingError(`Neo4j exited while starting: ${error.trim()} (see ${log})`);
    }
    if (await portOpen(settings.boltPort)) {
      try {
        await probe(boltUri(settings));
        return;
      } catch {
        // Bolt socket is open before the database is available; keep waiting.
      }
    }
    await sleep(500);
  }
  throw new UserFacingError(
    `Neo4j did not answer on ${boltUri(settings)} within ${timeoutMs / 1000}s; see ${instanceDirs(settings.name).logs}`,
  );
}

export interface StartResult {
  uri: string;
  pid: number;
  alreadyRunning: boolean;
  neo4j: string;
  apoc: string | null;
}

/** Provisions (once), configures and starts the instance; a no-op when it already runs. */
export async function startNeo4j(
  settings: InstanceSettings,
  log: (line: string) => void = console.log,
): Promise<StartResult> {
  const uri = boltUri(settings);
  const existing = runningPid(settings);
  if (existing !== undefined) {
    const versions = await probe(uri);
    return { uri, pid: existing, alreadyRunning: true, ...versions };
  }
  await provision(log);
  if (await portOpen(settings.boltPort)) {
    throw new UserFacingError(
      `Port ${settings.boltPort} is already in use by another program: stop it, or choose another port with NEO4J_BOLT_PORT.`,
    );
  }
  const dirs = instanceDirs(settings.name);
  const confFile = writeConfig(settings, dirs);
  log(`Starting Neo4j (${settings.name}) on ${uri}…`);
  const out = openSync(dirs.stdoutFile, "a");
  const child = spawn(
    "java",
    [
      `-Xms${settings.heap}`,
      `-Xmx${settings.heap}`,
      ...launcherJvmFlags,
      "-cp",
      `${pluginsDir}/*:${libDir}/*`,
      MAIN_CLASS,
      `--home-dir=${dirs.home}`,
      `--config-dir=${path.dirname(confFile)}`,
    ],
    { detached: true, stdio: ["ignore", out, out] },
  );
  if (child.pid === undefined) throw new UserFacingError("Could not start java for Neo4j.");
  child.unref();
  writeFileSync(dirs.pidFile, String(child.pid));
  await waitForBolt(settings, child.pid, 120_000);
  const versions = await probe(uri);
  return { uri, pid: child.pid, alreadyRunning: false, ...versions };
}

/** Stops the instance with SIGTERM (a clean shutdown) and waits; SIGKILL only after 60 s. */
export async function stopNeo4j(settings: InstanceSettings): Promise<boolean> {
  const pid = runningPid(settings);
  const { pidFile } = instanceDirs(settings.name);
  if (pid === undefined) {
    rmSync(pidFile, { force: true });
    return false;
  }
  process.kill(pid, "SIGTERM");
  const deadline = Date.now() + 60_000;
  while (isOurNeo4j(pid, settings) && Date.now() < deadline) await sleep(200);
  if (isOurNeo4j(pid, settings)) process.kill(pid, "SIGKILL");
  while (isOurNeo4j(pid, settings)) await sleep(100);
  rmSync(pidFile, { force: true });
  return true;
}

/** For fault tests: the process dies at once, as in a crash. */
export function killNeo4j(settings: InstanceSettings): boolean {
  const pid = runningPid(settings);
  if (pid === undefined) return false;
  process.kill(pid, "SIGKILL");
  return true;
}
