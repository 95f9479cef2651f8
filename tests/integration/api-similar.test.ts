import { randomUUID } from "node:crypto";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadSeed, type Seed } from "@rrn/graph-seed";
import { RESOURCE_RELATIONSHIP_TYPES } from "@rrn/model";
import { gql, gqlData } from "@rrn/testkit/graphql";
import { startTestServer, type TestServer } from "@rrn/testkit/in-process-server";
import { testDriver } from "@rrn/testkit/neo4j";

/**
 * `similar` (and its graph) and `versions`: on the seed, and on a small graph of our own whose
 * right answers follow from its shape (each fixture node's id starts with this run's prefix and
 * is removed afterwards).
 */
const uri = inject("neo4jUri");
const p = `sim-${randomUUID().slice(0, 8)}`;

interface Node {
  id: string;
  type: string;
  label: string;
  distance: number | null;
}
interface Similar {
  node: Node;
  score: number;
  shared: Node[];
  reasons: string[];
}
interface VersionLink {
  node: Node;
  relation: string;
  explanation: string;
}

/** What both lists show of a node. */
const LISTED = /* GraphQL */ `
  fragment Listed on GraphNode {
    id
    type
    label
    distance
  }
`;
const SIMILAR = /* GraphQL */ `
  query Similar($id: ID!, $limit: Int) {
    similar(id: $id, limit: $limit) {
      node {
        ...Listed
      }
      score
      shared {
        ...Listed
      }
      reasons
    }
  }
  ${LISTED}
`;
const VERSIONS = /* GraphQL */ `
  query Versions($id: ID!) {
    versions(id: $id) {
      newer {
        ...Linked
      }
      older {
        ...Linked
      }
    }
  }
  fragment Linked on VersionLink {
    node {
      ...Listed
    }
    relation
    explanation
  }
  ${LISTED}
`;

/** The Adamic–Adar weight of a node that `degree` resources link to. */
const aa = (degree: number) => 1 / Math.log(degree);
const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The fixture graph. A resource A shares:
 * - a framework F with C (F has 2 resources: the rarest kind of tie) and, through C, with G;
 * - a setting S with B and 28 others (30 resources);
 * - a setting R with E (2 resources) and a publisher H with D, E and 998 others (1,001: a hub
 *   the similarity walk does not go through, so D, which shares nothing else, is not proposed).
 * Versions: collections K2 follows on from K1, X is part of K1 and Y of K2; V3 → V2 → V1 by
 * FOLLOWS_ON; a yearly report series by P (2018, 2020), and look-alikes that are not in it.
 */
