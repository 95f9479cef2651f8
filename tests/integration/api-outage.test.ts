import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runTsx } from "../support/cli.js";
import { gql } from "@rrn/testkit/graphql";
import { waitFor } from "@rrn/testkit/poll";
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

/**
 * The server's own timeouts (connect, the driver's retry window, queries) far beyond the test:
 * a query answered at all while Neo4j is down was answered by the circuit breaker, not by a
 * timeout, and one waiting for a timeout would hang (and fail the test) instead.
 */
const timeoutsOutOfReach = {
  NEO4J_CONNECT_TIMEOUT_MS: "600000",
  NEO4J_QUERY_TIMEOUT_MS: "600000",
  NEO4J_ACQUISITION_TIMEOUT_MS: "600000",
};

describe("with Neo4j stopped", () => {
  let server: TestServer;

  beforeAll(async () => {
    const started = db("start");
    expect(started.status, started.stderr).toBe(0);
    // The response cache off: this is about the path to the database. (With it on, a public read
    // already cached is still answered for the few seconds the graph version stays confirmed.)
    server = await startTestServer(uri, { RESPONSE_CACHE_MAX_BYTES: "0", ...timeoutsOutOfReach });
  });

  afterAll(async () => {
    await server?.close();
    db("stop");
  });

  it("answers while the database is up", async () => {
    for (const query of Object.values(queries)) {
      const res = await gql(server.url, query);
      expect(res.status).toBe(200);
      expect(res.body.errors, query).toBeUndefined();
    }
  });

  it("answers search on a database that was never seeded with 503, not an internal error", async () => {
    const res = await gql(server.url, `{ search(query: "six core") { id } }`);
    expect(res.status).toBe(503);
    expect(res.body.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
    expect(res.body.errors?.[0]?.message).toMatch(/not been seeded/);
  });

  it("fails every kind of query with HTTP 503 and SERVICE_UNAVAILABLE from its breaker, then recovers after db:start", async () => {
    const stopped = db("stop");
    expect(stopped.status, stopped.stderr).toBe(0);

    for (const [name, query] of Object.entries(queries)) {
      const res = await gql(server.url, query);
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
      const res = await waitFor(
        `${name} to answer again`,
        async () => {
          const answer = await gql(server.url, query);
          return answer.status === 200 ? answer : undefined;
        },
        { timeoutMs: 20_000, intervalMs: 500 },
      );
      expect(res.body.errors, name).toBeUndefined();
    }
  }, 240_000); // stops and restarts a real Neo4j: generous on a busy 2-core machine
});
