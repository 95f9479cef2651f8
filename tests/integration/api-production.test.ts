import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { gql } from "@rrn/testkit/graphql";
import { startTestServer, type TestServer } from "@rrn/testkit/in-process-server";
import { testDriver } from "@rrn/testkit/neo4j";

/** What production answers must never contain. */
function expectNoLeaks(body: unknown): void {
  const text = JSON.stringify(body);
  expect(text).not.toMatch(/stacktrace/i);
  expect(text).not.toMatch(/Did you mean/i);
  expect(text).not.toMatch(/\.ts:\d+|node_modules/);
}

describe("production error handling (NODE_ENV=production)", () => {
  let server: TestServer;
  const brokenId = `api-production-broken-${Date.now()}`;
  const driver = testDriver(inject("neo4jUri"));

  beforeAll(async () => {
    server = await startTestServer(inject("neo4jUri"), { NODE_ENV: "production" }, { captureLogs: true });
    // A node that breaks the data contract (a title that is a list) makes the API fail inside.
    await driver.executeQuery("CREATE (:Resource {id: $id, title: ['not', 'a', 'string']})", { id: brokenId });
  });
  afterAll(async () => {
    await driver.executeQuery("MATCH (n:Resource {id: $id}) DETACH DELETE n", { id: brokenId });
    await driver.close();
    await server.close();
  });

  it("refuses introspection", async () => {
    const res = await gql(server.url, `{ __schema { queryType { name } } }`);
    expect(res.body.errors?.[0]?.message).toMatch(/introspection/i);
    expectNoLeaks(res.body);
  });

  it("gives no schema hints for a misspelt field", async () => {
    const res = await gql(server.url, `{ serch(query: "six") { id } }`);
    expect(res.body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expectNoLeaks(res.body);
  });

  it("keeps bad-input messages, without stack traces", async () => {
    const res = await gql(server.url, `{ neighbourhood(id: "mersey-care", depth: 9) { truncated } }`);
    expect(res.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.body.errors?.[0]?.message).toMatch(/depth must be between 1 and 3/);
    expectNoLeaks(res.body);
  });

  it("masks internal errors behind a request id, and logs the details as JSON with that id", async () => {
    const res = await gql(server.url, `{ node(id: "${brokenId}") { id label } }`);
    const error = res.body.errors?.[0];
    expect(error?.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
    const requestId = error?.extensions?.requestId;
    expect(typeof requestId).toBe("string");
    expect(error?.message).toBe(`Internal server error (request id ${String(requestId)})`);
    expect(error?.extensions?.detail).toBeUndefined();
    expect(res.headers.get("x-request-id")).toBe(requestId);
    expectNoLeaks(res.body);

    const logged = server.logs.find((line) => line.requestId === requestId && line.level === 50);
    expect(logged, JSON.stringify(server.logs)).toBeDefined();
    expect(logged?.msg).toBe("resolver failed");
    expect(JSON.stringify(logged?.err)).toMatch(/node/);
  });
});
