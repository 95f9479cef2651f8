import path from "node:path";
import { fileURLToPath } from "node:url";

/** Repository root, found from this file so scripts work from any working directory. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

/** Everything the local Neo4j needs lives here, git-ignored. */
export const neo4jRoot = path.join(repoRoot, ".neo4j");
export const distDir = path.join(neo4jRoot, "dist");
export const libDir = path.join(distDir, "lib");
export const pluginsDir = path.join(distDir, "plugins");
export const pomFile = path.join(repoRoot, "scripts", "neo4j", "pom.xml");

export interface InstanceDirs {
  home: string;
  conf: string;
  data: string;
  logs: string;
  run: string;
  pidFile: string;
  stdoutFile: string;
}

export function instanceDirs(name: string): InstanceDirs {
  const home = path.join(neo4jRoot, "instances", name);
  const run = path.join(home, "run");
  return {
    home,
    conf: path.join(home, "conf"),
    data: path.join(home, "data"),
    logs: path.join(home, "logs"),
    run,
    pidFile: path.join(run, "neo4j.pid"),
    stdoutFile: path.join(home, "logs", "console.log"),
  };
}
