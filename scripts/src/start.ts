/**
 * `npm start`: everything a newcomer needs, in order — the prerequisites and the local Neo4j
 * (unless NEO4J_URI points at another one), the seed import, the client build (when its sources
 * changed) and the server build, then the compiled API server (`node dist/server.js`, what
 * `npm run serve` and the image run) serving the explorer. Prints the URL and keeps running until
 * Ctrl-C; SIGINT/SIGTERM are passed on to the server, and this exits with its exit code. With the local Neo4j and no curator settings, curation works out of the box: a local
 * secret (made once, kept in .neo4j/) and a sign-in link valid for 8 hours; the GraphQL IDE is
 * on too. `npm run serve` never does either.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { readInstanceSettings } from "@rrn/common/neo4j-env";
import { mintCuratorToken } from "@rrn/common/curator-token";
import { buildServerBundle } from "./build/server-bundle.js";
import { hasCuratorSettings, localCuratorSecret } from "./local-curation.js";
import { startNeo4j } from "./neo4j/lifecycle.js";
import { neo4jRoot, repoRoot } from "./neo4j/paths.js";
import { UserFacingError } from "./neo4j/prerequisites.js";
import { ensurePrerequisites } from "./prerequisites/ensure.js";
import { localHost } from "./prerequisites/host.js";
import { NEEDS } from "./prerequisites/requirements.js";

/** Plain node on the build (./build/server-bundle.ts), with stack traces mapped to the sources. */
const node = (script: string): [string, string[]] => [
  process.execPath,
  ["--enable-source-maps", path.join(repoRoot, "dist", script)],
];

function step(title: string): void {
  console.log(`\n▶ ${title}`);
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name === "dist" || entry.name === "dist-ssr") continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function clientNeedsBuild(): boolean {
  const index = path.join(repoRoot, "client", "dist", "index.html");
  if (!existsSync(index)) return true;
  return newestMtime(path.join(repoRoot, "client")) > statSync(index).mtimeMs;
}

function runOrFail(title: string, cmd: string, args: string[], env: NodeJS.ProcessEnv): void {
  const res = spawnSync(cmd, args, { cwd: repoRoot, env, stdio: "inherit" });
  if (res.status !== 0)
    throw new UserFacingError(`${title} failed (exit ${res.status ?? "signal"}); see the output above.`);
}

async function main(): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  let local = false;
  if (env.NEO4J_URI) {
    step(`Using the Neo4j at NEO4J_URI (${env.NEO4J_URI}); nothing is provisioned.`);
  } else {
    step("Checking prerequisites (Java 17+, Maven)");
    ensurePrerequisites(NEEDS.start, localHost());
    step("Starting the local Neo4j (npm run db:start)");
    const res = await startNeo4j(readInstanceSettings(env));
    console.log(`Neo4j ${res.neo4j} with APOC ${res.apoc ?? "MISSING"} at ${res.uri}`);
    env.NEO4J_URI = res.uri;
    local = true;
  }

  // A local set-up with nobody's curator settings: curation on, with a secret of its own.
  const localCuration = local && !hasCuratorSettings(env);
  if (localCuration) {
    env.CURATOR_JWT_SECRET = localCuratorSecret(path.join(neo4jRoot, "curator-secret"));
    step("Curation is on, with a local secret (.neo4j/curator-secret); a sign-in link follows");
  }
  if (local) env.GRAPHQL_IDE ??= "on";

  step("Building the API server and seed import (npm run build:server)");
  await buildServerBundle();

  step("Importing the seed graph (npm run seed)");
  runOrFail("The seed import", ...node("seed.js"), env);

  if (clientNeedsBuild()) {
    step("Building the explorer (npm run build)");
    runOrFail("The client build", "npm", ["run", "build", "--silent"], env);
  } else {
    step("The explorer build is up to date");
  }

  step("Starting the API and explorer (npm run serve)");
  const server = spawn(...node("server.js"), {
    cwd: repoRoot,
    env: { NODE_ENV: "production", ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  server.stdout.on("data", (chunk: Buffer) => {
    const text = chunk.toString("utf8");
    // The API logs JSON; show people the one line they need and keep the rest quiet.
    for (const line of text.split("\n")) {
      if (line.startsWith("RRN explorer")) {
        const url = (/http:\/\/\S+/.exec(line)?.[0] ?? "").replace(/\/$/, "");
        console.log(`\n✔ The explorer is running at ${url}/  (Ctrl-C to stop; Neo4j keeps running — npm run db:stop)`);
        if (localCuration) {
          printSignInLink(url, env).catch((err: unknown) =>
            console.error(
              `Could not make the curator sign-in link: ${err instanceof Error ? err.message : String(err)}`,
            ),
          );
        }
      } else if (line.includes('"level":50') || line.includes('"level":60')) {
        console.error(line);
      }
    }
  });
  const forward = (signal: NodeJS.Signals) => () => server.kill(signal);
  process.on("SIGINT", forward("SIGINT"));
  process.on("SIGTERM", forward("SIGTERM"));
  server.on("exit", (code) => process.exit(code ?? 0));
}

/**
 * A one-click curator sign-in: the token rides in the URL fragment, which browsers never send,
 * so it reaches no server log; the Curate page stores it for the tab and clears the address.
 */
async function printSignInLink(url: string, env: NodeJS.ProcessEnv): Promise<void> {
  const token = await mintCuratorToken(env, { name: "Local curator", expires: "8h" });
  console.log(`  Curator sign-in, valid for 8 hours (npm start prints a new one each run):`);
  console.log(`  ${url}/curate#token=${token}\n`);
}

main().catch((err: unknown) => {
  console.error(`error: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
