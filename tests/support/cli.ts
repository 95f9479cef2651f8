import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "@rrn/testkit/paths";

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs an npm-script's entry the way a user does, with a clean environment plus `env`. */
export function runTsx(script: string, args: string[], env: Record<string, string | undefined>): CliResult {
  const baseEnv = { ...process.env };
  delete baseEnv.NEO4J_URI;
  const res = spawnSync(path.join(repoRoot, "node_modules/.bin/tsx"), [path.join(repoRoot, script), ...args], {
    cwd: repoRoot,
    env: { ...baseEnv, ...env },
    encoding: "utf8",
    timeout: 240_000,
  });
  return { status: res.status, stdout: res.stdout, stderr: res.stderr };
}

/** Java processes running Neo4j with the given home folder, read from /proc. */
export function neo4jProcessesFor(home: string): number[] {
  return readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        const cmd = readFileSync(`/proc/${d}/cmdline`, "utf8");
        return cmd.includes("CommunityEntryPoint") && cmd.includes(`--home-dir=${home}`);
      } catch {
        return false;
      }
    })
    .map(Number);
}
