import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { EVIDENCE_BASES, loadSeed, type Seed } from "@rrn/graph-seed";
import { gql, gqlData } from "@rrn/testkit/graphql";
import { startTestServer, type TestServer } from "@rrn/testkit/in-process-server";

interface Node {
  id: string;
  type: string;
  label: string;
  degree: number;
  distance: number | null;
}
interface Edge {
  id: string;
  type: string;
  source: string;
  target: string;
  how: string | null;
  evidence: string | null;
  sourceDoc: string | null;
  generalKnowledge: boolean;
  basis: string;
  reasoning: string | null;
  annotation: boolean;
}
interface Subgraph {
  nodes: Node[];
  edges: Edge[];
  truncated: boolean;
  total: number | null;
  moreByType: { type: string; count: number }[] | null;
}

const SUBGRAPH = /* GraphQL */ `
  fragment Drawn on Subgraph {
    nodes {
      id
      type
      label
      degree
      distance
    }
    edges {
      id
      type
      source
      target
      how
      evidence
      sourceDoc
      generalKnowledge
      basis
      reasoning
      annotation
    }
    truncated
    total
    moreByType {
      type
      count
    }
  }
`;

const ids = (g: Subgraph) => g.nodes.map((n) => n.id);

/** What every graph-shaped answer owes the canvas: ends that exist, provenance, degrees. */
function expectDrawable(g: Subgraph): void {
  const drawn = new Set(ids(g));
  expect(drawn.size).toBe(g.nodes.length);
  expect(new Set(g.edges.map((e) => e.id)).size).toBe(g.edges.length);
  for (const e of g.edges) {
    expect(drawn.has(e.source), `${e.id} source drawn`).toBe(true);
    expect(drawn.has(e.target), `${e.id} target drawn`).toBe(true);
    expect(e.evidence, `${e.id} evidence`).toBeTruthy();
    expect(e.sourceDoc, `${e.id} sourceDoc`).toBeTruthy();
    expect(e.generalKnowledge).toBe(e.sourceDoc === "general-knowledge");
    expect(EVIDENCE_BASES, `${e.id} basis`).toContain(e.basis);
    expect(Boolean(e.reasoning), `${e.id} reasoning`).toBe(e.basis === "INFERRED");
  }
  for (const n of g.nodes) expect(n.degree, `${n.id} degree`).toBeGreaterThanOrEqual(0);
}

describe("graph-shaped queries", () => {
  let server: TestServer;
  let seed: Seed;
  const query = async (name: string, args: string): Promise<Subgraph> => {
    const data = await gqlData<Record<string, Subgraph>>(
      server.url,
      `{ g: ${name}(${args}) { ...Drawn } } ${SUBGRAPH}`,
    );
    const g = data.g;
    if (!g) throw new Error("no subgraph");
    expectDrawable(g);
    return g;
  };
  /** Degree of a node in the seed: relationships in either direction. */
  const seedDegree = (id: string) => seed.relationships.filter((r) => r.from === id || r.to === id).length;

  beforeAll(async () => {
    server = await startTestServer(inject("neo4jUri"));
    seed = await loadSeed();
  });
  afterAll(async () => {
    await server.close();
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
      const g = await query("neighbourhood", `id: "nz-six-core-strategies-checklist", depth: 2, types: [FRAMEWORK]`);
      expect(g.nodes[0]?.id).toBe("nz-six-core-strategies-checklist");
      expect(ids(g)).toContain("six-core-strategies");
      expect(g.nodes.find((n) => n.id === "six-core-strategies")?.distance).toBe(2);
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
      // Transitive: the NZ checklist adapts the NASMHPD checklist, which implements the strategies.
      expect(g.nodes.find((n) => n.id === "nz-six-core-strategies-checklist")?.distance).toBe(2);
      const adapts = g.edges.find((e) => e.source === "nz-six-core-strategies-checklist");
      expect(adapts).toMatchObject({ type: "DERIVES_FROM", how: "ADAPTS", annotation: false });
      expect(g.edges.find((e) => e.source === "restrain-yourself-toolkit")).toMatchObject({ how: "ENCOMPASSES" });
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
      const g = await query("lineage", `id: "six-core-strategies", maxDepth: 1`);
      expect(ids(g)).toContain("nasmhpd-six-core-strategies-checklist");
      expect(ids(g)).not.toContain("nz-six-core-strategies-checklist");
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
