import { beforeAll, describe, expect, inject, it } from "vitest";
import { EVIDENCE_BASES } from "@rrn/model";
import { loadSeed, type Seed } from "@rrn/graph-seed";
import { type TestServer, useTestServer } from "@rrn/testkit/in-process-server";
import { drawableQuery, ids, type Subgraph } from "../support/subgraph.js";

type Relationship = Seed["relationships"][number];

/**
 * "Stated links only": `basis` on paths and lineage recomputes them over relationships of those
 * bases alone. Every expectation is worked out from the seed itself (breadth-first over its
 * relationships), so the test follows the seed rather than restating it.
 */
describe("paths and lineage by evidence basis", () => {
  let server: TestServer;
  let seed: Seed;
  const query = (name: string, args: string) => drawableQuery(server.url, name, args);

  useTestServer(inject("neo4jUri"), (s) => (server = s));
  beforeAll(async () => {
    seed = await loadSeed();
  });

  /** Shortest distance from `from` to every node, over the relationships `keep` accepts, either way. */
  function distances(from: string, keep: (r: Relationship) => boolean): Map<string, number> {
    const links = new Map<string, string[]>();
    for (const r of seed.relationships.filter(keep)) {
      links.set(r.from, [...(links.get(r.from) ?? []), r.to]);
      links.set(r.to, [...(links.get(r.to) ?? []), r.from]);
    }
    const distance = new Map([[from, 0]]);
    for (let frontier = [from]; frontier.length > 0;) {
      const next: string[] = [];
      for (const a of frontier) {
        for (const b of links.get(a) ?? []) {
          if (distance.has(b)) continue;
          distance.set(b, (distance.get(a) ?? 0) + 1);
          next.push(b);
        }
      }
      frontier = next;
    }
    return distance;
  }
  const stated = (r: Relationship) => r.basis === "STATED";
  const distanceTo = (g: Subgraph, id: string) => g.nodes.find((n) => n.id === id)?.distance;

  describe("paths", () => {
    // The NASMHPD checklist reaches the REsTRAIN Yourself toolkit through the Six Core Strategies,
    // but its own link to them is read from its title.
    const [from, to] = ["nasmhpd-six-core-strategies-checklist", "restrain-yourself-toolkit"];

    it("over stated links only, takes a longer chain of stated links when the shortest rests on another basis", async () => {
      const every = distances(from, () => true).get(to);
      const statedOnly = distances(from, stated).get(to);
      expect(every).toBeDefined();
      expect(statedOnly).toBeGreaterThan(every ?? Infinity);

      const all = await query("paths", `from: "${from}", to: "${to}"`);
      expect(distanceTo(all, to)).toBe(every);
      expect(all.edges.some((e) => e.basis !== "STATED")).toBe(true);

      const g = await query("paths", `from: "${from}", to: "${to}", basis: [STATED]`);
      expect(distanceTo(g, to)).toBe(statedOnly);
      expect(g.edges.length).toBeGreaterThan(0);
      for (const e of g.edges) expect(e.basis, e.id).toBe("STATED");
    });

    it("answers no path when no chain of stated links joins the two", async () => {
      const [a, b] = ["six-core-strategies", "restraint-reduction-network"];
      expect(distances(a, () => true).has(b)).toBe(true);
      expect(distances(a, stated).has(b)).toBe(false);
      expect((await query("paths", `from: "${a}", to: "${b}"`)).nodes.length).toBeGreaterThan(0);
      const g = await query("paths", `from: "${a}", to: "${b}", basis: [STATED]`);
      expect(g.nodes).toEqual([]);
      expect(g.edges).toEqual([]);
    });

    it("with every basis listed, answers as with none", async () => {
      const all = await query("paths", `from: "${from}", to: "${to}", limit: 1000`);
      const listed = await query(
        "paths",
        `from: "${from}", to: "${to}", limit: 1000, basis: [${EVIDENCE_BASES.join(", ")}]`,
      );
      expect(listed.total).toBe(all.total);
      expect(new Set(listed.edges.map((e) => e.id))).toEqual(new Set(all.edges.map((e) => e.id)));
    });
  });

  describe("lineage", () => {
    /** What derives from `focus` (downstream) over the DERIVES_FROM relationships `keep` accepts. */
    function downstream(focus: string, keep: (r: Relationship) => boolean): Set<string> {
      const found = new Set<string>();
      for (let frontier = [focus]; frontier.length > 0;) {
        frontier = seed.relationships
          .filter((r) => r.type === "DERIVES_FROM" && keep(r) && frontier.includes(r.to) && r.from !== focus)
          .map((r) => r.from)
          .filter((id) => !found.has(id));
        for (const id of frontier) found.add(id);
      }
      return found;
    }
    const treeIds = (g: Subgraph) => {
      const tree = g.edges.filter((e) => !e.annotation);
      return new Set(tree.flatMap((e) => [e.source, e.target]));
    };

    it("over stated links only, leaves out what derives only through a link read from a title", async () => {
      const focus = "six-core-strategies";
      const everything = downstream(focus, () => true);
      const statedOnly = downstream(focus, stated);
      expect(statedOnly.size).toBeGreaterThan(0);
      expect(statedOnly.size).toBeLessThan(everything.size);

      const all = await query("lineage", `id: "${focus}"`);
      expect(new Set([...treeIds(all)].filter((id) => id !== focus))).toEqual(everything);

      const g = await query("lineage", `id: "${focus}", basis: [STATED]`);
      expect(new Set([...treeIds(g)].filter((id) => id !== focus))).toEqual(statedOnly);
      for (const e of g.edges) expect(e.basis, e.id).toBe("STATED");
      for (const id of everything) {
        if (!statedOnly.has(id)) expect(distanceTo(g, id) ?? null, id).toBeNull();
      }
    });

    it("over stated links only, answers the focus alone when nothing remains", async () => {
      // Upstream: what the NASMHPD checklist derives from; its one DERIVES_FROM is read from its title.
      const focus = "nasmhpd-six-core-strategies-checklist";
      const upstream = seed.relationships.filter((r) => r.type === "DERIVES_FROM" && r.from === focus);
      expect(upstream.length).toBeGreaterThan(0);
      expect(upstream.filter(stated)).toEqual([]);

      const all = await query("lineage", `id: "${focus}", direction: UPSTREAM`);
      expect(all.edges.filter((e) => !e.annotation).length).toBe(upstream.length);

      const g = await query("lineage", `id: "${focus}", direction: UPSTREAM, basis: [STATED]`);
      expect(g.edges.filter((e) => !e.annotation)).toEqual([]);
      expect(g.nodes.filter((n) => n.distance !== null).map((n) => n.id)).toEqual([focus]);
      expect(ids(g)[0]).toBe(focus);
    });
  });
});
