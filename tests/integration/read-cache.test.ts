import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Driver, Session, SessionConfig } from "neo4j-driver";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { gqlAs, gqlAsData, useCuratorSession } from "@rrn/testkit/curation";
import { getQuery, sha256 } from "../support/get-query.js";
import { gql, postGraphql } from "@rrn/testkit/graphql";
import { startTestServer, type TestServer } from "@rrn/testkit/in-process-server";

/**
 * Public reads cached by graph version: a repeat costs no Cypher, GET answers carry an ETag and
 * become 304 when the client holds them, each kind of request gets its Cache-Control, curator
 * reads and token-bearing requests are never cached, and a curator's write shows on the very
 * next request — through this instance at once, through another within its poll interval.
 */
const uri = inject("neo4jUri");
const run = `rcache-${randomUUID().slice(0, 8)}`;
const resource = `${run}-guide`;

const NODE = `query NodeSummary($id: ID!) { node(id: $id) { id label summary } }`;
const OVERVIEW = `query Overview($limit: Int!) { graph(limit: $limit) { nodes { id } total } }`;
const PUBLIC_POLICY = "public, max-age=0, must-revalidate";
const PRIVATE_POLICY = "private, no-store";

/** Counts the Neo4j sessions a server opens (every query runs in one), on its real driver. */
function countSessions(driver: Driver): { count: () => number } {
  let sessions = 0;
  const open = driver.session.bind(driver);
  driver.session = (config?: SessionConfig): Session => {
    sessions += 1;
    return open(config);
  };
  return { count: () => sessions };
}

