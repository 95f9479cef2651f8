import { UndirectedGraph } from "graphology";
import { betweenness } from "graphology-metrics/centrality/index.js";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { InsightsDocument, type InsightsQuery, type InsightsQueryVariables } from "@rrn/client/operations";
import { loadSeed, type Seed } from "@rrn/graph-seed";
import { gql, gqlData } from "@rrn/testkit/graphql";
import { startTestServer, type TestServer, useTestServer } from "@rrn/testkit/in-process-server";

type Insights = InsightsQuery["insights"];

/** What the client's view does not ask for: each ranked node's own degree, and a shorter list. */
const RANKED_DEGREES = /* GraphQL */ `
  query ($rankBy: CentralityMeasure, $top: Int) {
    insights(rankBy: $rankBy, top: $top) {
      mostConnectedResources {
        degree
        betweenness
        node {
          id
          degree
        }
      }
      mostConnectedFrameworks {
        degree
        node {
          id
          degree
        }
      }
    }
  }
`;
interface RankedDegrees {
  insights: {
    mostConnectedResources: { degree: number; betweenness: number | null; node: { id: string; degree: number } }[];
    mostConnectedFrameworks: { degree: number; node: { id: string; degree: number } }[];
  };
}

/** Counts from the seed files, compared with what the API computes from the seeded database. */
describe("insights", () => {
  let server: TestServer;
  let seed: Seed;
  let kindInsights: Insights;

  const resources = () => seed.nodes.filter((n) => n.label === "Resource");
  const targets = (id: string, types: string[]) =>
    seed.relationships.filter((r) => r.from === id && types.includes(r.type)).map((r) => r.to);
  const tally = (pairs: [string, string][]) => {
    const counts = new Map<string, Set<string>>();
    for (const [key, resource] of pairs) counts.set(key, (counts.get(key) ?? new Set()).add(resource));
    return new Map([...counts].map(([k, v]) => [k, v.size]));
  };
  // The insights page's own query, as the client sends it.
  const ask = async (variables: Partial<InsightsQueryVariables> = {}) =>
    (await gqlData(server.url, InsightsDocument, { split: "KIND", rankBy: "DEGREE", ...variables })).insights;

  beforeAll(async () => {
    server = await startTestServer(inject("neo4jUri"));
    seed = await loadSeed();
    kindInsights = await ask();
  });
  afterAll(async () => {
    await server.close();
  });

  it("counts resources by year, with the undated ones apart", () => {
    const years = tally(
      resources().flatMap((n) => (n.label === "Resource" && n.record.year ? [[String(n.record.year), n.id]] : [])),
    );
    expect(kindInsights.resourceCount).toBe(resources().length);
    expect(kindInsights.byYear).toEqual(
      [...years].map(([year, count]) => ({ year: Number(year), count })).sort((a, b) => a.year - b.year),
    );
    expect(kindInsights.undated).toBe(resources().filter((n) => n.label === "Resource" && !n.record.year).length);
  });

  it("counts resources by kind, most first, adding up to all of them", () => {
    const kinds = tally(resources().map((n) => [n.label === "Resource" ? n.record.kind : "", n.id]));
    expect(new Map(kindInsights.byKind.map((t) => [t.key, t.count]))).toEqual(kinds);
    const counts = kindInsights.byKind.map((t) => t.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(kindInsights.resourceCount);
  });

  it("counts resources by jurisdiction, every jurisdiction included, and those that name none", () => {
    const pairs = resources().flatMap((n) => targets(n.id, ["APPLIES_IN"]).map((j): [string, string] => [j, n.id]));
    const expected = tally(pairs);
    for (const j of seed.nodes.filter((n) => n.label === "Jurisdiction")) {
      expect(kindInsights.byJurisdiction.find((t) => t.key === j.id)?.count ?? -1, j.id).toBe(expected.get(j.id) ?? 0);
    }
    expect(kindInsights.withoutJurisdiction).toBe(
      resources().filter((n) => targets(n.id, ["APPLIES_IN"]).length === 0).length,
    );
  });

  it("lists the top 15 organisations by the resources they published, commissioned or helped develop", () => {
    const orgIds = new Set(seed.nodes.filter((n) => n.label === "Organisation").map((n) => n.id));
    const expected = tally(
      resources().flatMap((n) =>
        targets(n.id, ["PUBLISHED_BY", "COMMISSIONED_BY", "DEVELOPED_WITH"])
          .filter((o) => orgIds.has(o))
          .map((o): [string, string] => [o, n.id]),
      ),
    );
    const sorted = [...expected.values()].sort((a, b) => b - a);
    expect(kindInsights.byOrganisation).toHaveLength(Math.min(15, expected.size));
    expect(kindInsights.byOrganisation.map((t) => t.count)).toEqual(sorted.slice(0, 15));
    for (const t of kindInsights.byOrganisation) expect(t.count, t.key).toBe(expected.get(t.key));
  });

  it("ranks resources and frameworks by degree, with betweenness computed from the same graph", async () => {
    const degree = (id: string) => seed.relationships.filter((r) => r.from === id || r.to === id).length;
    const graph = new UndirectedGraph();
    for (const n of seed.nodes) graph.mergeNode(n.id);
    for (const r of seed.relationships) graph.mergeEdge(r.from, r.to);
    const expectedBetweenness = betweenness(graph, { normalized: true });

    expect(kindInsights.betweennessComputed).toBe(true);
    for (const [list, label] of [
      [kindInsights.mostConnectedResources, "Resource"],
      [kindInsights.mostConnectedFrameworks, "Framework"],
    ] as const) {
      const all = seed.nodes.filter((n) => n.label === label).map((n) => degree(n.id));
      expect(list.map((c) => c.degree)).toEqual(all.sort((a, b) => b - a).slice(0, 10));
      for (const c of list) {
        expect(c.degree, c.node.id).toBe(degree(c.node.id));
        expect(c.betweenness, c.node.id).toBeCloseTo(expectedBetweenness[c.node.id] ?? -1, 9);
      }
    }
    const ranked = (await gqlData<RankedDegrees>(server.url, RANKED_DEGREES)).insights;
    for (const c of [...ranked.mostConnectedResources, ...ranked.mostConnectedFrameworks]) {
      expect(c.node.degree, c.node.id).toBe(c.degree);
    }
  });

  it("ranks by betweenness when asked", async () => {
    const { insights: ranked } = await gqlData<RankedDegrees>(server.url, RANKED_DEGREES, {
      rankBy: "BETWEENNESS",
      top: 3,
    });
    expect(ranked.mostConnectedFrameworks).toHaveLength(3);
    const values = ranked.mostConnectedResources.map((c) => c.betweenness ?? -1);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    const best = Math.max(...kindInsights.mostConnectedResources.map((c) => c.betweenness ?? -1));
    expect(values[0]).toBeGreaterThanOrEqual(best);
  });

  /** Resources and frameworks addressing a restraint type in a setting, from the seed. */
  const cellResources = (row: string, column: string) =>
    seed.nodes.filter(
      (n) =>
        (n.label === "Resource" || n.label === "Framework") &&
        targets(n.id, ["ADDRESSES"]).includes(row) &&
        targets(n.id, ["FOR_SETTING"]).includes(column),
    );

  it("splits each coverage cell by kind, frameworks a part of their own: the parts add up to the cell", () => {
    const { coverage } = kindInsights;
    expect(coverage.splitBy).toBe("KIND");
    expect(coverage.rows.map((r) => r.key).sort()).toEqual(
      seed.nodes
        .filter((n) => n.label === "RestraintType")
        .map((n) => n.id)
        .sort(),
    );
    expect(coverage.cells.length).toBeGreaterThan(0);
    // Frameworks are counted: the HOPE model addresses seclusion in mental health inpatient services.
    expect(
      coverage.cells.find((c) => c.row === "seclusion" && c.column === "mental-health-inpatient")?.parts,
    ).toContainEqual(expect.objectContaining({ key: "FRAMEWORK" }));
    for (const cell of coverage.cells) {
      const inCell = cellResources(cell.row, cell.column);
      expect(cell.count, `${cell.row}×${cell.column}`).toBe(inCell.length);
      expect(cell.parts.reduce((a, p) => a + p.count, 0)).toBe(cell.count);
      const kinds = tally(inCell.map((n) => [n.label === "Resource" ? n.record.kind : "FRAMEWORK", n.id]));
      expect(new Map(cell.parts.map((p) => [p.key, p.count]))).toEqual(kinds);
    }
  });

  it("splits each coverage cell by audience, with resources for no audience as their own part", async () => {
    const { coverage } = await ask({ split: "AUDIENCE" });
    expect(coverage.splitBy).toBe("AUDIENCE");
    for (const cell of coverage.cells) {
      const pairs = cellResources(cell.row, cell.column).flatMap((n) => {
        const audiences = targets(n.id, ["FOR_AUDIENCE"]);
        return (audiences.length ? audiences : [""]).map((a): [string, string] => [a, n.id]);
      });
      expect(new Map(cell.parts.map((p) => [p.key, p.count])), `${cell.row}×${cell.column}`).toEqual(tally(pairs));
    }
    expect(coverage.parts.every((p) => p.key === "" || p.label.length > 0)).toBe(true);
  });

  it("refuses a top outside 1–50", async () => {
    const res = await gql(server.url, `{ insights(top: 0) { resourceCount } }`);
    expect(res.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("the kind facet of the overview", () => {
  let server: TestServer;
  useTestServer(inject("neo4jUri"), (s) => (server = s));

  it("selects resources of the given kinds, and refuses a kind the model does not have", async () => {
    const seed = await loadSeed();
    const toolkits = seed.nodes.filter((n) => n.label === "Resource" && n.record.kind === "TOOLKIT").map((n) => n.id);
    const data = await gqlData<{ graph: { nodes: { id: string; type: string }[] } }>(
      server.url,
      `{ graph(filter: { kinds: ["TOOLKIT"], types: [RESOURCE] }, limit: 1000) { nodes { id type } } }`,
    );
    expect(data.graph.nodes.map((n) => n.id).sort()).toEqual(toolkits.sort());
    const res = await gql(server.url, `{ graph(filter: { kinds: ["TOOLKT"] }) { nodes { id } } }`);
    expect(res.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
