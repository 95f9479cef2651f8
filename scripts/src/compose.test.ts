import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { repoRoot } from "./neo4j/paths.js";

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
      services: Record<string, { image?: string; environment?: Record<string, string>; healthcheck?: unknown }>;
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
    expect(dockerfile).toMatch(/^CMD .*npm run serve/m);

    const composeText = readFileSync(path.join(repoRoot, "docker-compose.yml"), "utf8");
    const documented = [...composeText.matchAll(/^\s*# ([A-Z][A-Z_]+):/gm)].map((m) => m[1]!);
    expect(documented).toEqual(
      expect.arrayContaining(["CURATOR_OIDC_ISSUER", "CURATOR_OIDC_CLIENT_ID", "CURATOR_JWT_SECRET", "PUBLIC_URL"]),
    );
    const serverConfig = readFileSync(path.join(repoRoot, "server/src/config.ts"), "utf8");
    for (const name of documented) expect(serverConfig, name).toContain(`${name}:`);
  });
});
