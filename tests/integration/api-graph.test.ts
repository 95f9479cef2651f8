import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadSeed, type Seed } from "@rrn/graph-seed";
import { gqlData } from "@rrn/testkit/graphql";
import { type TestServer, useTestServer } from "@rrn/testkit/in-process-server";
import { testDriver } from "@rrn/testkit/neo4j";
import { drawableQuery, ids, type Edge } from "../support/subgraph.js";

/** The graph around a node: its neighbourhood, lineage, the paths between two, the relationships among a few. */
describe("graph-shaped queries", () => {
  let server: TestServer;
  let seed: Seed;
  const query = (name: string, args: string) => drawableQuery(server.url, name, args);
  /** Degree of a node in the seed: relationships in either direction. */
  const seedDegree = (id: string) => seed.relationships.filter((r) => r.from === id || r.to === id).length;

  useTestServer(inject("neo4jUri"), (s) => (server = s));
  beforeAll(async () => {
    seed = await loadSeed();
  });

  describe("neighbourhood", () => {
    it("of Mersey Care includes the HOPE model, with the DEVELOPED_BY edge and its evidence", async () => {
      const g = await query("neighbourhood", `id: "mersey-care"`);
      expect(g.nodes[0]).toMatchObject({ id: "mersey-care", distance: 0 });
      expect(ids(g)).toContain("hope-model");
      const edge = g.edges.find((e) => e.source === "hope-model" && e.target === "mersey-care");
      expect(edge).toMatchObject({ type: "DEVELOPED_BY", id: "DEVELOPED_BY:hope-model->mersey-care" });
      expect(edge?.evidence).toMatch(/HOPE model/);
      expect(g.truncated).toBe(false);
      expect(g.moreByType).toEqual([]);
      expect(g.nodes.find((n) => n.id === "mersey-care")?.degree).toBe(seedDegree("mersey-care"));
    });

    it("answers exactly the seed's neighbours at depth 1", async () => {
      const g = await query("neighbourhood", `id: "six-core-strategies", limit: 1000`);
      const expected = new Set(
        seed.relationships
          .filter((r) => r.from === "six-core-strategies" || r.to === "six-core-strategies")
          .map((r) => (r.from === "six-core-strategies" ? r.to : r.from)),
      );
      expect(new Set(ids(g).slice(1))).toEqual(expected);
      for (const n of g.nodes.slice(1)) expect(n.distance).toBe(1);
    });

    it("cuts a hub to the limit, most relevant first, and says how many more of each type", async () => {
      const hub = "restraint-reduction-network";
      const full = await query("neighbourhood", `id: "${hub}", limit: 1000`);
      const neighbours = full.nodes.length - 1;
      expect(neighbours).toBeGreaterThan(4);

      const cut = await query("neighbourhood", `id: "${hub}", limit: 4`);
      expect(cut.nodes).toHaveLength(4);
      expect(cut.truncated).toBe(true);
      expect(cut.total).toBe(full.nodes.length);
      // The kept neighbours are the head of the full ranking, and the rest are counted per type.
      expect(ids(cut)).toEqual(ids(full).slice(0, 4));
      const leftOut = full.nodes.slice(4);
      const expectedMore = new Map<string, number>();
      for (const n of leftOut) expectedMore.set(n.type, (expectedMore.get(n.type) ?? 0) + 1);
      expect(new Map(cut.moreByType?.map((m) => [m.type, m.count]))).toEqual(expectedMore);
      // Ranked by relevance: ties to the focus, then overall connectedness.
      const degrees = full.nodes.slice(1).map((n) => n.degree);
      expect(degrees[0]).toBe(Math.max(...degrees));
    });

    it("follows depth and filters by type without dropping the focus", async () => {
      // The CYP guidance follows on from the Positive and Proactive guidance, which describes the framework.
      const g = await query(
        "neighbourhood",
        `id: "cyp-restrictive-intervention-guidance", depth: 2, types: [FRAMEWORK]`,
      );
      expect(g.nodes[0]?.id).toBe("cyp-restrictive-intervention-guidance");
      expect(ids(g)).toContain("positive-and-proactive");
      expect(g.nodes.find((n) => n.id === "positive-and-proactive")?.distance).toBe(2);
      for (const n of g.nodes.slice(1)) expect(n.type).toBe("FRAMEWORK");
    });

    it("answers an empty subgraph for an unknown id", async () => {
      const g = await query("neighbourhood", `id: "no-such-node"`);
      expect(g).toMatchObject({ nodes: [], edges: [], truncated: false });
    });
  });

  describe("lineage", () => {
    it("downstream of the Six Core Strategies includes the REsTRAIN Yourself Toolkit and the NZ checklist", async () => {
      const g = await query("lineage", `id: "six-core-strategies"`);
      expect(ids(g)).toEqual(expect.arrayContaining(["restrain-yourself-toolkit", "nz-six-core-strategies-checklist"]));
      // The NZ checklist implements the strategies (its title) and adapts the NASMHPD checklist, which does too.
      expect(g.nodes.find((n) => n.id === "nz-six-core-strategies-checklist")?.distance).toBe(1);
      const adapts = g.edges.find(
        (e) => e.source === "nz-six-core-strategies-checklist" && e.target === "nasmhpd-six-core-strategies-checklist",
      );
      expect(adapts).toMatchObject({ type: "DERIVES_FROM", how: "ADAPTS", annotation: false });
      expect(g.edges.find((e) => e.source === "restrain-yourself-toolkit")).toMatchObject({ how: "ENCOMPASSES" });
    });

    // The seed has no chain of two DERIVES_FROM since the NZ checklist implements the strategies
    // directly: a chain of our own, removed afterwards, shows transitivity and the depth limit.
    const chain = `lineage-${randomUUID().slice(0, 8)}`;
    beforeAll(async () => {
      const driver = testDriver(inject("neo4jUri"));
      try {
        await driver.executeQuery(
          `CREATE (a:Framework {id: $p + "-a", name: $p + " A"})
           CREATE (b:Resource {id: $p + "-b", title: $p + " B", kind: "TOOL"})-[:DERIVES_FROM {how: "IMPLEMENTS", basis: "STATED", evidence: "fixture", source: "fixture"}]->(a)
           CREATE (:Resource {id: $p + "-c", title: $p + " C", kind: "TOOL"})-[:DERIVES_FROM {how: "ADAPTS", basis: "STATED", evidence: "fixture", source: "fixture"}]->(b)`,
          { p: chain },
        );
      } finally {
        await driver.close();
      }
    });
    afterAll(async () => {
      const driver = testDriver(inject("neo4jUri"));
      try {
        await driver.executeQuery("MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n", { p: chain });
      } finally {
        await driver.close();
      }
    });

    it("is transitive: what adapts an implementation is two steps down", async () => {
      const g = await query("lineage", `id: "${chain}-a"`);
      expect(g.nodes.find((n) => n.id === `${chain}-b`)?.distance).toBe(1);
      expect(g.nodes.find((n) => n.id === `${chain}-c`)?.distance).toBe(2);
    });

    it("includes DESCRIBES and EVALUATES edges beside the tree, marked as annotations", async () => {
      const g = await query("lineage", `id: "six-core-strategies"`);
      const annotations = g.edges.filter((e) => e.annotation);
      expect(annotations.map((e) => e.type).sort()).toEqual(expect.arrayContaining(["DESCRIBES", "EVALUATES"]));
      for (const e of annotations) expect(["DESCRIBES", "EVALUATES"]).toContain(e.type);
      for (const e of g.edges.filter((x) => !x.annotation)) expect(e.type).toBe("DERIVES_FROM");
    });

    it("upstream of the toolkit reaches the framework", async () => {
      const g = await query("lineage", `id: "restrain-yourself-toolkit", direction: UPSTREAM`);
      expect(g.nodes.find((n) => n.id === "six-core-strategies")).toMatchObject({ type: "FRAMEWORK", distance: 1 });
      expect(ids(g)).not.toContain("nz-six-core-strategies-checklist");
    });

    it("stops at maxDepth", async () => {
      const g = await query("lineage", `id: "${chain}-a", maxDepth: 1`);
      expect(ids(g)).toContain(`${chain}-b`);
      expect(ids(g)).not.toContain(`${chain}-c`);
    });

    it("answers an empty subgraph for an unknown id", async () => {
      expect((await query("lineage", `id: "no-such-node"`)).nodes).toEqual([]);
    });
  });

  describe("paths", () => {
    it("connects two nodes with no direct edge, edge by edge", async () => {
      const [from, to] = ["nz-six-core-strategies-checklist", "mersey-care"];
      const direct = seed.relationships.some(
        (r) => (r.from === from && r.to === to) || (r.from === to && r.to === from),
      );
      expect(direct).toBe(false);

      const g = await query("paths", `from: "${from}", to: "${to}"`);
      expect(ids(g)).toEqual(expect.arrayContaining([from, to]));
      expect(g.nodes.find((n) => n.id === from)?.distance).toBe(0);
      expect(g.edges.length).toBeGreaterThanOrEqual(2);
      // Walk the edges from `from`: they must reach `to`.
      const reached = new Set([from]);
      for (let grew = true; grew;) {
        grew = false;
        for (const e of g.edges) {
          for (const [a, b] of [
            [e.source, e.target],
            [e.target, e.source],
          ] as const) {
            if (reached.has(a) && !reached.has(b)) {
              reached.add(b);
              grew = true;
            }
          }
        }
      }
      expect(reached.has(to)).toBe(true);
    });

    it("finds nothing within a maxLength that is too short, and honours limit", async () => {
      const none = await query("paths", `from: "nz-six-core-strategies-checklist", to: "mersey-care", maxLength: 1`);
      expect(none.nodes).toEqual([]);
      const one = await query("paths", `from: "six-core-strategies", to: "restraint-reduction-network", limit: 1`);
      expect(one.nodes.length).toBeGreaterThan(0);
      expect(one.edges.length).toBe(one.nodes.length - 1);
    });

    it("gives every path of the shortest length there is, and none longer", async () => {
      const [from, to] = ["nz-six-core-strategies-checklist", "mersey-care"];
      // The oracle: breadth-first over the seed, relationships either way, counting shortest paths.
      const links = new Map<string, string[]>();
      for (const r of seed.relationships) {
        links.set(r.from, [...(links.get(r.from) ?? []), r.to]);
        links.set(r.to, [...(links.get(r.to) ?? []), r.from]);
      }
      const distance = new Map([[from, 0]]);
      const ways = new Map([[from, 1]]);
      for (let frontier = [from]; frontier.length > 0 && !distance.has(to);) {
        const next: string[] = [];
        for (const a of frontier) {
          for (const b of links.get(a) ?? []) {
            if (!distance.has(b)) {
              distance.set(b, (distance.get(a) ?? 0) + 1);
              next.push(b);
            }
            if (distance.get(b) === (distance.get(a) ?? 0) + 1) ways.set(b, (ways.get(b) ?? 0) + (ways.get(a) ?? 0));
          }
        }
        frontier = next;
      }
      const shortest = distance.get(to) ?? 0;
      expect(shortest).toBeGreaterThan(1);

      const g = await query("paths", `from: "${from}", to: "${to}", limit: 1000`);
      expect(g.total).toBe(ways.get(to));
      expect(g.nodes.find((n) => n.id === to)?.distance).toBe(shortest);
      for (const n of g.nodes) expect(n.distance ?? Infinity).toBeLessThanOrEqual(shortest);
      // The seed has no taxonomy hub (none has over 100 relationships), so throughHubs adds nothing.
      const withHubs = await query("paths", `from: "${from}", to: "${to}", limit: 1000, throughHubs: true`);
      expect(withHubs.total).toBe(g.total);
    });

    it("answers an empty subgraph when either end is unknown", async () => {
      expect((await query("paths", `from: "mersey-care", to: "no-such-node"`)).nodes).toEqual([]);
    });
  });

  describe("relationshipsAmong", () => {
    it("gives every relationship between the given nodes, with its evidence", async () => {
      const among = ["six-core-strategies", "restrain-yourself-toolkit", "nasmhpd-six-core-strategies-checklist"];
      const { relationshipsAmong } = await gqlData<{ relationshipsAmong: Edge[] }>(
        server.url,
        `query R($ids: [ID!]!) { relationshipsAmong(ids: $ids) { id type source target how evidence sourceDoc generalKnowledge annotation } }`,
        { ids: among },
      );
      const expected = seed.relationships
        .filter((r) => among.includes(r.from) && among.includes(r.to))
        .map((r) => `${r.type}:${r.from}->${r.to}`)
        .sort();
      expect(expected.length).toBeGreaterThan(0);
      expect(relationshipsAmong.map((e) => e.id).sort()).toEqual(expected);
      for (const e of relationshipsAmong) expect(e.evidence).toBeTruthy();
    });
  });
});
