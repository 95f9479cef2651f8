import { beforeAll, describe, expect, inject, it } from "vitest";
import { EVIDENCE_BASES } from "@rrn/model";
import { loadSeed, type Seed } from "@rrn/graph-seed";
import { gqlData } from "@rrn/testkit/graphql";
import { type TestServer, useTestServer } from "@rrn/testkit/in-process-server";

/**
 * How each relationship is known, through the API: every edge carries the basis its YAML gives
 * it, and the facts a reader found weak or missing on the source page are there in their
 * corrected shape (re-typed, re-credited, or added with their quote).
 */
interface Edge {
  id: string;
  type: string;
  source: string;
  target: string;
  evidence: string | null;
  basis: string;
  reasoning: string | null;
}
interface Subgraph {
  nodes: { id: string }[];
  edges: Edge[];
  truncated: boolean;
}

const EDGE_FIELDS = "id type source target evidence basis reasoning";

describe("how each relationship is known", () => {
  let server: TestServer;
  let seed: Seed;
  /** The relationships a node takes part in, as the neighbourhood (and the organisation page) draws them. */
  const edgesOf = async (id: string): Promise<Edge[]> => {
    const { neighbourhood } = await gqlData<{ neighbourhood: Subgraph }>(
      server.url,
      `query N($id: ID!) { neighbourhood(id: $id, depth: 1, limit: 300) { nodes { id } edges { ${EDGE_FIELDS} } truncated } }`,
      { id },
    );
    expect(neighbourhood.truncated).toBe(false);
    return neighbourhood.edges;
  };
  const edge = async (from: string, type: string, to: string): Promise<Edge | undefined> =>
    (await edgesOf(from)).find((e) => e.source === from && e.type === type && e.target === to);

  useTestServer(inject("neo4jUri"), (s) => (server = s));
  beforeAll(async () => {
    seed = await loadSeed();
  });

  it("gives every relationship in the graph the basis its seed record states, with reasoning exactly when inferred", async () => {
    const { graph } = await gqlData<{ graph: Subgraph }>(
      server.url,
      `{ graph(limit: 1000) { nodes { id } edges { ${EDGE_FIELDS} } truncated } }`,
    );
    expect(graph.truncated).toBe(false);
    const byId = new Map(graph.edges.map((e) => [e.id, e]));
    for (const r of seed.relationships) {
      const drawn = byId.get(`${r.type}:${r.from}->${r.to}`);
      expect(drawn, `${r.from} -${r.type}-> ${r.to} drawn`).toBeDefined();
      expect(drawn?.basis, `${r.from} -${r.type}-> ${r.to}`).toBe(r.basis);
      expect(drawn?.reasoning ?? undefined).toBe(r.reasoning);
    }
    for (const e of graph.edges) {
      expect(EVIDENCE_BASES).toContain(e.basis);
      expect(Boolean(e.reasoning), e.id).toBe(e.basis === "INFERRED");
    }
    // Both kinds occur, so the check above compared real values on both sides.
    expect(new Set(graph.edges.map((e) => e.basis))).toEqual(new Set(["STATED", "TITLE", "INFERRED"]));
  });

  describe("weak relationships, re-typed or marked", () => {
    it("the WHO QualityRights course guide is part of the programme (read from its title), not an implementation", async () => {
      const guide = "who-qualityrights-core-training-course-guide";
      expect(await edge(guide, "PART_OF", "who-qualityrights")).toMatchObject({ basis: "TITLE" });
      expect(await edge(guide, "DERIVES_FROM", "who-qualityrights")).toBeUndefined();
    });

    it.each([
      ["nasmhpd-six-core-strategies-checklist", "usa", "STATED"],
      ["unrestrained-podcast", "usa", "STATED"],
      ["positive-cultures-of-care", "usa", "INFERRED"],
      ["positive-approaches-social-care-wales", "wales", "INFERRED"],
      ["social-care-wales-positive-approaches-learning-resource", "wales", "INFERRED"],
    ])("%s was developed in %s (%s), which is not where it applies", async (from, to, basis) => {
      expect(await edge(from, "DEVELOPED_IN", to)).toMatchObject({ basis });
      expect(await edge(from, "APPLIES_IN", to)).toBeUndefined();
    });

    it("the NASMHPD checklist is credited to the Medical Directors Council the page names", async () => {
      const checklist = "nasmhpd-six-core-strategies-checklist";
      expect(await edge(checklist, "PUBLISHED_BY", "nasmhpd-medical-directors-council")).toMatchObject({
        basis: "STATED",
        evidence: expect.stringMatching(/Medical Directors Council/) as unknown,
      });
      expect(await edge(checklist, "PUBLISHED_BY", "nasmhpd")).toBeUndefined();
    });

    it("the POWER principles guide is about working with experts by experience, not written for them", async () => {
      expect(await edge("power-principles-guide", "FOR_AUDIENCE", "experts-by-experience")).toBeUndefined();
      expect(await edge("power-principles-guide", "REFERENCES", "experts-by-experience")).toMatchObject({
        basis: "TITLE",
      });
    });

    it.each([
      ["family-carers-accounts-of-restrictive-intervention", "FOR_AUDIENCE", "government", "INFERRED"],
      ["positive-and-proactive-workforce", "REFERENCES", "positive-and-proactive", "TITLE"],
      ["stomp-stamp-position-paper", "ADDRESSES", "chemical-restraint", "INFERRED"],
    ])("%s %s %s is marked %s", async (from, type, to, basis) => {
      const found = await edge(from, type, to);
      expect(found?.basis).toBe(basis);
      if (basis === "INFERRED") expect(found?.reasoning).toMatch(/\w{3,}/);
    });

    it("the STOMP/STAMP paper's chemical-restraint edge quotes the prescribing the page describes, not a phrase it never uses", async () => {
      const found = await edge("stomp-stamp-position-paper", "ADDRESSES", "chemical-restraint");
      expect(found?.evidence).toMatch(/prescribing medications without there being clear clinical indications/);
      expect(found?.evidence).not.toMatch(/chemical restraint/i);
    });
  });

  describe("facts the page states, now in the graph", () => {
    it.each([
      "aqua",
      "university-of-central-lancashire",
      "university-of-leeds",
      "university-of-manchester",
      "julia-wood-and-associates",
    ])("the organisation view of %s shows the REsTRAIN Yourself toolkit it helped adapt", async (org) => {
      const found = (await edgesOf(org)).find(
        (e) => e.type === "DEVELOPED_WITH" && e.source === "restrain-yourself-toolkit" && e.target === org,
      );
      expect(found?.evidence).toMatch(/adapted for the UK by/);
      expect(found?.basis).toBe("INFERRED");
    });

    it("INVOLVE is funded by NIHR, as stated", async () => {
      expect(await edge("involve", "FUNDED_BY", "nihr")).toMatchObject({
        basis: "STATED",
        evidence: expect.stringMatching(/funded by, the National Institute for Health Research/) as unknown,
      });
      const { organisations } = await gqlData<{
        organisations: { fundedByConnection: { edges: { properties: { basis: string }; node: { id: string } }[] } }[];
      }>(
        server.url,
        `{ organisations(where: { id: { eq: "involve" } }) {
            fundedByConnection { edges { properties { basis } node { id } } } } }`,
      );
      expect(organisations[0]?.fundedByConnection.edges).toEqual([
        { properties: { basis: "STATED" }, node: { id: "nihr" } },
      ]);
    });

    it("the iHV animation was co-produced with parents and carers (a group, never a node for a child)", async () => {
      expect(await edge("ihv-early-years-animation", "CO_PRODUCED_WITH", "families-and-carers")).toMatchObject({
        basis: "STATED",
        evidence: expect.stringMatching(/co-produced animation .* parents \/ carers/) as unknown,
      });
    });

    it.each([
      ["restrain-yourself-staff-perspectives-paper", "FOR_SETTING", "mental-health-inpatient"],
      ["restrain-yourself-staff-perspectives-paper", "ADDRESSES", "physical-restraint"],
      ["restrain-yourself-staff-perspectives-paper", "APPLIES_IN", "uk"],
      ["cyp-restrictive-intervention-guidance", "FOR_SETTING", "mental-health-services"],
      ["stomp-stamp-position-paper", "FOR_AUDIENCE", "prescribers"],
      ["minimising-restraint-in-care-homes-video", "FOR_AUDIENCE", "care-providers"],
      ["ihv-health-visitor-resources", "FOR_SETTING", "early-years"],
      [
        "restrictive-interventions-inpatient-intellectual-disability-services",
        "FOR_SETTING",
        "mental-health-inpatient",
      ],
      ["rrn-training-standards", "APPLIES_IN", "uk"],
      ["rrn-training-standards", "APPLIES_IN", "international"],
      ["iris-benson-film", "FOR_AUDIENCE", "practitioners"],
    ])("%s %s %s", async (from, type, to) => {
      const found = await edge(from, type, to);
      expect(found, `${from} -${type}-> ${to}`).toBeDefined();
      expect(found?.evidence).toBeTruthy();
      expect(Boolean(found?.reasoning)).toBe(found?.basis === "INFERRED");
    });
  });
});
