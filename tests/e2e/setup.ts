/**
 * Second global setup of the e2e project (after tests/support/global-setup.ts has the seeded
 * Neo4j up): builds the client in test mode when its sources changed — test mode keeps
 * window.cy, production drops it — and the GraphQL IDE beside it, then starts the real API
 * server as a child process serving that build, exactly as `npm run serve` does. Stopped again
 * in teardown.
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startApiServer, type ApiServer } from "./support/api-server.js";
import { startEmbedHost, type EmbedHost } from "./support/embed-host.js";
import { e2eClientDist, repoRoot } from "@rrn/testkit/paths";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    /** The API's curator token secret, made up per run, so curation tests can mint tokens. */
    curatorSecret: string;
    /** Another site's origin, the one the server lets frame its embeddable views (EMBED_ORIGINS). */
    embedHostOrigin: string;
  }
}

const bin = (name: string): string => path.join(repoRoot, "node_modules/.bin", name);

let server: ApiServer | undefined;
let embedHost: EmbedHost | undefined;

function newestMtime(target: string): number {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(target)) {
    if (entry === "node_modules" || entry === "dist") continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

function clientBuildIsStale(): boolean {
  const pages = ["index.html", "graphiql.html"].map((page) => path.join(e2eClientDist, page));
  if (!pages.every(existsSync)) return true;
  const inputs = [
    "client/src",
    "client/index.html",
    "client/graphiql.html",
    "client/public",
    "client/vite.config.ts",
    "client/vite.ide.config.ts",
    "client/package.json",
  ];
  const newestInput = Math.max(
    ...inputs
      .map((p) => path.join(repoRoot, p))
      .filter(existsSync)
      .map(newestMtime),
  );
  return newestInput > Math.min(...pages.map((page) => statSync(page).mtimeMs));
}

function buildClient(): void {
  if (!clientBuildIsStale()) return;
  console.log("[e2e] building the client (vite build --mode test) and the GraphQL IDE");
  const builds = [
    ["build", "--mode", "test", "--outDir", e2eClientDist, "--emptyOutDir"],
    ["build", "--mode", "test", "--config", "vite.ide.config.ts", "--outDir", e2eClientDist, "--logLevel", "warn"],
  ];
  for (const args of builds) {
    const res = spawnSync(bin("vite"), args, {
      cwd: path.join(repoRoot, "client"),
      stdio: ["ignore", "inherit", "inherit"],
      env: process.env,
    });
    if (res.status !== 0) throw new Error(`client build failed (exit ${res.status ?? "signal"})`);
  }
}

export async function setup(project: TestProject): Promise<void> {
  const neo4jUri = project.getProvidedContext().neo4jUri;
  buildClient();
  const curatorSecret = randomBytes(32).toString("base64url");
  // A site allowed to frame the explorer's embeddable views, up before the server that names it.
  embedHost = await startEmbedHost();
  server = await startApiServer(neo4jUri, { CURATOR_JWT_SECRET: curatorSecret, EMBED_ORIGINS: embedHost.origin });
  console.log(`[e2e] API server with the test client at ${server.url}`);
  project.provide("baseUrl", server.url);
  project.provide("curatorSecret", curatorSecret);
  project.provide("embedHostOrigin", embedHost.origin);
}

export async function teardown(): Promise<void> {
  const running = server;
  server = undefined;
  await running?.stop();
  await embedHost?.close();
  embedHost = undefined;
}
