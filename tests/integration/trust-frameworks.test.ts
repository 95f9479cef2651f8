import { describe, expect, inject, it } from "vitest";
import { gqlData } from "@rrn/testkit/graphql";
import { type TestServer, useTestServer } from "@rrn/testkit/in-process-server";

/**
 * Trust, round three, through the API: frameworks carry what the page says they address, where
 * they are used and for whom; "stated" means the quote says it about these two nodes (the
 * examples a reader found overstated are relabelled or gone); and facts the page states that
 * the graph lacked (a framework's own checklist, a country, a later version, a talk's year) are
 * there with their quotes.
 */
interface Edge {
  type: string;
  source: string;
  target: string;
  evidence: string | null;
  basis: string;
  reasoning: string | null;
}

describe("trust, round three", () => {
  let server: TestServer;
  useTestServer(inject("neo4jUri"), (s) => (server = s));

  const edgesOf = async (id: string): Promise<Edge[]> => {
    const { neighbourhood } = await gqlData<{ neighbourhood: { edges: Edge[]; truncated: boolean } }>(
      server.url,
      `query N($id: ID!) { neighbourhood(id: $id, depth: 1, limit: 300) {
         edges { type source target evidence basis reasoning } truncated } }`,
      { id },
    );
    expect(neighbourhood.truncated).toBe(false);
    return neighbourhood.edges;
  };
  const edge = async (from: string, type: string, to: string): Promise<Edge | undefined> =>
    (await edgesOf(from)).find((e) => e.source === from && e.type === type && e.target === to);

  describe("frameworks say what they address, where and for whom", () => {
    it.each([
      ["hope-model", "ADDRESSES", "long-term-segregation", "STATED", /reducing reliance on long term segregation/],
      ["hope-model", "ADDRESSES", "seclusion", "STATED", /long term segregation and seclusion/],
      ["hope-model", "FOR_SETTING", "mental-health-inpatient", "STATED", /secure mental health services/],
      ["stomp", "ADDRESSES", "chemical-restraint", "STATED", /STOMP pledge \(stopping the over-medication/],
      ["stomp", "FOR_SETTING", "learning-disability-and-autism-services", "INFERRED", /STOMP pledge/],
      ["stomp", "FOR_AUDIENCE", "prescribers", "INFERRED", /Doctors were prescribing/],
      ["stamp", "FOR_SETTING", "paediatrics", "STATED", /appropriate medication in paediatrics \(STAMP\)/],
      ["stamp", "ADDRESSES", "chemical-restraint", "INFERRED", /\(STAMP\)/],
      ["no-force-first", "FOR_SETTING", "mental-health-inpatient", "INFERRED", /its inpatient areas/],
      ["six-core-strategies", "ADDRESSES", "seclusion", "INFERRED", /for reducing seclusion and restraint checklist/],
      [
        "who-qualityrights",
        "FOR_SETTING",
        "mental-health-services",
        "INFERRED",
        /for mental health and social services/,
      ],
    ])("%s %s %s (%s)", async (from, type, to, basis, quote) => {
      const found = await edge(from, type, to);
      expect(found, `${from} -${type}-> ${to}`).toMatchObject({ basis });
      expect(found?.evidence).toMatch(quote);
      expect(Boolean(found?.reasoning)).toBe(basis === "INFERRED");
    });

    it("the entity API reads a framework's restraint types and settings, and a restraint type its frameworks", async () => {
      const { frameworks, restraintTypes } = await gqlData<{
        frameworks: { addresses: { id: string }[]; settings: { id: string }[] }[];
        restraintTypes: { addressedBy: { __typename: string; id: string }[] }[];
      }>(
        server.url,
        `{ frameworks(where: { id: { eq: "hope-model" } }) { addresses { id } settings { id } }
           restraintTypes(where: { id: { eq: "long-term-segregation" } }) {
             addressedBy(limit: 200) { __typename ... on Framework { id } ... on Resource { id } } } }`,
      );
      expect(frameworks[0]?.addresses.map((r) => r.id).sort()).toEqual(["long-term-segregation", "seclusion"]);
      expect(frameworks[0]?.settings.map((s) => s.id)).toEqual(["mental-health-inpatient"]);
      const by = restraintTypes[0]?.addressedBy ?? [];
      expect(by).toContainEqual({ __typename: "Framework", id: "hope-model" });
      expect(by.some((n) => n.__typename === "Resource")).toBe(true);
    });

    it("the coverage matrix counts frameworks beside resources, and says how many", async () => {
      const { coverage, coverageCell } = await gqlData<{
        coverage: { cells: { row: string; column: string; count: number; frameworks: number }[] };
        coverageCell: { count: number; resources: { id: string; type: string }[] };
      }>(
        server.url,
        `{ coverage { cells { row column count frameworks } }
           coverageCell(row: "long-term-segregation", column: "mental-health-inpatient") { count resources { id type } } }`,
      );
      const cell = coverage.cells.find(
        (c) => c.row === "long-term-segregation" && c.column === "mental-health-inpatient",
      );
      const frameworks = coverageCell.resources.filter((n) => n.type === "FRAMEWORK").map((n) => n.id);
      expect(frameworks).toContain("hope-model");
      expect(cell).toMatchObject({ count: coverageCell.count, frameworks: frameworks.length });
      expect(coverageCell.resources.some((n) => n.type === "RESOURCE")).toBe(true);
      for (const c of coverage.cells) expect(c.frameworks).toBeLessThanOrEqual(c.count);
    });

    it("the insights matrix counts frameworks as a part of their own when split by kind", async () => {
      const { insights } = await gqlData<{
        insights: {
          coverage: {
            rows: { key: string; count: number }[];
            cells: { row: string; column: string; count: number; parts: { key: string; count: number }[] }[];
          };
        };
      }>(
        server.url,
        `{ insights(split: KIND) { coverage { rows { key count } cells { row column count parts { key count } } } } }`,
      );
      const cell = insights.coverage.cells.find((c) => c.row === "seclusion" && c.column === "mental-health-inpatient");
      expect(cell?.parts.find((p) => p.key === "FRAMEWORK")?.count).toBeGreaterThanOrEqual(1);
      expect(cell?.parts.reduce((a, p) => a + p.count, 0)).toBe(cell?.count);
    });
  });

  describe("stated means the quote says it, about these two nodes", () => {
    it("the STOMP/STAMP paper no longer references CQC: the page's introduction mentions CQC, not the paper", async () => {
      expect(await edge("stomp-stamp-position-paper", "REFERENCES", "cqc")).toBeUndefined();
      // CQC stays in the graph, as the publisher of its interim report.
      expect(await edge("cqc-interim-report-restraint-seclusion-segregation", "PUBLISHED_BY", "cqc")).toBeDefined();
    });

    it.each([
      ["stomp-stamp-position-paper", "FOR_AUDIENCE", "prescribers"],
      ["stomp-stamp-position-paper", "FOR_SETTING", "learning-disability-and-autism-services"],
      ["cyp-restrictive-intervention-guidance", "FOR_SETTING", "mental-health-services"],
      ["blanket-restrictions-toolkit", "PUBLISHED_BY", "restraint-reduction-network"],
      ["six-key-restraint-reduction-strategies", "FOR_AUDIENCE", "care-providers"],
      ["reducing-restrictive-practices-checklist", "FOR_AUDIENCE", "care-providers"],
      ["richard-chapman-conference-video", "REFERENCES", "ofsted"],
      // A story or talk about a setting, read as a resource for it (round three's second pass).
      ["why-do-they-hurt", "FOR_SETTING", "schools"],
      ["inclusion-ireland-parents-stories-schools", "FOR_SETTING", "schools"],
      ["richard-chapman-conference-video", "FOR_SETTING", "schools"],
      ["ben-higgins-conference-video", "FOR_SETTING", "childrens-services"],
    ])("%s %s %s is a reading (INFERRED, with why), not stated", async (from, type, to) => {
      const found = await edge(from, type, to);
      expect(found?.basis, `${from} -${type}-> ${to}`).toBe("INFERRED");
      expect(found?.reasoning).toMatch(/\w{3,}/);
    });

    it("a quote that did not name its target now does", async () => {
      expect((await edge("psychological-restraint-toolkit", "ADDRESSES", "psychological-restraint"))?.evidence).toMatch(
        /^Psychological Restraint Toolkit/,
      );
      expect((await edge("iris-benson-film", "FEATURES", "iris-benson"))?.evidence).toMatch(/^Iris Benson is/);
      expect(
        await edge(
          "restrictive-interventions-inpatient-intellectual-disability-services",
          "FOR_SETTING",
          "learning-disability-and-autism-services",
        ),
      ).toMatchObject({
        basis: "TITLE",
        evidence: "Restrictive Interventions in Inpatient Intellectual Disability Services",
      });
    });
  });

  describe("facts the page states, now in the graph", () => {
    it("the New Zealand checklist implements the Six Core Strategies (its title) as well as adapting the US checklist", async () => {
      expect(await edge("nz-six-core-strategies-checklist", "DERIVES_FROM", "six-core-strategies")).toMatchObject({
        basis: "TITLE",
      });
      expect(
        await edge("nz-six-core-strategies-checklist", "DERIVES_FROM", "nasmhpd-six-core-strategies-checklist"),
      ).toMatchObject({
        basis: "STATED",
      });
    });

    it("the Consolidated Six Core Strategies Document was developed in the USA (a reading of its US publisher)", async () => {
      expect(await edge("consolidated-six-core-strategies-document", "DEVELOPED_IN", "usa")).toMatchObject({
        basis: "INFERRED",
      });
    });

    it("the two Social Care Wales resources are two editions: the updated one follows on from the learning resource", async () => {
      const updated = "positive-approaches-social-care-wales";
      const earlier = "social-care-wales-positive-approaches-learning-resource";
      const found = await edge(updated, "DERIVES_FROM", earlier);
      expect(found).toMatchObject({ basis: "INFERRED" });
      expect(found?.evidence).toMatch(/this updated resource from Social Care Wales/);
      // Both nodes stay (a merge would delete one, and with it anything curators added there),
      // and the earlier one's page says a newer version exists.
      const { versions } = await gqlData<{
        versions: { newer: { node: { id: string }; relation: string }[] };
      }>(server.url, `query V($id: ID!) { versions(id: $id) { newer { node { id } relation } } }`, { id: earlier });
      expect(versions.newer).toEqual([{ node: { id: updated }, relation: "FOLLOWS_ON" }]);
    });

    it.each([
      ["reducing-restrictive-practices-checklist-editable", "reducing-restrictive-practices-checklist"],
      ["restrictive-practices-identification-tool-editable", "restrictive-practices-identification-tool"],
    ])("%s is a version of %s, not a part of it", async (from, to) => {
      expect(await edge(from, "VERSION_OF", to)).toMatchObject({ basis: "STATED" });
      expect(await edge(from, "PART_OF", to)).toBeUndefined();
    });

    it("the conference's year is carried to its videos", async () => {
      const videos = [
        "rrn-conference-2018-introduction-video",
        "ben-higgins-conference-video",
        "richard-chapman-conference-video",
        "rafik-hamaizia-conference-video",
        "beth-morrison-kate-sanger-conference-video",
        "richard-wilkins-conference-video",
      ];
      for (const id of videos) expect(await edge(id, "PART_OF", "rrn-conference-2018"), id).toBeDefined();
      const { resources } = await gqlData<{ resources: { id: string; year: number | null }[] }>(
        server.url,
        `query Y($ids: [ID!]!) { resources(where: { id: { in: $ids } }) { id year } }`,
        { ids: videos },
      );
      expect(resources.map((r) => r.id).sort()).toEqual([...videos].sort());
      for (const r of resources) expect(r.year, r.id).toBe(2018);
    });
  });
});