const FIXTURE = `
  CREATE (f:Framework {id: $p + "-f", name: $p + " Framework F"})
  CREATE (s:Setting {id: $p + "-s", name: "Setting S " + $p})
  CREATE (r:Setting {id: $p + "-r", name: "Setting R " + $p})
  CREATE (h:Organisation {id: $p + "-h", name: $p + " Hub Org"})
  CREATE (a:Resource {id: $p + "-a", title: $p + " A", kind: "TOOLKIT"})
  CREATE (b:Resource {id: $p + "-b", title: $p + " B", kind: "TOOLKIT"})
  CREATE (c:Resource {id: $p + "-c", title: $p + " C", kind: "TOOLKIT"})
  CREATE (d:Resource {id: $p + "-d", title: $p + " D", kind: "TOOLKIT"})
  CREATE (e:Resource {id: $p + "-e", title: $p + " E", kind: "TOOLKIT"})
  CREATE (g:Resource {id: $p + "-g", title: $p + " G", kind: "TOOLKIT"})
  CREATE (a)-[:DERIVES_FROM {how: "IMPLEMENTS", evidence: "fixture", source: "fixture"}]->(f)
  CREATE (c)-[:DERIVES_FROM {how: "IMPLEMENTS", evidence: "fixture", source: "fixture"}]->(f)
  CREATE (g)-[:DERIVES_FROM {how: "ADAPTS", evidence: "fixture", source: "fixture"}]->(c)
  CREATE (a)-[:FOR_SETTING {evidence: "fixture", source: "fixture"}]->(s)
  CREATE (b)-[:FOR_SETTING {evidence: "fixture", source: "fixture"}]->(s)
  CREATE (a)-[:FOR_SETTING {evidence: "fixture", source: "fixture"}]->(r)
  CREATE (e)-[:FOR_SETTING {evidence: "fixture", source: "fixture"}]->(r)
  CREATE (a)-[:PUBLISHED_BY {evidence: "fixture", source: "fixture"}]->(h)
  CREATE (d)-[:PUBLISHED_BY {evidence: "fixture", source: "fixture"}]->(h)
  CREATE (e)-[:PUBLISHED_BY {evidence: "fixture", source: "fixture"}]->(h)
  WITH s, h
  CALL (s) {
    UNWIND range(1, 28) AS i
    CREATE (x:Resource {id: $p + "-s-" + i, title: $p + " setting filler " + i, kind: "REPORT"})-[:FOR_SETTING]->(s)
  }
  CALL (h) {
    UNWIND range(1, 998) AS i
    CREATE (x:Resource {id: $p + "-h-" + i, title: $p + " hub filler " + i, kind: "REPORT"})-[:PUBLISHED_BY]->(h)
  }
  CREATE (k1:Resource {id: $p + "-k1", title: $p + " Collection 2019", kind: "COLLECTION"})
  CREATE (k2:Resource {id: $p + "-k2", title: $p + " Collection 2021", kind: "COLLECTION"})
  CREATE (k2)-[:DERIVES_FROM {how: "FOLLOWS_ON", evidence: "fixture", source: "fixture"}]->(k1)
  CREATE (:Resource {id: $p + "-x", title: $p + " X", kind: "TOOL"})-[:PART_OF]->(k1)
  CREATE (:Resource {id: $p + "-y", title: $p + " Y", kind: "TOOL"})-[:PART_OF]->(k2)
  CREATE (v1:Resource {id: $p + "-v1", title: $p + " V1", kind: "GUIDANCE"})
  CREATE (v2:Resource {id: $p + "-v2", title: $p + " V2", kind: "GUIDANCE"})
  CREATE (v3:Resource {id: $p + "-v3", title: $p + " V3", kind: "GUIDANCE"})
  CREATE (v2)-[:DERIVES_FROM {how: "FOLLOWS_ON"}]->(v1)
  CREATE (v3)-[:DERIVES_FROM {how: "FOLLOWS_ON"}]->(v2)
  CREATE (pub:Organisation {id: $p + "-pub", name: $p + " Publisher P"})
  CREATE (other:Organisation {id: $p + "-other", name: $p + " Publisher Q"})
  CREATE (:Resource {id: $p + "-rep2018", title: "Annual Restraint Report 2018 " + $p, kind: "REPORT", year: 2018})-[:PUBLISHED_BY]->(pub)
  CREATE (:Resource {id: $p + "-rep2020", title: "Annual restraint report (2020) " + $p, kind: "REPORT", year: 2020})-[:PUBLISHED_BY]->(pub)
  CREATE (:Resource {id: $p + "-video2019", title: "Annual Restraint Report 2019 " + $p, kind: "VIDEO", year: 2019})-[:PUBLISHED_BY]->(pub)
  CREATE (:Resource {id: $p + "-other2022", title: "Annual Restraint Report 2022 " + $p, kind: "REPORT", year: 2022})-[:PUBLISHED_BY]->(other)
`;

