import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runTsx } from "../support/cli.js";
import { gql, type GqlResponse } from "@rrn/testkit/graphql";
import { startTestServer, type TestServer } from "@rrn/testkit/in-process-server";

// A throwaway instance of our own: stopping it disturbs neither the shared test database nor
// anyone else's (NEO4J_OUTAGE_BOLT_PORT moves it, for two checkouts testing at once).
const port = process.env.NEO4J_OUTAGE_BOLT_PORT ?? "7695";
const env = { NEO4J_INSTANCE: "api-outage", NEO4J_BOLT_PORT: port, NEO4J_HEAP: "512m", NEO4J_PAGECACHE: "128m" };
const uri = `bolt://127.0.0.1:${port}`;
const db = (cmd: string) => runTsx("scripts/src/neo4j/cli.ts", [cmd], env);

// One graph-shaped query, one from the @neo4j/graphql entity layer, and { version }: all three
// paths to the database must fail the same way. None needs seeded data or a full-text index.
const queries = {
  neighbourhood: `{ neighbourhood(id: "mersey-care") { truncated nodes { id } } }`,
  node: `{ node(id: "mersey-care") { id } }`,
  entities: `{ organisations(limit: 1) { id } }`,
  version: `{ version { neo4j } }`,
};

async function timed(url: string, query: string): Promise<{ ms: number; res: GqlResponse<unknown> }> {
  const started = Date.now();
  const res = await gql(url, query);
  return { ms: Date.now() - started, res };
}

describe("with Neo4j stopped", () => {
  let server: TestServer;

  beforeAll(async () => {
    const started = db("start");
    expect(started.status, started.stderr).toBe(0);
    // The response cache off: this is about the path to the database. (With it on, a public read
    // already cached is still answered for the few seconds the graph version stays confirmed.)
    server = await startTestServer(uri, { RESPONSE_CACHE_MAX_BYTES: "0" });
  });

  afterAll(async () => {
    await server?.close();
    db("stop");
  });

  it("answers while the database is up", async () => {
    for (const query of Object.values(queries)) {
      const { res } = await timed(server.url, query);
      expect(res.status).toBe(200);
      expect(res.body.errors, query).toBeUndefined();
    }
  });

  it("answers search on a database that was never seeded with 503, not an internal error", async () => {
    const { res } = await timed(server.url, `{ search(query: "six core") { id } }`);
    expect(res.status).toBe(503);
    expect(res.body.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
    expect(res.body.errors?.[0]?.message).toMatch(/not been seeded/);
  });

  it("fails every kind of query within 5 s with HTTP 503 and SERVICE_UNAVAILABLE, then recovers after db:start", async () => {
    const stopped = db("stop");
    expect(stopped.status, stopped.stderr).toBe(0);

    for (const [name, query] of Object.entries(queries)) {
      const { ms, res } = await timed(server.url, query);
      expect(ms, `${name} answered in ${ms} ms`).toBeLessThan(5000);
      expect(res.status, name).toBe(503);
      expect(res.body.errors?.[0]?.extensions?.code, name).toBe("SERVICE_UNAVAILABLE");
      expect(res.body.errors?.[0]?.message).toMatch(/unavailable/i);
    }
    const health = await fetch(`${server.url}/health`);
    expect(health.status).toBe(200);

    // Same server process: the driver reconnects by itself.
    const restarted = db("start");
    expect(restarted.status, restarted.stderr).toBe(0);
    for (const [name, query] of Object.entries(queries)) {
      let { res } = await timed(server.url, query);
      for (let i = 0; i < 40 && res.status !== 200; i++) {
        await new Promise((r) => setTimeout(r, 500));
        ({ res } = await timed(server.url, query));
      }
      expect(res.status, name).toBe(200);
      expect(res.body.errors, name).toBeUndefined();
    }
  }, 240_000); // stops and restarts a real Neo4j: generous on a busy 2-core machine
});
