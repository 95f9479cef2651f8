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
});
