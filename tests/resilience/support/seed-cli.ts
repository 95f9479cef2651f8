import { spawn } from "node:child_process";
import { repoRoot } from "@rrn/testkit/paths";
import { instanceEnv } from "./neo4j-instance.js";

export interface SeedRun {
  exited: Promise<{ code: number | null; output: string }>;
}

/** `npm run seed` against the resilience instance, exactly as a person (or `npm start`) runs it. */
export function runSeedCli(): SeedRun {
  const env: NodeJS.ProcessEnv = { ...process.env, ...instanceEnv };
  delete env.NEO4J_URI; // the local instance chosen by NEO4J_INSTANCE/NEO4J_BOLT_PORT
  const child = spawn("npm", ["run", "--silent", "seed"], { cwd: repoRoot, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr.on("data", (c: Buffer) => (output += c.toString()));
  return { exited: new Promise((resolve) => child.once("exit", (code) => resolve({ code, output }))) };
}
