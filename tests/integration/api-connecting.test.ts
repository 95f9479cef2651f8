import { beforeAll, describe, expect, inject, it } from "vitest";
import { loadSeed, type Seed } from "@rrn/graph-seed";
import { NODE_LABELS, RELATIONSHIP_TYPES, SHARED_CONTEXT_LABELS, type NodeLabel } from "@rrn/model";
import { gql, gqlData } from "@rrn/testkit/graphql";
import { useTestServer, type TestServer } from "@rrn/testkit/in-process-server";
import { testDriver } from "@rrn/testkit/neo4j";

/**
 * `connecting` on the seed graph, checked three ways: against the seed's own relationships (an
 * independent reading of "linked to two members or more, directly or through one intermediate"),
 * against a direct Cypher query for the direct links, and by the example the issue names.
 */
interface Edge {
  id: string;
  type: string;
  source: string;
  target: string;
  how: string | null;
  basis: string;
  evidence: string | null;
}
interface Answer {
  connecting: {
    connectors: { node: { id: string; label: string }; members: string[]; via: Edge[] }[];
    subgraph: { nodes: { id: string }[]; edges: Edge[]; truncated: boolean; total: number | null };
    total: number;
    missing: string[];
  };
}
const CONNECTING = /* GraphQL */ `
  query Connecting($ids: [ID!]!, $limit: Int) {
    connecting(ids: $ids, limit: $limit) {
      connectors {
        node {
          id
          label
        }
        members
        via {
          id
          type
          source
          target
          how
          basis
          evidence
        }
      }
      subgraph {
        nodes {
          id
        }
        edges {
          id
          type
          source
          target
          how
          basis
          evidence
        }
        truncated
        total
      }
      total
      missing
    }
  }
`;

const RESTRAIN = "restrain-yourself-toolkit";
const NASMHPD = "nasmhpd-six-core-strategies-checklist";
const NZ = "nz-six-core-strategies-checklist";
const SIX_CORE = "six-core-strategies";

const shared: ReadonlySet<NodeLabel> = new Set(SHARED_CONTEXT_LABELS);

/** The connectors the seed itself implies: per node, the members it reaches and in how many hops. */
function expectedFromSeed(seed: Seed, members: readonly string[]): Map<string, Map<string, number>> {
  const neighbours = new Map<string, Set<string>>();
  const label = new Map<string, NodeLabel>();
  for (const r of seed.relationships) {
    label.set(r.from, r.fromLabel);
    label.set(r.to, r.toLabel);
    neighbours.set(r.from, (neighbours.get(r.from) ?? new Set()).add(r.to));
    neighbours.set(r.to, (neighbours.get(r.to) ?? new Set()).add(r.from));
  }
  const reach = new Map<string, Map<string, number>>();
  const note = (c: string, m: string, hops: number) => {
    const byMember = reach.get(c) ?? new Map<string, number>();
    byMember.set(m, Math.min(hops, byMember.get(m) ?? hops));
    reach.set(c, byMember);
  };
  for (const m of members) {
    for (const x of neighbours.get(m) ?? []) {
      if (members.includes(x)) continue;
      note(x, m, 1);
      // The seed has no hub (no node with more than 100 relationships), so only members and
      // shared context are not passed through.
      if (shared.has(label.get(x)!)) continue;
      for (const c of neighbours.get(x) ?? []) if (c !== m && !members.includes(c)) note(c, m, 2);
    }
  }
  return new Map([...reach].filter(([, byMember]) => byMember.size >= 2));
}

