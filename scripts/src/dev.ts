/**
 * `npm run dev`: the explorer with hot reload. Starts the local Neo4j unless NEO4J_URI points at
 * another, then the API under `tsx watch` (restarts on server changes) and Vite's dev server
 * (hot module reload for the client), which proxies /graphql, /health and /ready to the API.
 * Seed once with `npm run seed`. Ctrl-C stops both; Neo4j keeps running (npm run db:stop).
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { readInstanceSettings } from "@rrn/common/neo4j-env";
import { startNeo4j } from "./neo4j/lifecycle.js";
import { repoRoot } from "./neo4j/paths.js";
import { ensurePrerequisites } from "./prerequisites/ensure.js";
import { localHost } from "./prerequisites/host.js";
import { NEEDS } from "./prerequisites/requirements.js";

const bin = (name: string): string => path.join(repoRoot, "node_modules", ".bin", name);

async function main(): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (!env.NEO4J_URI) {
    ensurePrerequisites(NEEDS.start, localHost());
    const res = await startNeo4j(readInstanceSettings(env));
    console.log(`Neo4j ${res.neo4j} at ${res.uri}`);
    env.NEO4J_URI = res.uri;
  }
  const apiPort = env.PORT ?? "4000";
  const clientPort = env.CLIENT_PORT ?? "5173";

  const children: ChildProcess[] = [
    spawn(bin("tsx"), ["watch", "--clear-screen=false", path.join(repoRoot, "server/src/index.ts")], {
      cwd: repoRoot,
      env: { NODE_ENV: "development", ...env, PORT: apiPort },
      stdio: "inherit",
    }),
    spawn(bin("vite"), ["--port", clientPort, "--strictPort"], {
      cwd: path.join(repoRoot, "client"),
      env: { ...env, API_URL: `http://127.0.0.1:${apiPort}` },
      stdio: "inherit",
    }),
  ];
  console.log(
    `\n✔ Explorer with hot reload at http://localhost:${clientPort}/  (API on port ${apiPort}; Ctrl-C to stop)\n`,
  );

  let stopping = false;
  const stopAll = (code: number) => {
    if (stopping) return;
    stopping = true;
    for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
    process.exitCode = code;
  };
  process.on("SIGINT", () => stopAll(0));
  process.on("SIGTERM", () => stopAll(0));
  // If either half dies, stop the other rather than leave a half-working dev setup.
  for (const child of children) child.on("exit", (code) => stopAll(code ?? 0));
}

main().catch((err: unknown) => {
  const message = err instanceof Error ? err.message : String(err);
  console.error(`error: ${message}`);
  process.exit(1);
});
