import { beforeAll, describe, expect, inject, it } from "vitest";
import { SELECTION_FACETS, type SelectionFacet } from "@rrn/model";
import { loadSeed, type Seed } from "@rrn/graph-seed";
import { gqlData } from "@rrn/testkit/graphql";
import { type TestServer, useTestServer } from "@rrn/testkit/in-process-server";
import { drawableQuery } from "../support/subgraph.js";

/**
 * "Not recorded" is not "none" (issue #30): the filter's notRecorded, unrecordedMatches, the
 * coverage matrix's and insights' unrecorded counts, each checked against the seed files; and
 * paths that leave shared context out.
 */
describe("not recorded, and shared context", () => {
  let server: TestServer;
  let seed: Seed;
  useTestServer(inject("neo4jUri"), (s) => (server = s));
  beforeAll(async () => {
    seed = await loadSeed();
  });

  const resources = () => seed.nodes.filter((n) => n.label === "Resource").map((n) => n.id);
  /** The ids a resource reaches through a facet's relationships, in the seed (a person is no organisation). */
  const values = (id: string, facet: SelectionFacet): string[] =>
    seed.relationships
      .filter(
        (r) =>
          r.from === id &&
          r.toLabel === SELECTION_FACETS[facet].label &&
          (SELECTION_FACETS[facet].relationships as readonly string[]).includes(r.type),
      )
      .map((r) => r.to);
  const lacks = (id: string, facet: SelectionFacet) => values(id, facet).length === 0;
  const has = (id: string, facet: SelectionFacet, value: string) => values(id, facet).includes(value);

  const resourceIds = async (filter: Record<string, unknown>) => {
    const data = await gqlData<{ graph: { nodes: { id: string; type: string }[] } }>(
      server.url,
      `query ($filter: GraphFilter) { graph(filter: $filter, limit: 1000) { nodes { id type } } }`,
      { filter: { ...filter, types: ["RESOURCE"] } },
    );
    return data.graph.nodes.map((n) => n.id).sort();
  };
  const matches = async (filter: Record<string, unknown>) =>
    (
      await gqlData<{ unrecordedMatches: { facet: string; count: number }[] }>(
        server.url,
        `query ($filter: GraphFilter!) { unrecordedMatches(filter: $filter) { facet count } }`,
        { filter },
      )
    ).unrecordedMatches;

  it("selects the resources with no value of a facet recorded, alone or beside the facet's ids", async () => {
    const schoolsUnclassified = resources().filter((r) => has(r, "settings", "schools") && lacks(r, "restraintTypes"));
    expect(schoolsUnclassified.length).toBeGreaterThan(0);
    expect(await resourceIds({ settings: ["schools"], notRecorded: ["RESTRAINT_TYPES"] })).toEqual(
      schoolsUnclassified.sort(),
    );
    // "Not recorded" is one more alternative of its facet: with physical restraint, both kinds.
    const either = resources().filter(
      (r) =>
        has(r, "settings", "schools") && (has(r, "restraintTypes", "physical-restraint") || lacks(r, "restraintTypes")),
    );
    expect(
      await resourceIds({
        settings: ["schools"],
        restraintTypes: ["physical-restraint"],
        notRecorded: ["RESTRAINT_TYPES"],
      }),
    ).toEqual(either.sort());
    // Alone, it starts from every resource (no facet node to start from).
    expect(await resourceIds({ notRecorded: ["AUDIENCES"] })).toEqual(
      resources()
        .filter((r) => lacks(r, "audiences"))
        .sort(),
    );
  });

  it("counts, for each facet chosen by ids, the resources matching the rest with that facet not recorded", async () => {
    const filter = { settings: ["schools"], restraintTypes: ["physical-restraint"] };
    const expected = {
      RESTRAINT_TYPES: resources().filter((r) => has(r, "settings", "schools") && lacks(r, "restraintTypes")).length,
      SETTINGS: resources().filter((r) => has(r, "restraintTypes", "physical-restraint") && lacks(r, "settings"))
        .length,
    };
    expect(expected.RESTRAINT_TYPES).toBeGreaterThan(0);
    expect(new Map((await matches(filter)).map((m) => [m.facet, m.count]))).toEqual(new Map(Object.entries(expected)));
    // A facet already asking for "not recorded" is not counted again; kinds are not a facet of ids.
    expect(await matches({ ...filter, notRecorded: ["RESTRAINT_TYPES"], kinds: ["VIDEO"] })).toEqual([
      {
        facet: "SETTINGS",
        count: resources().filter(
          (r) =>
            (has(r, "restraintTypes", "physical-restraint") || lacks(r, "restraintTypes")) &&
            lacks(r, "settings") &&
            seed.nodes.find((n) => n.id === r && n.label === "Resource" && n.record.kind === "VIDEO"),
        ).length,
      },
    ]);
  });

  it("counts each coverage row's and column's resources that no cell holds", async () => {
    const data = await gqlData<{
      coverage: {
        rowsUnrecorded: { id: string; count: number }[];
        columnsUnrecorded: { id: string; count: number }[];
        withoutRowType: number;
        withoutColumnType: number;
      };
    }>(
      server.url,
      `{ coverage { rowsUnrecorded { id count } columnsUnrecorded { id count } withoutRowType withoutColumnType } }`,
    );
    const settings = seed.nodes.filter((n) => n.label === "Setting").map((n) => n.id);
    const expectedColumns = settings
      .map((s) => ({
        id: s,
        count: resources().filter((r) => has(r, "settings", s) && lacks(r, "restraintTypes")).length,
      }))
      .filter((c) => c.count > 0);
    expect(new Map(data.coverage.columnsUnrecorded.map((c) => [c.id, c.count]))).toEqual(
      new Map(expectedColumns.map((c) => [c.id, c.count])),
    );
    // The example: care homes for older people have a resource, with no restraint type recorded.
    expect(data.coverage.columnsUnrecorded.find((c) => c.id === "care-homes-for-older-people")?.count).toBeGreaterThan(
      0,
    );
    const restraintTypes = seed.nodes.filter((n) => n.label === "RestraintType").map((n) => n.id);
    const expectedRows = restraintTypes
      .map((t) => ({
        id: t,
        count: resources().filter((r) => has(r, "restraintTypes", t) && lacks(r, "settings")).length,
      }))
      .filter((c) => c.count > 0);
    expect(new Map(data.coverage.rowsUnrecorded.map((c) => [c.id, c.count]))).toEqual(
      new Map(expectedRows.map((c) => [c.id, c.count])),
    );
    expect(data.coverage.withoutRowType).toBe(resources().filter((r) => lacks(r, "restraintTypes")).length);
    expect(data.coverage.withoutColumnType).toBe(resources().filter((r) => lacks(r, "settings")).length);
  });

  it("says in insights how many resources have each facet not recorded", async () => {
    const data = await gqlData<{ insights: { unrecorded: { facet: string; count: number }[] } }>(
      server.url,
      `{ insights { unrecorded { facet count } } }`,
    );
    const facets: [string, SelectionFacet][] = [
      ["RESTRAINT_TYPES", "restraintTypes"],
      ["SETTINGS", "settings"],
      ["AUDIENCES", "audiences"],
      ["JURISDICTIONS", "jurisdictions"],
      ["ORGANISATIONS", "organisations"],
    ];
    expect(data.insights.unrecorded).toEqual(
      facets.map(([facet, name]) => ({ facet, count: resources().filter((r) => lacks(r, name)).length })),
    );
  });

  describe("paths and shared context", () => {
    const guide = "guide-to-reducing-restrictive-practice-in-mental-health-settings";
    const context = new Set(["RESTRAINT_TYPE", "SETTING", "AUDIENCE", "JURISDICTION"]);

    it("goes through a shared setting by default, and leaves it out when asked", async () => {
      const through = await drawableQuery(server.url, "paths", `from: "${guide}", to: "restrain-yourself-toolkit"`);
      const middle = through.nodes.filter((n) => n.id !== guide && n.id !== "restrain-yourself-toolkit");
      expect(middle.length).toBeGreaterThan(0);
      expect(middle.every((n) => context.has(n.type))).toBe(true);

      const direct = await drawableQuery(
        server.url,
        "paths",
        `from: "${guide}", to: "restrain-yourself-toolkit", maxLength: 8, throughSharedContext: false`,
      );
      for (const n of direct.nodes) {
        if (n.id !== guide && n.id !== "restrain-yourself-toolkit") expect(context.has(n.type), n.id).toBe(false);
      }
    });

    it("keeps real links and an end that is a setting when shared context is left out", async () => {
      const links = await drawableQuery(
        server.url,
        "paths",
        `from: "hope-model", to: "no-force-first", throughSharedContext: false`,
      );
      expect(links.nodes.map((n) => n.id)).toContain("mersey-care");
      const toSetting = await drawableQuery(
        server.url,
        "paths",
        `from: "${guide}", to: "mental-health-inpatient", throughSharedContext: false`,
      );
      expect(toSetting.edges.map((e) => e.type)).toEqual(["FOR_SETTING"]);
    });
  });
});
