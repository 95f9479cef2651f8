import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { namesOf, NODE_LABELS, quoteNames, SELECTION_FACET_NAMES, SELECTION_FACETS } from "@rrn/model";
import { buildReport, loadSeed, openDriver } from "@rrn/graph-seed";
import { readConnectionSettings } from "@rrn/common/neo4j-env";
import { runTsx } from "../support/cli.js";

/** npm run seed:report against the seeded graph. */
const uri = inject("neo4jUri");

describe("seed report", () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await openDriver({ ...readConnectionSettings(), uri });
  });
  afterAll(() => driver.close());

  it("counts every label and relationship type, seed-owned and total", async () => {
    const [report, seed] = await Promise.all([buildReport(driver), loadSeed()]);
    for (const label of NODE_LABELS) {
      const row = report.labels.find((r) => r.name === label);
      expect(row?.seed, label).toBe(seed.nodes.filter((n) => n.label === label).length);
    }
    const derives = report.relationships.find((r) => r.name === "DERIVES_FROM");
    expect(derives?.seed).toBe(seed.relationships.filter((r) => r.type === "DERIVES_FROM").length);
  });

  it("counts resources per restraint type and per setting, from the graph's edges", async () => {
    const report = await buildReport(driver);
    const seclusion = report.resourcesPerRestraintType.find((r) => r.id === "seclusion");
    const res = await driver.executeQuery(
      "MATCH (r:Resource)-[:ADDRESSES]->(:RestraintType {id: 'seclusion'}) RETURN count(DISTINCT r) AS n",
    );
    expect(seclusion?.resources).toBe(Number(res.records[0]?.get("n")));
    expect(report.resourcesPerRestraintType.length).toBeGreaterThanOrEqual(7);
    expect(report.resourcesPerSetting.map((r) => r.id)).toContain("schools");
  });

  it("lists resources whose only relationships are to publishers", async () => {
    const report = await buildReport(driver);
    expect(report.publisherOnly.length).toBeGreaterThan(0);
    for (const r of report.publisherOnly) {
      const res = await driver.executeQuery(
        "MATCH (n:Resource {id: $id})-[x]-() RETURN collect(DISTINCT type(x)) AS types",
        { id: r.id },
      );
      expect(res.records[0]?.get("types")).toEqual(["PUBLISHED_BY"]);
    }
  });

  it("lists every relationship not stated outright, with its basis, reasoning and quote", async () => {
    const [report, seed] = await Promise.all([buildReport(driver), loadSeed()]);
    const key = (r: { from: string; type: string; to: string }) => `${r.from} -${r.type}-> ${r.to}`;
    const listed = new Map(report.unstated.map((r) => [key(r), r]));
    const unstated = seed.relationships.filter((r) => r.basis !== "STATED");
    expect(unstated.length).toBeGreaterThan(0);
    for (const r of unstated) {
      expect(listed.get(key(r)), key(r)).toMatchObject({
        basis: r.basis,
        reasoning: r.reasoning ?? null,
        evidence: r.evidence,
        seed: true,
      });
    }
    // Nothing stated is listed: the seed's own plus none of anyone else's.
    expect(report.unstated.filter((r) => r.seed)).toHaveLength(unstated.length);
    // Weakest first: every inferred one comes before every read-from-a-title one.
    const bases = report.unstated.map((r) => r.basis);
    expect(bases.lastIndexOf("INFERRED")).toBeLessThan(bases.indexOf("TITLE"));
  });

  it("lists, per facet the explorer filters by, the resources with no value of it recorded", async () => {
    const [report, seed] = await Promise.all([buildReport(driver), loadSeed()]);
    expect(report.lacking.map((l) => l.facet)).toEqual([...SELECTION_FACET_NAMES]);
    for (const { facet, resources } of report.lacking) {
      const { relationships, label } = SELECTION_FACETS[facet];
      const types: readonly string[] = relationships;
      // A resource published by a person only has no organisation recorded.
      const expected = seed.nodes
        .filter((n) => n.label === "Resource")
        .filter(
          (n) => !seed.relationships.some((r) => r.from === n.id && r.toLabel === label && types.includes(r.type)),
        )
        .map((n) => n.id)
        .sort();
      expect(resources.map((r) => r.id).sort(), facet).toEqual(expected);
    }
    // The issue's example: the care homes video has a setting but no restraint type recorded.
    const noRestraintType = report.lacking.find((l) => l.facet === "restraintTypes")?.resources.map((r) => r.id);
    expect(noRestraintType).toContain("minimising-restraint-in-care-homes-video");
  });

  it("lists the resources with no setting, audience or restraint type", async () => {
    const report = await buildReport(driver);
    const res = await driver.executeQuery(
      `MATCH (r:Resource) WHERE NOT (r)-[:FOR_SETTING|FOR_AUDIENCE|ADDRESSES]->() RETURN r.id AS id ORDER BY id`,
    );
    const expected = res.records.map((r) => r.get("id") as string);
    expect(expected.length).toBeGreaterThan(0);
    expect(report.unplaced.map((r) => r.id).sort()).toEqual(expected);
    expect(report.unplaced.map((r) => r.id)).toContain("rrn-8-types-of-restraint");
    expect(report.unplaced.map((r) => r.id)).not.toContain("restrain-yourself-toolkit");
  });

  it("lists the stated relationships whose quote does not name their target, each confirmed (check these)", async () => {
    const [report, seed] = await Promise.all([buildReport(driver), loadSeed()]);
    const key = (r: { from: string; type: string; to: string }) => `${r.from} -${r.type}-> ${r.to}`;
    const nodes = new Map(seed.nodes.map((n) => [n.id, n.record]));
    // The same rule the validator applies, read from the files instead of the graph.
    const expected = seed.relationships.filter(
      (r) => r.basis === "STATED" && !quoteNames(r.evidence, namesOf(nodes.get(r.to) ?? {})),
    );
    expect(expected.length).toBeGreaterThan(0);
    const listed = report.checkThese.filter((r) => r.seed);
    expect(listed.map(key).sort()).toEqual(expected.map(key).sort());
    for (const r of expected) {
      expect(
        listed.find((l) => key(l) === key(r)),
        key(r),
      ).toMatchObject({
        evidence: r.evidence,
        confirmedBy: r.confirmedBy ?? null,
      });
    }
    // Done when every one a person has to look at has been looked at.
    expect(listed.filter((r) => r.confirmedBy === null).map(key)).toEqual([]);
    // A quote that names its target is never listed.
    expect(listed.map(key)).not.toContain("hope-model -FOR_SETTING-> mental-health-inpatient");
  });

  it("prints all sections", () => {
    const res = runTsx("graph-seed/src/cli/report.ts", [], { NEO4J_URI: uri });
    expect(res.status, res.stderr).toBe(0);
    expect(res.stdout).toMatch(/^Label +total +seed +curator$/m);
    expect(res.stdout).toMatch(/^Resource +\d+ +\d+ +\d+$/m);
    expect(res.stdout).toMatch(/^Relationship type +total/m);
    expect(res.stdout).toMatch(/^Restraint type +resources$/m);
    expect(res.stdout).toMatch(/^Setting +resources$/m);
    expect(res.stdout).toMatch(/^Resources whose only relationship is to a publisher \(\d+\)/m);
    expect(res.stdout).toMatch(/^Relationships their quote does not state outright \(\d+\)/m);
    expect(res.stdout).toMatch(
      /^ {2}INFERRED +stomp-stamp-position-paper -ADDRESSES-> chemical-restraint\n +why: .+\n +quote: "Doctors were prescribing/m,
    );
    expect(res.stdout).toMatch(/^ {2}TITLE +nz-six-core-strategies-checklist -ADDRESSES-> seclusion$/m);
    expect(res.stdout).toMatch(
      /^Check these: stated relationships whose quote does not name the target \(\d+, 0 not yet confirmed\)/m,
    );
    expect(res.stdout).toMatch(
      /^ {2}confirmed +charlie-waller-courses -PUBLISHED_BY-> charlie-waller-memorial-trust\n +why: 'they' is the Charlie Waller Memorial Trust/m,
    );
    expect(res.stdout).toMatch(/^Resources with no setting, audience or restraint type \(\d+\)/m);
    expect(res.stdout).toMatch(/^ {2}RRN 8 Types of Restraint \(rrn-8-types-of-restraint\)$/m);
    for (const noun of ["restraint type", "setting", "audience", "jurisdiction", "organisation"]) {
      expect(res.stdout).toMatch(new RegExp(`^Resources with no ${noun}[^\\n]* recorded \\(\\d+\\)`, "m"));
    }
    expect(res.stdout).toMatch(
      /^Resources with no restraint type recorded \(\d+\)[^\n]*\n(?: {2}.+\n)*? {2}.+ \(minimising-restraint-in-care-homes-video\)$/m,
    );
  });
});
