import { randomUUID } from "node:crypto";
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { defaultDataDir, exportGraph, importSeed, loadSeed, restoreGraph, type Seed } from "@rrn/graph-seed";
import { runTsx } from "../support/cli.js";
import { curationEnv, gqlAsData, mintToken } from "@rrn/testkit/curation";
import { pendingSuggestion, resetCuratorChanges } from "../support/seed-changes.js";
import { startTestServer, type TestServer } from "@rrn/testkit/in-process-server";
import { testDriver } from "@rrn/testkit/neo4j";

/**
 * Curators' changes to seed data outlive `npm run seed`: a property edit, a relationship added,
 * edited or removed, a seed node deleted, an approved suggestion. Where the files changed the
 * same thing, the curator's value stays and the conflict is reported, in the import's summary
 * and in `seed:report`. Afterwards the seed data is put back as the files say.
 */
const uri = inject("neo4jUri");
const run = `seed-changes-${randomUUID().slice(0, 8)}`;
const toolkit = "restraint-inequalities-toolkit";
const survey = "covid-19-restrictive-practices-survey";

interface Change {
  kind: string;
  entityId: string;
  property: string | null;
  relationship: { type: string; source: string; target: string; evidence: string | null } | null;
  curatorValue: string | null;
  seedValue: string | null;
  conflict: boolean;
  by: string | null;
}
const changesQuery = `query ($id: ID) { curatorChanges(id: $id) {
  kind entityId property relationship { type source target evidence } curatorValue seedValue conflict by } }`;

