import net from "node:net";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { instanceDirs } from "@rrn/scripts/neo4j";
import { neo4jProcessesFor, runTsx } from "../support/cli.js";
import { startTestServer, type TestServer } from "@rrn/testkit/in-process-server";
import { testDriver } from "@rrn/testkit/neo4j";
import { pollUntil } from "@rrn/testkit/poll";

// Its own instance and port, so stopping it never disturbs the suite's shared test database; the
// port can be moved like the test database's, so two checkouts can run their suites at once.
const port = Number(process.env.NEO4J_LIFECYCLE_BOLT_PORT ?? "7689");
const env = {
  NEO4J_INSTANCE: "lifecycle",
  NEO4J_BOLT_PORT: String(port),
  NEO4J_HEAP: "512m",
  NEO4J_PAGECACHE: "128m",
};
const uri = `bolt://127.0.0.1:${port}`;
const db = (cmd: string) => runTsx("scripts/src/neo4j/cli.ts", [cmd], env);

function portAccepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ host: "127.0.0.1", port });
    s.once("connect", () => {
      s.destroy();
      resolve(true);
    });
    s.once("error", () => resolve(false));
  });
}

async function ready(url: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${url}/ready`);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe("local Neo4j lifecycle (npm run db:*)", () => {
  let server: TestServer | undefined;

  beforeAll(() => {
    const res = db("start");
    expect(res.status, res.stderr).toBe(0);
  });

  afterAll(async () => {
    await server?.close();
    db("stop");
  });

  it("db:start a second time is a no-op that leaves exactly one Neo4j process", () => {
    const again = db("start");
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/Already running: Neo4j 5\.26\.\d+ \(APOC 5\.26\.\d+\)/);
    expect(neo4jProcessesFor(instanceDirs("lifecycle").home)).toHaveLength(1);
  });

  it("db:status reports the running server with its version", () => {
    const res = db("status");
    expect(res.status).toBe(0);
    expect(res.stdout).toMatch(/is running: 5\.26\.\d+, APOC 5\.26/);
  });

  it("/ready follows Neo4j down and up again without restarting the server", async () => {
    server = await startTestServer(uri);
    const up = await ready(server.url);
    expect(up.status).toBe(200);
    expect(up.body.neo4j).toMatch(/^5\.26\./);
    expect(up.body.apoc).toMatch(/^5\.26\./);

    const stopped = db("stop");
    expect(stopped.status, stopped.stderr).toBe(0);
    expect(await portAccepts(port)).toBe(false);
    expect(neo4jProcessesFor(instanceDirs("lifecycle").home)).toHaveLength(0);
    expect(db("status").status).toBe(3);

    const down = await ready(server.url);
    expect(down.status).toBe(503);
    expect(String(down.body.reason)).not.toHaveLength(0);
    const health = await fetch(`${server.url}/health`);
    expect(health.status).toBe(200);

    expect(db("start").status).toBe(0);
    // The server's probe closes its breaker by itself once Neo4j answers again.
    const url = server.url;
    const back = await pollUntil(async () => ((await ready(url)).status === 200 ? true : undefined), {
      timeoutMs: 10_000,
      intervalMs: 500,
    });
    expect(back, "/ready 200 again without a restart").toEqual({ answer: true });
  }, 240_000); // stops and restarts a real Neo4j: generous on a busy 2-core machine

  it("with NEO4J_URI set, db:start provisions and starts nothing", () => {
    const res = runTsx("scripts/src/neo4j/cli.ts", ["start"], {
      ...env,
      NEO4J_INSTANCE: "never-started",
      NEO4J_URI: "bolt://127.0.0.1:1",
    });
    expect(res.status).toBe(0);
    expect(res.stdout).toContain("no local one is managed");
    expect(neo4jProcessesFor(instanceDirs("never-started").home)).toHaveLength(0);
  });
});

describe("the test database", () => {
  it("answers a Cypher round trip through neo4j-driver", async () => {
    const driver = testDriver(inject("neo4jUri"));
    try {
      const token = `round-trip-${Date.now()}`;
      await driver.executeQuery("CREATE (:LifecycleProbe {token: $token})", { token });
      const res = await driver.executeQuery("MATCH (p:LifecycleProbe {token: $token}) RETURN p.token AS t", { token });
      expect(res.records.map((r) => r.get("t") as string)).toEqual([token]);
      await driver.executeQuery("MATCH (p:LifecycleProbe {token: $token}) DELETE p", { token });
    } finally {
      await driver.close();
    }
  });

  it("answers { version } over POST /graphql", async () => {
    const server = await startTestServer(inject("neo4jUri"));
    try {
      const res = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ version { api neo4j apoc } }" }),
      });
      const body = (await res.json()) as { data: { version: { neo4j: string; apoc: string } } };
      expect(body.data.version.neo4j).toMatch(/^5\.26\./);
      expect(body.data.version.apoc).toMatch(/^5\.26\./);
    } finally {
      await server.close();
    }
  });
});
