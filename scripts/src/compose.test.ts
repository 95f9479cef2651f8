import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { RUNTIME_WORKSPACES } from "./build/server-bundle.js";
import { runtimeStage } from "./build/image.js";
import { repoRoot } from "./neo4j/paths.js";

/** Test and build tooling that must never ship in the runtime image. */
const TOOLING = ["lighthouse", "playwright", "playwright-core", "vitest", "tsx", "esbuild", "typescript", "vite"];

interface ComposeService {
  image?: string;
  command?: string[];
  restart?: string;
  environment?: Record<string, string>;
  healthcheck?: unknown;
  depends_on?: Record<string, { condition: string }>;
  stop_grace_period?: string;
}

describe("docker-compose.yml", () => {
  it("validates with docker-compose config (no engine needed)", () => {
    const res = spawnSync("docker-compose", ["-f", path.join(repoRoot, "docker-compose.yml"), "config", "-q"], {
      encoding: "utf8",
    });
    expect(res.error, "docker-compose is missing: apt-get install -y docker-compose").toBeUndefined();
    expect(res.stderr).toBe("");
    expect(res.status).toBe(0);
  });

  it("runs Neo4j 5.26 with APOC and wires the app to it by NEO4J_URI", () => {
    const compose = parse(readFileSync(path.join(repoRoot, "docker-compose.yml"), "utf8")) as {
      services: Record<string, ComposeService>;
    };
    const neo4j = compose.services.neo4j;
    expect(neo4j?.image).toBe("neo4j:5.26");
    expect(neo4j?.environment?.NEO4J_PLUGINS).toContain("apoc");
    expect(neo4j?.healthcheck).toBeDefined();
    expect(compose.services.app?.environment?.NEO4J_URI).toBe("bolt://neo4j:7687");
  });

  it("runs the production server, with every curation setting it documents known to the server", () => {
    const dockerfile = readFileSync(path.join(repoRoot, "Dockerfile"), "utf8");
    expect(dockerfile).toMatch(/^ENV NODE_ENV=production$/m);
    // `npm run serve` is `exec` + the image's command: the same process, signals and all.
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.serve).toBe(`exec ${runtimeStage().cmd?.join(" ")}`);

    const composeText = readFileSync(path.join(repoRoot, "docker-compose.yml"), "utf8");
    const documented = [...composeText.matchAll(/^\s*# ([A-Z][A-Z_]+):/gm)].map((m) => m[1]!);
    expect(documented).toEqual(
      expect.arrayContaining(["CURATOR_OIDC_ISSUER", "CURATOR_OIDC_CLIENT_ID", "CURATOR_JWT_SECRET", "PUBLIC_URL"]),
    );
    const serverConfig = readFileSync(path.join(repoRoot, "server/src/config.ts"), "utf8");
    for (const name of documented) expect(serverConfig, name).toContain(`${name}:`);
  });

  it("imports the seed in a one-shot service the app waits for, then stops the app gently", () => {
    const compose = parse(readFileSync(path.join(repoRoot, "docker-compose.yml"), "utf8")) as {
      services: Record<string, ComposeService>;
    };
    const { seed, app } = compose.services;
    expect(seed?.command).toEqual(["node", "--enable-source-maps", "dist/seed.js"]);
    expect(seed?.restart).toBe("no");
    expect(seed?.image).toBe(app?.image);
    expect(seed?.environment?.NEO4J_URI).toBe(app?.environment?.NEO4J_URI);
    expect(app?.depends_on?.seed?.condition).toBe("service_completed_successfully");
    // Longer than the server's default SHUTDOWN_GRACE_MS (10 s), so a stop is a drain, not a kill.
    expect(Number.parseInt(app?.stop_grace_period ?? "0", 10)).toBeGreaterThan(10);
  });
});

describe("Dockerfile", () => {
  const dockerfile = readFileSync(path.join(repoRoot, "Dockerfile"), "utf8");
  const runtime = runtimeStage();

  it("builds in one stage and runs from another", () => {
    expect(dockerfile.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(2);
    expect(dockerfile).toMatch(/^FROM \S+ AS build$/m);
    expect(runtime.text).toMatch(/^COPY --from=build \/app\/dist dist\/$/m);
    expect(runtime.text).not.toMatch(/npm run build|--include=dev|tsx/);
  });

  it("runs node as a non-root user under an init process, in exec form", () => {
    const user = /^USER (\S+)$/m.exec(runtime.text)?.[1];
    expect(user).toBeDefined();
    expect(["root", "0"]).not.toContain(user);
    expect(runtime.entrypoint).toEqual(["/usr/bin/tini", "--"]);
    expect(runtime.text).toMatch(/apt-get install -y --no-install-recommends tini/);
    expect(runtime.cmd?.[0]).toBe("node");
    expect(runtime.cmd?.at(-1)).toBe("dist/server.js");
  });

  it("installs only the production dependencies of the workspaces the server bundles", () => {
    expect(runtime.npmCiArgs).toContain("--omit=dev");
    const workspaces = runtime.npmCiArgs.filter((a) => a.startsWith("--workspace=")).map((a) => a.slice(12));
    expect(workspaces.sort()).toEqual(RUNTIME_WORKSPACES.map((w) => `@rrn/${w}`).sort());
  });

  const productionPackages = (flags: string[]): string[] => {
    const res = spawnSync("npm", ["ls", "--all", "--parseable", ...flags], { cwd: repoRoot, encoding: "utf8" });
    expect(res.status, res.stderr).toBe(0);
    return res.stdout
      .split("\n")
      .filter((line) => line.includes(`${path.sep}node_modules${path.sep}`))
      .map((line) => line.slice(line.lastIndexOf(`node_modules${path.sep}`) + 13));
  };

  it("ships no test or build tooling: npm ls of the runtime stage's dependency set", () => {
    const packages = productionPackages(
      runtime.npmCiArgs.filter((a) => a.startsWith("--workspace=") || a.startsWith("--omit=")),
    );
    // The server's own runtime dependencies are there, so the listing is the real one.
    expect(packages).toEqual(expect.arrayContaining(["express", "neo4j-driver", "prom-client"]));
    for (const tool of TOOLING) expect(packages, tool).not.toContain(tool);
  });

  it("keeps test tooling out of every workspace's production dependencies (npm ls --omit=dev)", () => {
    const packages = productionPackages(["--omit=dev"]);
    expect(packages).toEqual(expect.arrayContaining(["express", "neo4j-driver"]));
    for (const tool of ["lighthouse", "playwright", "playwright-core", "vitest"]) {
      expect(packages, tool).not.toContain(tool);
    }
  });
});
