import { randomUUID } from "node:crypto";
import type { Driver } from "neo4j-driver";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { SUGGESTION_RATE_LABEL } from "@rrn/server";
import { curationEnv, errorCodes } from "@rrn/testkit/curation";
import { type GqlResponse, postGraphql } from "@rrn/testkit/graphql";
import { startTestServer, type TestServer } from "@rrn/testkit/in-process-server";
import { testDriver } from "@rrn/testkit/neo4j";
import { waitFor } from "@rrn/testkit/poll";

/**
 * The suggestion rate limit as deployed: behind a proxy (TRUST_PROXY decides which
 * X-Forwarded-For entry is the client, so a visitor cannot pick one) and across instances
 * (the counts live in Neo4j, so N instances enforce one limit).
 */
const uri = inject("neo4jUri");
const run = `rate-${randomUUID().slice(0, 8)}`;
const suggest = `mutation Suggest($input: SuggestionInput!) { suggestResource(input: $input) { id } }`;

function send(server: TestServer, forwardedFor?: string, title = `Rate ${run}`): Promise<GqlResponse<unknown>> {
  return postGraphql(
    server.url,
    JSON.stringify({ query: suggest, variables: { input: { title } } }),
    forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor },
  );
}

/** Error codes of each answer, in order: [] for a stored suggestion. */
async function codesOf(answers: Promise<GqlResponse<unknown>>[]): Promise<(string | undefined)[][]> {
  return (await Promise.all(answers)).map(errorCodes);
}