describe("public reads cached by graph version", () => {
  let server: TestServer;
  let token: string;

  useCuratorSession(
    { uri, run, curator: "Caching Curator", env: { HTTP_CACHE_S_MAXAGE: "30" } },
    (s) => ({ server, token } = s),
  );
  beforeAll(async () => {
    await gqlAsData(
      server.url,
      token,
      `mutation C($input: [ResourceCreateInput!]!) { createResources(input: $input) { resources { id } } }`,
      { input: [{ id: resource, title: `${run} Caching Guide`, kind: "GUIDE", summary: "First summary." }] },
    );
  });

  const setSummary = (summary: string) =>
    gqlAsData(
      server.url,
      token,
      `mutation U($id: ID!, $s: String!) { updateResources(where: { id: { eq: $id } }, update: { summary: { set: $s } }) { resources { id } } }`,
      { id: resource, s: summary },
    );

  it("answers a repeated GET from memory, byte for byte, with an ETag, X-Cache and the public Cache-Control", async () => {
    const first = await getQuery(server.url, OVERVIEW, { limit: 40 });
    expect(first.status).toBe(200);
    expect(first.headers.get("x-cache")).toBe("MISS");
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^W\/".+\..+"$/);
    expect(etag).toContain(first.headers.get("x-graph-version"));
    expect(first.headers.get("cache-control")).toBe(`${PUBLIC_POLICY}, s-maxage=30`);
    // Stored once compressed, off the response's path (other entries, e.g. the warm-up's, may land first).
    await expect
      .poll(async () =>
        (await getQuery(server.url, OVERVIEW, { limit: 40 }, { hashOnly: true })).headers.get("x-cache"),
      )
      .toBe("HIT");

    const again = await getQuery(server.url, OVERVIEW, { limit: 40 }, { hashOnly: true });
    expect(again.status).toBe(200);
    expect(again.headers.get("x-cache")).toBe("HIT");
    expect(again.headers.get("etag")).toBe(etag);
    expect(again.headers.get("cache-control")).toBe(`${PUBLIC_POLICY}, s-maxage=30`);
    expect(again.headers.get("vary")).toMatch(/Accept-Encoding/i);
    expect(again.text).toBe(first.text);
  });

  it("answers 304 Not Modified when the client already holds the current answer, and 200 once it changed", async () => {
    const first = await getQuery(server.url, NODE, { id: resource });
    const etag = first.headers.get("etag")!;
    await expect
      .poll(async () => (await getQuery(server.url, NODE, { id: resource })).headers.get("x-cache"))
      .toBe("HIT");

    const unchanged = await getQuery(
      server.url,
      NODE,
      { id: resource },
      { hashOnly: true, headers: { "if-none-match": etag } },
    );
    expect(unchanged.status).toBe(304);
    expect(unchanged.text).toBe("");

    await setSummary("Second summary.");
    const changed = await getQuery(
      server.url,
      NODE,
      { id: resource },
      { hashOnly: true, headers: { "if-none-match": etag } },
    );
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    expect(changed.body?.data).toEqual({
      node: { id: resource, label: `${run} Caching Guide`, summary: "Second summary." },
    });
  });

  it("shows a curator's write on the very next request, over GET and POST alike", async () => {
    const read = async () =>
      (await getQuery<{ node: { summary: string } }>(server.url, NODE, { id: resource })).body?.data?.node.summary;
    const readPost = async () =>
      (await gql<{ node: { summary: string } }>(server.url, NODE, { id: resource })).body.data?.node.summary;
    await setSummary("Before the edit.");
    // Cached now (twice, to be sure the second is a hit).
    expect(await read()).toBe("Before the edit.");
    expect(await readPost()).toBe("Before the edit.");
    await expect
      .poll(async () => (await getQuery(server.url, NODE, { id: resource })).headers.get("x-cache"))
      .toBe("HIT");

    await setSummary("After the edit.");
    expect(await read()).toBe("After the edit.");
    expect(await readPost()).toBe("After the edit.");
  });

  it("runs no Cypher for a repeat: every request after the first is a hit", async () => {
    // Its own server, polling rarely, so the only sessions it opens are the queries' own.
    const quiet = await startTestServer(uri, { GRAPH_VERSION_POLL_MS: "60000" });
    try {
      const sessions = countSessions(quiet.driver);
      await getQuery(quiet.url, OVERVIEW, { limit: 25 });
      await expect
        .poll(async () =>
          (await getQuery(quiet.url, OVERVIEW, { limit: 25 }, { hashOnly: true })).headers.get("x-cache"),
        )
        .toBe("HIT");
      const before = sessions.count();
      expect(before).toBeGreaterThan(0);
      const hitsBefore = quiet.readPath.responses.stats().hits;
      for (let i = 0; i < 5; i++) {
        const res = await getQuery(quiet.url, OVERVIEW, { limit: 25 }, { hashOnly: true });
        expect(res.headers.get("x-cache")).toBe("HIT");
        // POST of the same operation, named as the GET names it: the same cached answer.
        const post = await postGraphql(
          quiet.url,
          JSON.stringify({ query: OVERVIEW, operationName: "Overview", variables: { limit: 25 } }),
        );
        expect(post.headers.get("x-cache")).toBe("HIT");
      }
      expect(sessions.count()).toBe(before);
      expect(quiet.readPath.responses.stats().hits - hitsBefore).toBe(10);
    } finally {
      await quiet.close();
    }
  });

  it("computes coverage once per graph version, whichever document asks, and counts a curator's new link at once", async () => {
    // Two documents asking for the same matrix: the response cache keys each apart, so only the
    // per-version memo can answer the second without Cypher.
    const cellsOnly = `query CoverageA { coverage { cells { row column count } } }`;
    const withRows = `query CoverageB { coverage { rows { id } columns { id } cells { row column count } } }`;
    type Cells = { coverage: { cells: { row: string; column: string; count: number }[] } };
    const quiet = await startTestServer(uri, { GRAPH_VERSION_POLL_MS: "60000" });
    try {
      const sessions = countSessions(quiet.driver);
      const first = await gql<Cells>(quiet.url, cellsOnly);
      const before = sessions.count();
      expect(before).toBeGreaterThan(0);
      const second = await gql<Cells>(quiet.url, withRows);
      expect(second.headers.get("x-cache")).not.toBe("HIT");
      expect(sessions.count()).toBe(before);
      expect(second.body.data?.coverage.cells).toEqual(first.body.data?.coverage.cells);
    } finally {
      await quiet.close();
    }

    // Through the curators' server: its write moves the version, and the next answer counts it.
    const cell = async (query: string) =>
      (await gql<Cells>(server.url, query)).body.data?.coverage.cells.find(
        (c) => c.row === "seclusion" && c.column === "schools",
      )?.count ?? 0;
    const countBefore = await cell(cellsOnly);
    const link = (type: string, to: string, evidence: string) =>
      gqlAsData(server.url, token, `mutation ($input: RelationshipInput!) { addRelationship(input: $input) { id } }`, {
        input: { type, from: resource, to, evidence, source: "https://example.org/cache", basis: "STATED" },
      });
    await link("ADDRESSES", "seclusion", "on seclusion");
    await link("FOR_SETTING", "schools", "for schools");
    expect(await cell(cellsOnly)).toBe(countBefore + 1);
    expect(await cell(withRows)).toBe(countBefore + 1);
  });

  it("answers a burst of the same uncached read with one query: the others wait for its answer", async () => {
    const quiet = await startTestServer(uri, { GRAPH_VERSION_POLL_MS: "60000" });
    try {
      // A read nothing has asked for yet on this server (its own limit), sent 20 times at once.
      const sessions = countSessions(quiet.driver);
      const before = quiet.readPath.responses.stats();
      const answers = await Promise.all(Array.from({ length: 20 }, () => getQuery(quiet.url, OVERVIEW, { limit: 17 })));
      const bodies = answers.map((a) => a.text);
      expect(answers.map((a) => a.status)).toEqual(Array<number>(20).fill(200));
      expect(new Set(bodies).size).toBe(1);
      expect(answers.filter((a) => a.headers.get("x-cache") === "MISS")).toHaveLength(1);
      expect(answers.filter((a) => a.headers.get("x-cache") === "HIT")).toHaveLength(19);
      const after = quiet.readPath.responses.stats();
      expect(after.stores - before.stores).toBe(1);
      expect(after.coalesced - before.coalesced).toBeGreaterThan(0);
      // The one miss opened the sessions of one overview; a second, uncoalesced would double them.
      const oneOverview = sessions.count();
      expect(oneOverview).toBeGreaterThan(0);
      await getQuery(quiet.url, OVERVIEW, { limit: 18 });
      expect(sessions.count()).toBe(2 * oneOverview);
    } finally {
      await quiet.close();
    }
  });

  it("gives mutations, curator reads, token-bearing requests and errors `private, no-store`, and never caches them", async () => {
    const mutation = await gqlAs(
      server.url,
      token,
      `mutation U($id: ID!) { updateResources(where: { id: { eq: $id } }, update: { year: { set: 2020 } }) { resources { id } } }`,
      { id: resource },
    );
    expect(mutation.headers.get("cache-control")).toBe(PRIVATE_POLICY);
    expect(mutation.headers.get("etag")).toBeNull();

    for (let i = 0; i < 2; i++) {
      const suggestions = await gqlAs(
        server.url,
        token,
        `{ suggestions(limit: 5) { id } auditLog(limit: 3) { id } deletedEntities { id } }`,
      );
      expect(suggestions.body.errors).toBeUndefined();
      expect(suggestions.headers.get("cache-control")).toBe(PRIVATE_POLICY);
      expect(suggestions.headers.get("x-cache")).toBeNull();

      // curationStatus depends on who asks, even anonymously.
      const status = await getQuery(server.url, `query Status { curationStatus { signedIn } }`);
      expect(status.status).toBe(200);
      expect(status.headers.get("cache-control")).toBe(PRIVATE_POLICY);
      expect(status.headers.get("x-cache")).toBeNull();

      // A public read sent with a token is answered fresh and privately.
      const withToken = await getQuery(
        server.url,
        NODE,
        { id: resource },
        { headers: { authorization: `Bearer ${token}` } },
      );
      expect(withToken.status).toBe(200);
      expect(withToken.headers.get("cache-control")).toBe(PRIVATE_POLICY);
      expect(withToken.headers.get("x-cache")).toBeNull();
    }

    const error = await getQuery(server.url, `query Deep { neighbourhood(id: "mersey-care", depth: 9) { truncated } }`);
    expect(error.body?.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(error.headers.get("cache-control")).toBe(PRIVATE_POLICY);
  });

  it("gives a public read over POST `private, no-store` (POST is never an HTTP cache's), yet serves it from memory", async () => {
    const first = await gql(server.url, OVERVIEW, { limit: 30 });
    expect(first.headers.get("cache-control")).toBe(PRIVATE_POLICY);
    await expect.poll(async () => (await gql(server.url, OVERVIEW, { limit: 30 })).headers.get("x-cache")).toBe("HIT");
  });

  it("lets a same-origin GET through without a preflight header (Fetch Metadata), but no cross-site one, cached or not", async () => {
    // Cached first (a version bump from an earlier file may land between two requests).
    await expect
      .poll(async () => (await getQuery(server.url, OVERVIEW, { limit: 40 })).headers.get("x-cache"))
      .toBe("HIT");
    const sameOrigin = await getQuery(
      server.url,
      OVERVIEW,
      { limit: 40 },
      {
        hashOnly: true,
        noPreflightHeader: true,
        headers: { "sec-fetch-site": "same-origin", "sec-fetch-mode": "cors" },
      },
    );
    expect(sameOrigin.status).toBe(200);
    expect(sameOrigin.headers.get("x-cache")).toBe("HIT");
    const refused: Record<string, string>[] = [{ "sec-fetch-site": "cross-site" }, {}];
    for (const headers of refused) {
      const forged = await getQuery(
        server.url,
        OVERVIEW,
        { limit: 40 },
        { hashOnly: true, noPreflightHeader: true, headers },
      );
      expect(forged.status).toBe(400);
      expect(forged.body?.errors?.[0]?.message).toMatch(/Cross-Site Request Forgery/);
    }
  });

  it("sees a write through another instance within that instance's poll interval", async () => {
    const other = await startTestServer(uri, { GRAPH_VERSION_POLL_MS: "200" });
    try {
      const read = async () =>
        (await getQuery<{ node: { summary: string } }>(other.url, NODE, { id: resource })).body?.data?.node.summary;
      await setSummary("Seen by both.");
      await expect.poll(read, { timeout: 5_000, interval: 50 }).toBe("Seen by both.");
      await expect
        .poll(async () => (await getQuery(other.url, NODE, { id: resource })).headers.get("x-cache"))
        .toBe("HIT");
      await setSummary("Written through the first instance.");
      // Seen by the other instance's own poll of the graph version (nothing tells it otherwise);
      // the 5 s is a bound on waiting for that, not a speed being measured.
      await expect.poll(read, { timeout: 5_000, interval: 20 }).toBe("Written through the first instance.");
    } finally {
      await other.close();
    }
  });

  it("fills in the text of every operation the client build lists, so the first hash-only GET is answered", async () => {
    const dist = mkdtempSync(path.join(os.tmpdir(), "rrn-known-ops-"));
    const query = `query KnownOverview { graph(limit: 3) { total } }`;
    writeFileSync(path.join(dist, "persisted-queries.json"), JSON.stringify({ [sha256(query)]: query }));
    const known = await startTestServer(uri, { CLIENT_DIST: dist });
    try {
      const res = await getQuery<{ graph: { total: number } }>(known.url, query, {}, { hashOnly: true });
      expect(res.status).toBe(200);
      expect(res.body?.data?.graph.total).toBeGreaterThan(100);
      // A hash the build does not list is unknown as before: the client then sends the text.
      const unknown = await getQuery(known.url, `query Unlisted { graph(limit: 2) { total } }`, {}, { hashOnly: true });
      expect(unknown.body?.errors?.[0]?.message).toBe("PersistedQueryNotFound");
    } finally {
      await known.close();
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