describe("curator changes and the seed import", () => {
  let server: TestServer;
  let driver: Driver;
  let token: string;
  let seed: Seed;
  let tmp: string;

  const query = async (cypher: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> =>
    (await driver.executeQuery(cypher, params)).records.map((r) => r.toObject());
  const curate = <T>(q: string, variables: Record<string, unknown> = {}) =>
    gqlAsData<T>(server.url, token, q, variables);
  const changes = async (id: string | null) =>
    (await curate<{ curatorChanges: Change[] }>(changesQuery, { id })).curatorChanges;
  const version = async () => (await query("MATCH (v:GraphVersion) RETURN v.version AS v"))[0]?.v as string;

  beforeAll(async () => {
    server = await startTestServer(uri, curationEnv);
    driver = testDriver(uri);
    token = await mintToken({ name: "Keeper Curator" });
    seed = await loadSeed();
    tmp = mkdtempSync(path.join(tmpdir(), "seed-changes-"));
    // States are recorded by the import; make sure every seed node has one before curators edit.
    await importSeed(driver, seed);
  });
  afterAll(async () => {
    await query(
      `MATCH (n) WHERE n.id STARTS WITH $run OR n.title STARTS WITH $run OR any(e IN coalesce(n.entityIds, []) WHERE e STARTS WITH $run)
       DETACH DELETE n`,
      { run },
    );
    await resetCuratorChanges(driver, seed, run);
    rmSync(tmp, { recursive: true, force: true });
    await server.close();
    await driver.close();
  });

  it("keeps a curator's url and summary on a seed resource through npm run seed, and says so", async () => {
    const url = "https://restraintreductionnetwork.org/inequalities-toolkit";
    const summary = `${run}: a corrected summary of the inequalities toolkit.`;
    await curate(
      `mutation ($id: ID!, $url: String!, $summary: String!) {
        updateResources(where: { id: { eq: $id } }, update: { url: { set: $url }, summary: { set: $summary } }) { resources { id } }
      }`,
      { id: toolkit, url, summary },
    );
    const res = runTsx("graph-seed/src/cli/seed.ts", [], { NEO4J_URI: uri });
    expect(res.status, res.stderr).toBe(0);
    expect(res.stdout).toMatch(/Curator changes kept \(2, 0 conflicts;/);
    expect(res.stdout).toContain(`Resource ${toolkit}: url = "${url}" (by Keeper Curator)`);
    expect(res.stdout).toContain(`Resource ${toolkit}: summary = "${summary}"`);
    expect(res.stdout).toMatch(/^Resource +\d+ +0 +0 +\d+ +0 +0$/m);
    const [node] = await query("MATCH (n:Resource {id: $id}) RETURN n.url AS url, n.summary AS summary", {
      id: toolkit,
    });
    expect(node).toEqual({ url, summary });

    const found = await changes(toolkit);
    expect(
      found
        .filter((c) => c.kind === "PROPERTY")
        .map((c): unknown[] => [c.property, JSON.parse(c.curatorValue!), c.conflict, c.by]),
    ).toEqual([
      ["summary", summary, false, "Keeper Curator"],
      ["url", url, false, "Keeper Curator"],
    ]);
    const seedSummary = seed.nodes.find((n) => n.id === toolkit)!.record.summary;
    expect(JSON.parse(found.find((c) => c.property === "summary")!.seedValue!)).toBe(seedSummary);

    // Nothing to write on the next run, so the graph version stays.
    const before = await version();
    const again = await importSeed(driver, seed);
    expect(again.graphVersion).toBeUndefined();
    expect(await version()).toBe(before);
  });

  it("keeps relationships a curator added, edited and removed", async () => {
    await curate(`mutation ($input: RelationshipInput!) { addRelationship(input: $input) { id } }`, {
      input: {
        type: "ADDRESSES",
        from: toolkit,
        to: "physical-restraint",
        evidence: `${run} physical restraint`,
        source: "https://example.org/inequalities",
        basis: "INFERRED",
        reasoning: "Restraint inequality is measured mostly on physical restraint.",
      },
    });
    await curate(`mutation ($input: RelationshipInput!) { updateRelationship(input: $input) { id } }`, {
      input: {
        type: "FOR_SETTING",
        from: toolkit,
        to: "health-care",
        evidence: `${run} healthcare practitioners`,
        source: "rrn-tools-and-resources",
        basis: "STATED",
      },
    });
    await curate(`mutation { removeRelationship(type: FOR_AUDIENCE, from: "${toolkit}", to: "practitioners") }`);

    const summary = await importSeed(driver, seed);
    expect(summary.relationships.FOR_AUDIENCE.kept).toBe(1);
    expect(summary.kept).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "RELATIONSHIP_EDITED", property: "evidence", conflict: false }),
        expect.objectContaining({ kind: "RELATIONSHIP_REMOVED", id: toolkit, conflict: false }),
      ]),
    );
    const rels = await query(
      `MATCH (:Resource {id: $id})-[r]->(b) RETURN type(r) + '>' + b.id AS rel, r.evidence AS evidence ORDER BY rel`,
      { id: toolkit },
    );
    expect(rels).toContainEqual({ rel: "ADDRESSES>physical-restraint", evidence: `${run} physical restraint` });
    expect(rels).toContainEqual({ rel: "FOR_SETTING>health-care", evidence: `${run} healthcare practitioners` });
    expect(rels.map((r) => r.rel)).not.toContain("FOR_AUDIENCE>practitioners");
    expect(rels.filter((r) => r.rel === "ADDRESSES>physical-restraint")).toHaveLength(1);

    const found = await changes(toolkit);
    const kinds = found.map((c) => `${c.kind}:${c.relationship?.type ?? c.property}`);
    expect(found.find((c) => c.kind === "RELATIONSHIP_REMOVED")?.by).toBe("Keeper Curator");
    expect(kinds).toEqual(
      expect.arrayContaining([
        "RELATIONSHIP_ADDED:ADDRESSES",
        "RELATIONSHIP_EDITED:FOR_SETTING",
        "RELATIONSHIP_REMOVED:FOR_AUDIENCE",
      ]),
    );
  });

  it("keeps a seed node a curator deleted out of the graph, and its relationships, until restored", async () => {
    const links = await query(`MATCH (n:Resource {id: $id})-[r]-() RETURN count(r) AS n`, { id: survey });
    expect(links[0]?.n).toBeGreaterThan(0);
    await curate(`mutation ($id: ID!) { deleteEntity(id: $id) { id } }`, { id: survey });
    const summary = await importSeed(driver, seed);
    expect(summary.kept).toContainEqual({ kind: "NODE_DELETED", label: "Resource", id: survey, conflict: false });
    expect(summary.nodes.Resource.created).toBe(0);
    expect(await query(`MATCH (n:Resource {id: $id}) RETURN n`, { id: survey })).toEqual([]);
    expect((await changes(survey)).map((c) => c.kind)).toEqual(["NODE_DELETED"]);

    await curate(`mutation ($id: ID!) { restoreEntity(id: $id) }`, { id: survey });
    const back = await query(`MATCH (n:Resource {id: $id})-[r]-() RETURN count(r) AS n`, { id: survey });
    expect(back[0]?.n).toBe(links[0]?.n);
    expect(await changes(survey)).toEqual([]);
    // Restored as the seed had it: the import has nothing to do for it.
    const after = await importSeed(driver, seed);
    expect(after.kept.filter((k) => k.id === survey)).toEqual([]);
  });

  it("keeps a resource approved from a suggestion, and its relationships", async () => {
    const suggestion = await pendingSuggestion(driver, { title: `${run} Approved guide`, summary: "A guide." });
    await curate(
      `mutation ($id: ID!, $input: ApproveSuggestionInput) { approveSuggestion(id: $id, input: $input) { status } }`,
      {
        id: suggestion,
        input: {
          resourceId: `${run}-approved`,
          relationships: [
            {
              type: "ADDRESSES",
              targetId: "seclusion",
              evidence: "about seclusion",
              source: "https://example.org/guide",
              basis: "STATED",
            },
          ],
        },
      },
    );
    await importSeed(driver, seed);
    const rows = await query(
      `MATCH (r:Resource {id: $id})-[e:ADDRESSES]->(s {id: 'seclusion'}) RETURN e.evidence AS ev`,
      {
        id: `${run}-approved`,
      },
    );
    expect(rows).toEqual([{ ev: "about seclusion" }]);
  });

  it("reports a conflict when the files changed what a curator changed, and keeps the curator's value", async () => {
    const dir = path.join(tmp, "data");
    cpSync(defaultDataDir, dir, { recursive: true });
    const file = path.join(dir, "resources.yaml");
    const seedSummary = seed.nodes.find((n) => n.id === toolkit)!.record.summary;
    const text = readFileSync(file, "utf8");
    expect(text).toContain(`summary: ${seedSummary}`);
    const newSummary = "An RRN toolkit on restraint inequality, rewritten in the files.";
    writeFileSync(file, text.replace(`summary: ${seedSummary}`, `summary: ${newSummary}`));

    const summary = await importSeed(driver, await loadSeed(dir));
    expect(summary.kept).toContainEqual(
      expect.objectContaining({
        kind: "PROPERTY",
        id: toolkit,
        property: "summary",
        conflict: true,
        fileValue: newSummary,
      }),
    );
    const [node] = await query("MATCH (n:Resource {id: $id}) RETURN n.summary AS summary", { id: toolkit });
    expect(node?.summary).toMatch(new RegExp(`^${run}`));
    const conflict = (await changes(toolkit)).find((c) => c.property === "summary");
    expect(conflict).toMatchObject({ conflict: true, seedValue: JSON.stringify(newSummary) });

    const report = runTsx("graph-seed/src/cli/report.ts", [], { NEO4J_URI: uri });
    expect(report.status, report.stderr).toBe(0);
    expect(report.stdout).toMatch(/Curator changes the seed files do not say yet \(\d+, 1 conflicts\)/);
    expect(report.stdout).toContain(`Resource ${toolkit}: summary = `);
    expect(report.stdout).toContain(`CONFLICT: the files say ${JSON.stringify(newSummary)}`);

    // Still reported on the next import (nothing settled it), without writing anything.
    const again = await importSeed(driver, await loadSeed(dir));
    expect(again.kept.filter((k) => k.conflict)).toHaveLength(1);
    expect(again.graphVersion).toBeUndefined();

    // A curator settles it by taking the files' value: nothing is the curator's any more.
    await curate(
      `mutation ($id: ID!, $s: String!) { updateResources(where: { id: { eq: $id } }, update: { summary: { set: $s } }) { resources { id } } }`,
      { id: toolkit, s: newSummary },
    );
    const settled = await importSeed(driver, await loadSeed(dir));
    expect(settled.kept.filter((k) => k.property === "summary")).toEqual([]);
    expect((await changes(toolkit)).filter((c) => c.property === "summary")).toEqual([]);
  });

  it("keeps a seed node that leaves the files after a curator changed it, as the curator's", async () => {
    const extra = `${run}-extra`;
    const dir = path.join(tmp, "extra");
    cpSync(defaultDataDir, dir, { recursive: true });
    appendFileSync(
      path.join(dir, "resources.yaml"),
      `\n- id: ${extra}\n  title: Extra seed resource\n  kind: TOOL\n  summary: Only in this test's copy of the data.\n`,
    );
    appendFileSync(
      path.join(dir, "relationships", "published-by.yaml"),
      `\n- from: ${extra}\n  type: PUBLISHED_BY\n  to: restraint-reduction-network\n  evidence: RRN 8 Types of Restraint\n  basis: TITLE\n`,
    );
    await importSeed(driver, await loadSeed(dir));
    await curate(
      `mutation ($id: ID!) { updateResources(where: { id: { eq: $id } }, update: { summary: { set: "A curator's summary." } }) { resources { id } } }`,
      { id: extra },
    );
    const back = await importSeed(driver, seed);
    expect(back.released).toEqual([{ label: "Resource", id: extra }]);
    const [node] = await query("MATCH (n:Resource {id: $id}) RETURN n.managedBy AS m, n.summary AS s", { id: extra });
    expect(node).toEqual({ m: null, s: "A curator's summary." });
    expect((await changes(extra)).map((c) => c.kind)).toEqual(["NODE_ADDED"]);
  });

  it("keeps every record through db:export and db:restore", async () => {
    const before = await changes(null);
    expect(before.length).toBeGreaterThan(3);
    const dump = await exportGraph(driver);
    await restoreGraph(driver, dump, { force: true });
    expect(await changes(null)).toEqual(before);
  });
});
