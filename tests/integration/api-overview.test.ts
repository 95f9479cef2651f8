import { beforeAll, describe, expect, inject, it } from "vitest";
import { loadSeed, type Seed } from "@rrn/graph-seed";
import { gql, gqlData } from "@rrn/testkit/graphql";
import { type TestServer, useTestServer } from "@rrn/testkit/in-process-server";
import { drawableQuery, ids, type Subgraph } from "../support/subgraph.js";

/** The facet-filtered overview and the coverage matrix, against the seed. */
describe("the overview and coverage", () => {
  let server: TestServer;
  let seed: Seed;
  const query = (name: string, args: string) => drawableQuery(server.url, name, args);

  useTestServer(inject("neo4jUri"), (s) => (server = s));
  beforeAll(async () => {
    seed = await loadSeed();
  });

  describe("graph (facet-filtered overview)", () => {
    const resourcesWith = (type: string, targets: string[]) =>
      new Set(seed.relationships.filter((r) => r.type === type && targets.includes(r.to)).map((r) => r.from));
    const resourceIds = (g: Subgraph) => new Set(g.nodes.filter((n) => n.type === "RESOURCE").map((n) => n.id));

    it("without a filter draws the whole graph up to the limit", async () => {
      // At least the seed: other suites may briefly own nodes of their own.
      const g = await query("graph", `limit: 1000`);
      expect(ids(g)).toEqual(expect.arrayContaining(seed.nodes.map((n) => n.id)));
      expect(g.edges.length).toBeGreaterThanOrEqual(seed.relationships.length);
      expect(g.truncated).toBe(false);
      const cut = await query("graph", `limit: 10`);
      expect(cut.nodes).toHaveLength(10);
      expect(cut.truncated).toBe(true);
      expect(cut.total).toBe(g.nodes.length);
      // Hubs first, so a cut overview keeps its structure.
      const maxDegree = Math.max(...g.nodes.map((n) => n.degree));
      expect(cut.nodes[0]?.degree).toBe(maxDegree);
    });

    it("narrows resources to a setting, and draws the nodes they link to", async () => {
      const g = await query("graph", `filter: { settings: ["schools"] }, limit: 1000`);
      expect(resourceIds(g)).toEqual(resourcesWith("FOR_SETTING", ["schools"]));
      expect(ids(g)).toContain("schools");
    });

    it("combines facets with AND, values within a facet with OR", async () => {
      const g = await query(
        "graph",
        `filter: { settings: ["schools"], restraintTypes: ["seclusion"], types: [RESOURCE] }, limit: 1000`,
      );
      const schools = resourcesWith("FOR_SETTING", ["schools"]);
      const expected = new Set([...resourcesWith("ADDRESSES", ["seclusion"])].filter((id) => schools.has(id)));
      expect(expected.size).toBeGreaterThan(0);
      expect(resourceIds(g)).toEqual(expected);
      for (const n of g.nodes) expect(n.type).toBe("RESOURCE");

      const either = await query("graph", `filter: { settings: ["schools", "early-years"], types: [RESOURCE] }`);
      expect(resourceIds(either)).toEqual(resourcesWith("FOR_SETTING", ["schools", "early-years"]));
    });

    it("narrows by organisation, audience, jurisdiction, year range and text", async () => {
      const byOrg = await query("graph", `filter: { organisations: ["nhs-england"], types: [RESOURCE] }`);
      const orgExpected = new Set(
        seed.relationships
          .filter(
            (r) => ["PUBLISHED_BY", "COMMISSIONED_BY", "DEVELOPED_WITH"].includes(r.type) && r.to === "nhs-england",
          )
          .map((r) => r.from),
      );
      expect(orgExpected.size).toBeGreaterThan(0);
      expect(resourceIds(byOrg)).toEqual(orgExpected);

      const byAudience = await query("graph", `filter: { audiences: ["families-and-carers"], types: [RESOURCE] }`);
      expect(resourceIds(byAudience)).toEqual(resourcesWith("FOR_AUDIENCE", ["families-and-carers"]));

      const byJurisdiction = await query("graph", `filter: { jurisdictions: ["scotland"], types: [RESOURCE] }`);
      expect(resourceIds(byJurisdiction)).toEqual(resourcesWith("APPLIES_IN", ["scotland"]));

      const byYear = await query("graph", `filter: { yearFrom: 2018, yearTo: 2020, types: [RESOURCE] }`);
      const yearExpected = new Set(
        seed.nodes
          .filter((n) => n.label === "Resource")
          .filter((n) => {
            const year = (n.record as { year?: number }).year;
            return year !== undefined && year >= 2018 && year <= 2020;
          })
          .map((n) => n.id),
      );
      expect(yearExpected.size).toBeGreaterThan(0);
      expect(resourceIds(byYear)).toEqual(yearExpected);

      const byText = await query("graph", `filter: { text: "REsTRAIN Yourself", types: [RESOURCE] }`);
      expect(resourceIds(byText).has("restrain-yourself-toolkit")).toBe(true);
      expect(resourceIds(byText).has("psychological-restraint-toolkit")).toBe(false);
    });

    it("draws only the requested node types", async () => {
      const g = await query("graph", `filter: { types: [ORGANISATION, FRAMEWORK] }, limit: 1000`);
      const expected = seed.nodes.filter((n) => n.label === "Organisation" || n.label === "Framework").map((n) => n.id);
      expect(ids(g)).toEqual(expect.arrayContaining(expected));
      for (const n of g.nodes) expect(["ORGANISATION", "FRAMEWORK"]).toContain(n.type);
    });
  });

  describe("coverage", () => {
    interface Matrix {
      rowType: string;
      columnType: string;
      rows: { id: string }[];
      columns: { id: string }[];
      cells: { row: string; column: string; count: number; sample: string[]; resourceIds: string[] }[];
    }
    const COVERAGE = `query C($rows: NodeType, $columns: NodeType) {
      coverage(rows: $rows, columns: $columns) {
        rowType columnType rows { id } columns { id } cells { row column count sample resourceIds }
      }
    }`;
    const CELL = `query Cell($rows: NodeType, $columns: NodeType, $row: ID!, $column: ID!, $limit: Int) {
      coverageCell(rows: $rows, columns: $columns, row: $row, column: $column, limit: $limit) {
        row column count truncated resources { id type degree }
      }
    }`;
    interface Cell {
      row: string;
      column: string;
      count: number;
      truncated: boolean;
      resources: { id: string; type: string; degree: number }[];
    }

    /** The seed's own answer: resources linked to both a row node and a column node. */
    function expectedCells(rowRel: string, columnRel: string): Map<string, string[]> {
      const cells = new Map<string, Set<string>>();
      for (const a of seed.relationships.filter((r) => r.type === rowRel)) {
        for (const b of seed.relationships.filter((r) => r.type === columnRel && r.from === a.from)) {
          const key = `${a.to}|${b.to}`;
          cells.set(key, (cells.get(key) ?? new Set()).add(a.from));
        }
      }
      return new Map([...cells].map(([k, v]) => [k, [...v].sort()]));
    }

    /** Counts as the seed has them, and each cell's sample drawn from its own resources. */
    function expectCounts(cells: Matrix["cells"], expected: Map<string, string[]>): void {
      expect(new Map(cells.map((c) => [`${c.row}|${c.column}`, c.count]))).toEqual(
        new Map([...expected].map(([k, v]) => [k, v.length])),
      );
      for (const c of cells) {
        const members = expected.get(`${c.row}|${c.column}`) ?? [];
        expect(c.sample.length).toBe(Math.min(3, c.count));
        for (const id of c.sample) expect(members).toContain(id);
        // Deprecated: the sample, no longer every id.
        expect(c.resourceIds).toEqual(c.sample);
      }
    }

    it("counts restraint types × settings exactly as the seed does", async () => {
      const { coverage } = await gqlData<{ coverage: Matrix }>(server.url, COVERAGE);
      expect(coverage.rowType).toBe("RESTRAINT_TYPE");
      expect(coverage.columnType).toBe("SETTING");
      expect(coverage.rows.map((r) => r.id).sort()).toEqual(
        seed.nodes
          .filter((n) => n.label === "RestraintType")
          .map((n) => n.id)
          .sort(),
      );
      expect(coverage.columns).toHaveLength(seed.nodes.filter((n) => n.label === "Setting").length);
      expectCounts(coverage.cells, expectedCells("ADDRESSES", "FOR_SETTING"));
    });

    it("takes other axes, and refuses RESOURCE", async () => {
      const { coverage } = await gqlData<{ coverage: Matrix }>(server.url, COVERAGE, {
        rows: "AUDIENCE",
        columns: "JURISDICTION",
      });
      expectCounts(coverage.cells, expectedCells("FOR_AUDIENCE", "APPLIES_IN"));

      const res = await gql(server.url, COVERAGE, { rows: "RESOURCE" });
      expect(res.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    });

    it("lists an opened cell's resources, best-connected first, and a gap as empty", async () => {
      const expected = expectedCells("ADDRESSES", "FOR_SETTING");
      const [fullest] = [...expected].sort((a, b) => b[1].length - a[1].length);
      if (!fullest) throw new Error("the seed has no coverage");
      const [row = "", column = ""] = fullest[0].split("|");
      const { coverageCell } = await gqlData<{ coverageCell: Cell }>(server.url, CELL, { row, column });
      expect(coverageCell).toMatchObject({ row, column, count: fullest[1].length, truncated: false });
      expect(coverageCell.resources.map((r) => r.id).sort()).toEqual(fullest[1]);
      const degrees = coverageCell.resources.map((r) => r.degree);
      expect(degrees).toEqual([...degrees].sort((a, b) => b - a));

      const cut = await gqlData<{ coverageCell: Cell }>(server.url, CELL, { row, column, limit: 1 });
      expect(cut.coverageCell).toMatchObject({ count: fullest[1].length, truncated: fullest[1].length > 1 });
      expect(cut.coverageCell.resources.map((r) => r.id)).toEqual([coverageCell.resources[0]?.id]);

      const settings = seed.nodes.filter((n) => n.label === "Setting").map((n) => n.id);
      const gap = settings.find((s) => !expected.has(`${row}|${s}`));
      if (gap) {
        const empty = await gqlData<{ coverageCell: Cell }>(server.url, CELL, { row, column: gap });
        expect(empty.coverageCell).toMatchObject({ count: 0, truncated: false, resources: [] });
      }
      const [audienceCell] = [...expectedCells("FOR_AUDIENCE", "APPLIES_IN")].sort((a, b) => b[1].length - a[1].length);
      if (!audienceCell) throw new Error("the seed has no audience × jurisdiction coverage");
      const [audience = "", jurisdiction = ""] = audienceCell[0].split("|");
      const other = await gqlData<{ coverageCell: Cell }>(server.url, CELL, {
        rows: "AUDIENCE",
        columns: "JURISDICTION",
        row: audience,
        column: jurisdiction,
      });
      expect(other.coverageCell.resources.map((r) => r.id).sort()).toEqual(audienceCell[1]);
    });
  });
});