describe("similar and versions", () => {
  let server: TestServer;
  let driver: Driver;
  let seed: Seed;
  const similar = async (id: string, limit = 10): Promise<Similar[]> =>
    (await gqlData<{ similar: Similar[] }>(server.url, SIMILAR, { id, limit })).similar;
  const versions = async (id: string) =>
    (await gqlData<{ versions: { newer: VersionLink[]; older: VersionLink[] } }>(server.url, VERSIONS, { id }))
      .versions;

  beforeAll(async () => {
    driver = testDriver(uri);
    await driver.executeQuery(FIXTURE, { p });
    server = await startTestServer(uri);
    seed = await loadSeed();
  });
  afterAll(async () => {
    await driver.executeQuery("MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n", { p });
    await server.close();
    await driver.close();
  });

  describe("similar, on the seed", () => {
    /** Nodes a resource reaches: its own relationships, and frameworks up its DERIVES_FROM chain. */
    const reach = (id: string): Set<string> => {
      const out = new Set(seed.relationships.filter((r) => r.from === id).map((r) => r.to));
      let frontier = [id];
      for (let depth = 0; depth < 3; depth++) {
        frontier = seed.relationships
          .filter((r) => r.type === "DERIVES_FROM" && frontier.includes(r.from))
          .map((r) => r.to);
        frontier.forEach((to) => out.add(to));
      }
      return out;
    };

    it("lists at least three resources like a toolkit, never the toolkit itself, each with reasons", async () => {
      const id = "post-incident-debriefing-and-support-toolkit";
      const results = await similar(id);
      expect(results.length).toBeGreaterThanOrEqual(3);
      expect(results.map((r) => r.node.id)).not.toContain(id);
      for (const r of results) {
        expect(r.node.type).toBe("RESOURCE");
        expect(r.reasons.length, r.node.id).toBeGreaterThan(0);
        expect(r.reasons.every((reason) => reason.length > 0)).toBe(true);
        // Every shared node is really reached by both.
        for (const s of r.shared) {
          expect(reach(id).has(s.id), `${id} reaches ${s.id}`).toBe(true);
          expect(reach(r.node.id).has(s.id), `${r.node.id} reaches ${s.id}`).toBe(true);
        }
      }
      const scores = results.map((r) => r.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    });

    it("ranks a resource sharing a rarer node above one sharing a commoner node", async () => {
      const id = "restrain-yourself-toolkit";
      const results = await similar(id, 50);
      // As the server counts: relationships of the types a resource can start, pointing at the node.
      const resourceDegree = (nodeId: string) =>
        Math.max(
          2,
          seed.relationships.filter((r) => r.to === nodeId && RESOURCE_RELATIONSHIP_TYPES.includes(r.type)).length,
        );
      const singles = results.filter((r) => r.shared.length === 1 && !r.reasons.some((x) => /this one/i.test(x)));
      expect(singles.length).toBeGreaterThan(2);
      for (const x of singles) {
        for (const y of singles) {
          const [dx, dy] = [resourceDegree(x.shared[0]!.id), resourceDegree(y.shared[0]!.id)];
          if (dx < dy) expect(x.score, `${x.node.id} (${dx}) vs ${y.node.id} (${dy})`).toBeGreaterThan(y.score);
        }
      }
    });

    it("answers nothing for an unknown id or a node that is not a resource", async () => {
      expect(await similar("no-such-resource")).toEqual([]);
      expect(await similar("seclusion")).toEqual([]);
      const bad = await gql(server.url, SIMILAR, { id: "seclusion", limit: 51 });
      expect(bad.body.errors?.[0]?.message).toBe("limit must be between 1 and 50 (got 51).");
    });
  });

  describe("similar, on a graph whose answer is known", () => {
    it("weights rare shared neighbours above hubs (Adamic–Adar), and names them", async () => {
      const results = await similar(`${p}-a`, 50);
      const byId = new Map(results.map((r) => [r.node.id, r]));
      expect(byId.has(`${p}-a`)).toBe(false);

      const c = byId.get(`${p}-c`);
      const b = byId.get(`${p}-b`);
      const e = byId.get(`${p}-e`);
      const g = byId.get(`${p}-g`);
      // C shares only F (2 resources); B only S (30): the rare framework wins by far.
      expect(c?.score).toBe(round(aa(2)));
      expect(b?.score).toBe(round(aa(30)));
      expect(c!.score).toBeGreaterThan(b!.score);
      expect(c?.reasons).toEqual([`Both derive from ${p} Framework F`]);
      expect(b?.reasons).toEqual([`Both are for setting S ${p}`]);
      // G adapts C, which implements F: shared lineage two steps up.
      expect(g?.shared.map((s) => s.id)).toEqual([`${p}-f`]);
      expect(g?.reasons).toEqual([`Both derive from ${p} Framework F`]);
      // E: the rare setting R, plus the hub H, counted though never walked through.
      expect(e?.score).toBe(round(aa(2) + aa(1001)));
      expect(e?.shared.map((s) => s.id)).toEqual([`${p}-r`, `${p}-h`]);
      expect(e?.reasons).toEqual([`Both are for setting R ${p}`, `Both published by ${p} Hub Org`]);
      expect(results[0]?.node.id).toBe(`${p}-e`);
      // D shares nothing but the hub, and the hub's other 998 resources are not proposed either.
      expect(byId.has(`${p}-d`)).toBe(false);
      expect(results.some((r) => r.node.id.startsWith(`${p}-h-`))).toBe(false);
      // The 28 other resources for S tie with B.
      expect(results.filter((r) => r.node.id.startsWith(`${p}-s-`))).toHaveLength(28);
    });

    it("draws the resource, what it shares and the similar ones, with the relationships between them", async () => {
      const { similarGraph: g } = await gqlData<{
        similarGraph: { nodes: Node[]; edges: { source: string; target: string; type: string }[] };
      }>(
        server.url,
        `{ similarGraph(id: "${p}-a", limit: 3) { nodes { id type label distance } edges { source target type } } }`,
      );
      const distance = new Map(g.nodes.map((n) => [n.id, n.distance]));
      expect(g.nodes[0]).toMatchObject({ id: `${p}-a`, distance: 0 });
      expect(distance.get(`${p}-e`)).toBe(2);
      expect(distance.get(`${p}-c`)).toBe(2);
      expect(distance.get(`${p}-r`)).toBe(1);
      expect(distance.get(`${p}-f`)).toBe(1);
      expect(g.edges).toContainEqual({ source: `${p}-a`, target: `${p}-f`, type: "DERIVES_FROM" });
      expect(g.edges).toContainEqual({ source: `${p}-e`, target: `${p}-r`, type: "FOR_SETTING" });
      for (const edge of g.edges) {
        expect(distance.has(edge.source) && distance.has(edge.target)).toBe(true);
      }
    });
  });

  describe("versions", () => {
    it("says an older seed resource has a newer version, and the newer what it follows on from", async () => {
      const older = await versions("positive-and-proactive-guidance");
      expect(older.newer.map((v) => [v.node.id, v.relation])).toEqual([
        ["cyp-restrictive-intervention-guidance", "FOLLOWS_ON"],
      ]);
      expect(older.newer[0]?.explanation).toBe("It follows on from this one.");
      expect(older.older).toEqual([]);
      const newer = await versions("cyp-restrictive-intervention-guidance");
      expect(newer.older.map((v) => v.node.id)).toEqual(["positive-and-proactive-guidance"]);
      expect(newer.newer).toEqual([]);
    });

    it("follows chains of editions, nearest first", async () => {
      const v1 = await versions(`${p}-v1`);
      expect(v1.newer.map((v) => v.node.id)).toEqual([`${p}-v2`, `${p}-v3`]);
      expect(v1.newer[1]?.explanation).toBe("It follows on from a later version of this one.");
      expect((await versions(`${p}-v3`)).older.map((v) => v.node.id)).toEqual([`${p}-v2`, `${p}-v1`]);
    });

    it("knows an item of a collection that a newer collection follows on from", async () => {
      const x = await versions(`${p}-x`);
      expect(x.newer.map((v) => [v.node.id, v.relation, v.explanation])).toEqual([
        [`${p}-k2`, "NEWER_COLLECTION", `This one is part of “${p} Collection 2019”, which it follows on from.`],
      ]);
      expect((await versions(`${p}-y`)).older.map((v) => [v.node.id, v.relation])).toEqual([
        [`${p}-k1`, "NEWER_COLLECTION"],
      ]);
    });

    it("finds a later year of the same series, and nothing that only looks like one", async () => {
      const early = await versions(`${p}-rep2018`);
      expect(early.newer.map((v) => [v.node.id, v.relation])).toEqual([[`${p}-rep2020`, "LATER_IN_SERIES"]]);
      expect(early.newer[0]?.explanation).toBe("A later edition in the same series (2020), from the same publisher.");
      expect(early.older).toEqual([]);
      const late = await versions(`${p}-rep2020`);
      expect(late.older.map((v) => v.node.id)).toEqual([`${p}-rep2018`]);
      // Another publisher's report and the same publisher's video are not in the series.
      expect((await versions(`${p}-other2022`)).older).toEqual([]);
      expect((await versions(`${p}-video2019`)).newer).toEqual([]);
    });

    it("answers nothing for an unknown id, or a resource with no versions", async () => {
      expect(await versions("no-such-resource")).toEqual({ newer: [], older: [] });
      expect(await versions("restraint-inequalities-toolkit")).toEqual({ newer: [], older: [] });
    });
  });
});