describe("connecting", () => {
  let server: TestServer;
  let seed: Seed;
  useTestServer(inject("neo4jUri"), (s) => (server = s));
  beforeAll(async () => {
    seed = await loadSeed();
  });

  it("surfaces the Six Core Strategies for REsTRAIN Yourself and the NASMHPD checklist, and says through which links", async () => {
    const { connecting } = await gqlData<Answer>(server.url, CONNECTING, { ids: [RESTRAIN, NASMHPD] });
    const first = connecting.connectors[0];
    expect(first?.node.id).toBe(SIX_CORE);
    expect(first?.members).toEqual([RESTRAIN, NASMHPD]);
    // The links are the seed's own DERIVES_FROM relationships, with their type, how and basis.
    const seeded = seed.relationships.filter((r) => [RESTRAIN, NASMHPD].includes(r.from) && r.to === SIX_CORE);
    expect(seeded.length).toBeGreaterThanOrEqual(2);
    expect(
      first?.via.map((e) => ({ type: e.type, source: e.source, target: e.target, how: e.how, basis: e.basis })),
    ).toEqual(
      expect.arrayContaining(
        seeded.map((r) => ({ type: r.type, source: r.from, target: r.to, how: r.how ?? null, basis: r.basis })),
      ),
    );
    expect(first?.via).toHaveLength(seeded.length);
    // The drawing holds the members, the connector and the links between them.
    const drawn = new Set(connecting.subgraph.nodes.map((n) => n.id));
    for (const id of [RESTRAIN, NASMHPD, SIX_CORE]) expect(drawn).toContain(id);
    for (const e of first?.via ?? []) expect(connecting.subgraph.edges.map((s) => s.id)).toContain(e.id);
    expect(connecting.missing).toEqual([]);
  });

  it.each([
    ["the example pair", [RESTRAIN, NASMHPD]],
    ["three Six Core Strategies resources", [RESTRAIN, NASMHPD, NZ]],
    ["an organisation and two resources", ["mersey-care", RESTRAIN, "no-force-first"]],
  ])("finds exactly the connectors the seed implies for %s, ranked direct first", async (_name, ids) => {
    const { connecting } = await gqlData<Answer>(server.url, CONNECTING, { ids, limit: 100 });
    const expected = expectedFromSeed(seed, ids);
    expect(connecting.total).toBe(expected.size);
    expect(connecting.subgraph.truncated).toBe(expected.size > 100);
    expect(new Set(connecting.connectors.map((c) => c.node.id))).toEqual(new Set(expected.keys()));
    const hopsOf = (c: Answer["connecting"]["connectors"][number]) =>
      c.members.map((m) =>
        c.via.some((e) => [e.source, e.target].includes(m) && [e.source, e.target].includes(c.node.id)) ? 1 : 2,
      );
    for (const c of connecting.connectors) {
      const want = expected.get(c.node.id)!;
      expect(new Set(c.members), c.node.id).toEqual(new Set(want.keys()));
      expect(Object.fromEntries(c.members.map((m, i) => [m, hopsOf(c)[i]])), c.node.id).toEqual(
        Object.fromEntries(want),
      );
      // Every link touches the connector or leads through one intermediate to a member it names.
      for (const e of c.via)
        expect([e.source, e.target].some((end) => end === c.node.id || c.members.includes(end))).toBe(true);
    }
    const direct = connecting.connectors.map((c) => hopsOf(c).filter((h) => h === 1).length);
    expect(direct).toEqual([...direct].sort((a, b) => b - a));
  });

  it("agrees with a direct Cypher query on the nodes linked directly to two members or more", async () => {
    const ids = [RESTRAIN, NASMHPD, NZ];
    const driver = testDriver(inject("neo4jUri"));
    try {
      const { records } = await driver.executeQuery(
        `MATCH (m) WHERE m.id IN $ids AND any(l IN labels(m) WHERE l IN $labels)
         MATCH (m)-[r]-(c) WHERE type(r) IN $types AND NOT c.id IN $ids
         WITH c, collect(DISTINCT m.id) AS members WHERE size(members) >= 2
         RETURN c.id AS id, members`,
        { ids, labels: [...NODE_LABELS], types: [...RELATIONSHIP_TYPES] },
      );
      const { connecting } = await gqlData<Answer>(server.url, CONNECTING, { ids, limit: 100 });
      const byId = new Map(connecting.connectors.map((c) => [c.node.id, c]));
      expect(records.length).toBeGreaterThan(0);
      for (const r of records) {
        const id = r.get("id") as string;
        const members = r.get("members") as string[];
        for (const m of members) expect(byId.get(id)?.members, id).toContain(m);
      }
    } finally {
      await driver.close();
    }
  });

  it("lists ids that are not in the graph as missing and has nothing to connect with one member", async () => {
    const { connecting } = await gqlData<Answer>(server.url, CONNECTING, { ids: [RESTRAIN, "no-such-node"] });
    expect(connecting.missing).toEqual(["no-such-node"]);
    expect(connecting.connectors).toEqual([]);
    expect(connecting.subgraph.nodes.map((n) => n.id)).toEqual([RESTRAIN]);
  });

  it("cuts to limit, best first, and says how many there were", async () => {
    const ids = [RESTRAIN, NASMHPD, NZ];
    const all = (await gqlData<Answer>(server.url, CONNECTING, { ids, limit: 100 })).connecting;
    expect(all.total).toBeGreaterThan(1);
    const one = (await gqlData<Answer>(server.url, CONNECTING, { ids, limit: 1 })).connecting;
    expect(one.connectors.map((c) => c.node.id)).toEqual([all.connectors[0]?.node.id]);
    expect(one.total).toBe(all.total);
    expect(one.subgraph.truncated).toBe(true);
  });

  describe("refuses abuse with HTTP 400 and BAD_USER_INPUT naming the argument", () => {
    const many = Array.from({ length: 51 }, (_, i) => `id-${i}`);
    it.each([
      ["an empty set", { ids: [] }, /ids must name at least one node/],
      ["more than 50 ids", { ids: many }, /ids takes at most 50 values \(got 51\)/],
      ["an absurd id", { ids: ["x".repeat(201)] }, /ids\[0\] must be 1–200 characters/],
      ["limit 0", { ids: [RESTRAIN], limit: 0 }, /limit must be between 1 and 100 \(got 0\)/],
      ["limit 101", { ids: [RESTRAIN], limit: 101 }, /limit must be between 1 and 100 \(got 101\)/],
    ])("%s", async (_name, variables, message) => {
      const res = await gql(server.url, CONNECTING, variables);
      expect(res.status).toBe(400);
      expect(res.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(res.body.errors?.[0]?.message).toMatch(message);
    });
  });
});
