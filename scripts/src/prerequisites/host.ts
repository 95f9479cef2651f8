import { spawnSync } from "node:child_process";
import { accessSync, constants, existsSync } from "node:fs";
import type { Host } from "./ensure.js";
import type { CommandResult } from "./requirements.js";

function run(cmd: string, args: string[]): CommandResult {
  const res = spawnSync(cmd, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  if (res.error) return { ok: false, output: "" };
  return { ok: res.status === 0, output: `${res.stdout ?? ""}${res.stderr ?? ""}` };
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

const onPath = (program: string): boolean => run("sh", ["-c", `command -v ${program}`]).ok;

/** This machine. */
export function localHost(log: (line: string) => void = console.log): Host {
  return {
    run,
    isExecutable,
    env: process.env,
    isRoot: process.getuid?.() === 0,
    isDebian: existsSync("/etc/debian_version") && onPath("apt-get"),
    runShown: (cmd, args, env) => spawnSync(cmd, args, { stdio: "inherit", env }).status === 0,
    log,
  };
}