describe("suggestion rate limit behind a proxy and across instances", () => {
  let driver: Driver;
  const servers: TestServer[] = [];
  const start = async (env: Record<string, string>) => {
    const server = await startTestServer(uri, { ...curationEnv, ...env });
    servers.push(server);
    return server;
  };
  const clearCounts = () => driver.executeQuery(`MATCH (c:${SUGGESTION_RATE_LABEL}) DELETE c`);
  const endAllWindows = () =>
    driver.executeQuery(`MATCH (c:${SUGGESTION_RATE_LABEL}) SET c.windowEndsAt = timestamp() - 1`);
  const expired = async () =>
    (
      await driver.executeQuery(
        `MATCH (c:${SUGGESTION_RATE_LABEL}) WHERE c.windowEndsAt <= timestamp() RETURN count(c) AS n`,
      )
    ).records[0]?.get("n") as number;

  beforeAll(async () => {
    driver = testDriver(uri);
    await clearCounts();
  });
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
    await clearCounts();
  });
  afterAll(async () => {
    await driver.executeQuery(`MATCH (s:Suggestion) WHERE s.title CONTAINS $run DETACH DELETE s`, { run });
    await driver.close();
  });

  it("with TRUST_PROXY off, ignores X-Forwarded-For: every request counts against the socket's address", async () => {
    const server = await start({ SUGGESTION_RATE_LIMIT: "2" });
    const codes = [];
    for (const claimed of ["203.0.113.1", "203.0.113.2", "203.0.113.3"])
      codes.push(errorCodes(await send(server, claimed)));
    expect(codes).toEqual([[], [], ["RATE_LIMITED"]]);
  });

  it("with TRUST_PROXY=1, takes the entry the proxy appended and ignores what the client wrote before it", async () => {
    const server = await start({ SUGGESTION_RATE_LIMIT: "2", TRUST_PROXY: "1" });
    const codes = [];
    // The proxy appends the address it saw; a client can only prepend made-up ones.
    for (const header of ["6.6.6.6, 203.0.113.10", "7.7.7.7, 203.0.113.10", "8.8.8.8, 203.0.113.10"]) {
      codes.push(errorCodes(await send(server, header)));
    }
    codes.push(errorCodes(await send(server, "6.6.6.6, 203.0.113.11"))); // another visitor
    codes.push(errorCodes(await send(server))); // no header: the socket's address
    expect(codes).toEqual([[], [], ["RATE_LIMITED"], [], []]);
  });

  it("with TRUST_PROXY as addresses, skips hops from trusted proxies and keys on the first untrusted one", async () => {
    const server = await start({ SUGGESTION_RATE_LIMIT: "1", TRUST_PROXY: "loopback, 10.0.0.0/8" });
    const codes = [];
    for (const header of [
      "9.9.9.9, 203.0.113.20, 10.1.2.3", // client 203.0.113.20 via two trusted proxies
      "1.1.1.1, 203.0.113.20, 10.9.9.9", // the same client by another route, a new spoofed entry
      "203.0.113.21, 10.1.2.3", // someone else
    ]) {
      codes.push(errorCodes(await send(server, header)));
    }
    expect(codes).toEqual([[], ["RATE_LIMITED"], []]);
  });

  it("enforces one limit across two instances on one Neo4j", async () => {
    const [a, b] = [await start({ SUGGESTION_RATE_LIMIT: "3" }), await start({ SUGGESTION_RATE_LIMIT: "3" })];
    const codes = [];
    for (const server of [a, b, a, b, a]) codes.push(errorCodes(await send(server)));
    expect(codes).toEqual([[], [], [], ["RATE_LIMITED"], ["RATE_LIMITED"]]);
  });

  it("lets exactly the limit through when both instances are sent suggestions at the same moment", async () => {
    const [a, b] = [await start({ SUGGESTION_RATE_LIMIT: "4" }), await start({ SUGGESTION_RATE_LIMIT: "4" })];
    const title = `Concurrent ${run}`;
    const codes = await codesOf(Array.from({ length: 12 }, (_, i) => send(i % 2 === 0 ? a : b, undefined, title)));
    expect(codes.filter((c) => c.length === 0)).toHaveLength(4);
    expect(codes.filter((c) => c.length === 1 && c[0] === "RATE_LIMITED")).toHaveLength(8);
    const stored = await driver.executeQuery(`MATCH (s:Suggestion {title: $title}) RETURN count(s) AS n`, { title });
    expect(stored.records[0]?.get("n")).toBe(4);
  });

  it("does not count a suggestion it refused as invalid", async () => {
    const server = await start({ SUGGESTION_RATE_LIMIT: "1" });
    const codes = [];
    codes.push(errorCodes(await send(server, undefined, "x".repeat(201))));
    codes.push(errorCodes(await send(server)));
    codes.push(errorCodes(await send(server)));
    expect(codes).toEqual([["BAD_USER_INPUT"], [], ["RATE_LIMITED"]]);
  });

  it("forgets an address once its window has passed, and sweeps expired counters away", async () => {
    const server = await start({ SUGGESTION_RATE_LIMIT: "1", TRUST_PROXY: "1" });
    expect(errorCodes(await send(server, "203.0.113.30"))).toEqual([]);
    const refused = await send(server, "203.0.113.30");
    expect(errorCodes(refused)).toEqual(["RATE_LIMITED"]);
    // The window is the configured one (an hour by default), counted from the first suggestion.
    const retryAfter = refused.body.errors?.[0]?.extensions?.retryAfterSeconds;
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    expect(refused.body.errors?.[0]?.message).toMatch(/per hour/);

    // The limit reads the database's clock against each counter's window end, so the test moves
    // the window end into the past instead of waiting for it.
    await endAllWindows();
    expect(errorCodes(await send(server, "203.0.113.30"))).toEqual([]);

    // Another instance (which has not swept yet) sweeps expired counters after its first suggestion.
    await endAllWindows();
    const other = await start({ SUGGESTION_RATE_LIMIT: "1", TRUST_PROXY: "1" });
    expect(await expired()).toBeGreaterThan(0);
    expect(errorCodes(await send(other, "203.0.113.31"))).toEqual([]);
    await waitFor("the expired counters to be swept", async () => ((await expired()) === 0 ? true : undefined), {
      timeoutMs: 5_000,
      intervalMs: 100,
    });
    expect(await expired()).toBe(0);
  });
});
