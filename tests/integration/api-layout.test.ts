import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { getQuery } from "../support/get-query.js";
import { startTestServer, type TestServer } from "@rrn/testkit/in-process-server";

/**
 * Server-side layouts (Subgraph.layout): positions for every node the view draws, the same from
 * every API instance, computed once and then served from the response cache — except an answer
 * whose layout failed, which is sent without positions and not kept, so the next request tries
 * again instead of the whole graph version going without.
 */
const uri = inject("neo4jUri");

const OVERVIEW = `query OverviewLayout($limit: Int!) { graph(limit: $limit) { nodes { id } layout(view: FORCE) { id x y } } }`;
const LINEAGE = `query LineageLayout($id: ID!) {
  lineage(id: $id, direction: DOWNSTREAM) { nodes { id } layout(view: HIERARCHY, focus: $id) { id x y } }
}`;

interface Laid {
  nodes: { id: string }[];
  layout: { id: string; x: number; y: number }[] | null;
}

function expectEveryNodePlaced(graph: Laid): void {
  expect(graph.nodes.length).toBeGreaterThan(1);
  expect(graph.layout).not.toBeNull();
  expect(graph.layout!.map((p) => p.id).sort()).toEqual(graph.nodes.map((n) => n.id).sort());
  for (const p of graph.layout!) {
    expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  }
  // Laid out, not stacked: the positions spread over the plane.
  expect(new Set(graph.layout!.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)).size).toBe(graph.layout!.length);
}

describe("server-side layouts", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(uri);
  });
  afterAll(async () => {
    await server.close();
  });

  it("places every node of the overview, and a repeat is the same answer from the cache", async () => {
    const first = await getQuery<{ graph: Laid }>(server.url, OVERVIEW, { limit: 60 });
    expect(first.body?.errors).toBeUndefined();
    expectEveryNodePlaced(first.body!.data!.graph);
    await expect
      .poll(async () =>
        (await getQuery(server.url, OVERVIEW, { limit: 60 }, { hashOnly: true })).headers.get("x-cache"),
      )
      .toBe("HIT");
    const again = await getQuery<{ graph: Laid }>(server.url, OVERVIEW, { limit: 60 }, { hashOnly: true });
    expect(again.body!.data!.graph.layout).toEqual(first.body!.data!.graph.layout);
  });

  it("lays a lineage out top-down from its focus", async () => {
    const res = await getQuery<{ lineage: Laid }>(server.url, LINEAGE, { id: "six-core-strategies" });
    expect(res.body?.errors).toBeUndefined();
    const lineage = res.body!.data!.lineage;
    expectEveryNodePlaced(lineage);
    // In ranks, as dagre draws a hierarchy: several levels, with nodes sharing a level's height.
    const levels = new Set(lineage.layout!.map((p) => Math.round(p.y)));
    expect(levels.size).toBeGreaterThan(1);
    expect(levels.size).toBeLessThan(lineage.layout!.length);
  });

  it("gives every API instance the same positions (the force layout is seeded from what it lays out)", async () => {
    const other = await startTestServer(uri, { RESPONSE_CACHE_MAX_BYTES: "0" });
    try {
      const [a, b] = await Promise.all([
        getQuery<{ graph: Laid }>(server.url, OVERVIEW, { limit: 40 }),
        getQuery<{ graph: Laid }>(other.url, OVERVIEW, { limit: 40 }),
      ]);
      expect(a.body!.data!.graph.layout).not.toBeNull();
      expect(b.body!.data!.graph.layout).toEqual(a.body!.data!.graph.layout);
    } finally {
      await other.close();
    }
  });

  it("sends an answer whose layout failed without positions, and does not cache it", async () => {
    // A layout cannot finish in 1 ms: every one fails as a slow or stuck one would.
    const hurried = await startTestServer(uri, { LAYOUT_TIMEOUT_MS: "1" });
    try {
      for (let i = 0; i < 2; i++) {
        const res = await getQuery<{ graph: Laid }>(hurried.url, OVERVIEW, { limit: 30 });
        expect(res.status).toBe(200);
        expect(res.body?.errors).toBeUndefined();
        expect(res.body!.data!.graph.nodes.length).toBeGreaterThan(1);
        expect(res.body!.data!.graph.layout).toBeNull();
        // An answer the server keeps is sent as a MISS with its validator, as it starts storing it
        // (decided with the answer, so no waiting for a store): this one has neither, either time.
        expect(res.headers.get("x-cache")).toBeNull();
        expect(res.headers.get("etag")).toBeNull();
        expect(res.headers.get("cache-control")).toBe("private, no-store");
      }
    } finally {
      await hurried.close();
    }
  });

  it("caches an answer too big to lay out: that is not a failure, the browser lays it out", async () => {
    const small = await startTestServer(uri, { LAYOUT_MAX_NODES: "5" });
    try {
      const first = await getQuery<{ graph: Laid }>(small.url, OVERVIEW, { limit: 30 });
      expect(first.body!.data!.graph.layout).toBeNull();
      await expect
        .poll(async () => (await getQuery(small.url, OVERVIEW, { limit: 30 })).headers.get("x-cache"))
        .toBe("HIT");
    } finally {
      await small.close();
    }
  });
});
