import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { exportGraph, importSeed, loadSeed, openDriver, type Seed } from "@rrn/graph-seed";
import { FULLTEXT_INDEX, idConstraintName, NODE_LABELS, REFRESH_ALL_DEGREES } from "@rrn/model";
import { readConnectionSettings } from "@rrn/common/neo4j-env";
import { runTsx } from "../support/cli.js";

/** Global setup has seeded the database; these tests check what it wrote and that re-seeding is a no-op. */
const uri = inject("neo4jUri");

describe("the seed import", () => {
  let driver: Driver;
  let seed: Seed;

  beforeAll(async () => {
    driver = await openDriver({ ...readConnectionSettings(), uri });
    seed = await loadSeed();
  });
  afterAll(() => driver.close());

  const query = async (cypher: string, params: Record<string, unknown> = {}) =>
    (await driver.executeQuery(cypher, params)).records.map((r) => r.toObject());
  const count = async (cypher: string, params: Record<string, unknown> = {}) =>
    Number((await query(cypher, params))[0]?.n);

  it("a second import changes nothing: same counts, same properties, 0 created/updated/deleted", async () => {
    // Other files' raw Cypher bypasses the maintained degree (by design); recount first, so the
    // comparison is about what the import writes.
    await driver.executeQuery(REFRESH_ALL_DEGREES);
    const before = await exportGraph(driver);
    const summary = await importSeed(driver, seed);
    const after = await exportGraph(driver);
    expect(summary.totals.nodes).toMatchObject({ created: 0, updated: 0, deleted: 0, unchanged: seed.nodes.length });
    expect(summary.totals.relationships).toMatchObject({
      created: 0,
      updated: 0,
      deleted: 0,
      unchanged: seed.relationships.length,
    });
    expect(summary.released).toEqual([]);
    expect(after).toEqual(before);
  });

  it("npm run seed says so too, with a line per phase and counts by label and type", () => {
    const res = runTsx("graph-seed/src/cli/seed.ts", [], { NEO4J_URI: uri });
    expect(res.status, res.stderr).toBe(0);
    expect(res.stdout).toMatch(/^Seed: \d+ nodes and \d+ relationships from /m);
    expect(res.stdout).toMatch(/^Schema: /m);
    expect(res.stdout).toMatch(/^ {2}relationships created: 0$/m);
    expect(res.stdout).toMatch(/^ {2}relationships updated or adopted: 0$/m);
    expect(res.stdout).toMatch(/^Resource +\d+ +0 +0 +\d+ +0 +0$/m);
    expect(res.stdout).toMatch(/^DERIVES_FROM +\d+ +0 +0 +\d+ +0 +0$/m);
    expect(res.stdout).toMatch(/^total +\d+ +0 +0 +\d+ +0 +0$/m);
  });

  it("holds every seed node and relationship, marked managedBy seed, with the minimum counts", async () => {
    for (const label of NODE_LABELS) {
      const expected = seed.nodes.filter((n) => n.label === label).length;
      expect(await count(`MATCH (n:${label}) WHERE n.managedBy = 'seed' RETURN count(n) AS n`), label).toBe(expected);
    }
    expect(await count("MATCH ()-[r]->() WHERE r.managedBy = 'seed' RETURN count(r) AS n")).toBe(
      seed.relationships.length,
    );
    expect(await count("MATCH (n:Resource) RETURN count(n) AS n")).toBeGreaterThanOrEqual(55);
    expect(await count("MATCH (n:Organisation) RETURN count(n) AS n")).toBeGreaterThanOrEqual(30);
    expect(await count("MATCH (n:Framework) RETURN count(n) AS n")).toBeGreaterThanOrEqual(8);
    expect(await count("MATCH (n:RestraintType) RETURN count(n) AS n")).toBeGreaterThanOrEqual(7);
  });

  it("writes the YAML's properties with their types, aliasText and general-knowledge markers", async () => {
    const [res] = await query(
      `MATCH (n:Resource {id: 'rrn-guidance-for-government-departments-2023'})
       RETURN n.title AS title, n.kind AS kind, valueType(n.year) AS yearType, n.aliases AS aliases, n.aliasText AS aliasText`,
    );
    expect(res).toEqual({
      title: "RRN Guidance for Government Departments 2023: 11 Key Principles to Inform Government Policy",
      kind: "GUIDANCE",
      yearType: "INTEGER NOT NULL",
      aliases: ["11 Key Principles to Inform Government Policy"],
      aliasText: "11 Key Principles to Inform Government Policy",
    });
    const [act] = await query("MATCH (n:Legislation {id: 'use-of-force-act-2018'}) RETURN n.generalKnowledge AS gk");
    expect(act?.gk).toEqual(["name"]);
    const [six] = await query("MATCH (n:Framework {id: 'six-core-strategies'}) RETURN n.aliasText AS t");
    expect(six?.t).toBe("6CS | Six Core Strategies for reducing seclusion and restraint");
  });

  it("gives relationships evidence, source and managedBy, and `how` only on DERIVES_FROM", async () => {
    expect(
      await count(
        `MATCH ()-[r]->() WHERE r.managedBy = 'seed' AND (r.evidence IS NULL OR r.source IS NULL) RETURN count(r) AS n`,
      ),
    ).toBe(0);
    expect(await count(`MATCH ()-[r:DERIVES_FROM]->() WHERE r.how IS NULL RETURN count(r) AS n`)).toBe(0);
    expect(await count(`MATCH ()-[r]->() WHERE NOT r:DERIVES_FROM AND r.how IS NOT NULL RETURN count(r) AS n`)).toBe(0);
  });

  it("stores each relationship's basis, and reasoning exactly on the inferred ones", async () => {
    const stored = await query(
      `MATCH (a)-[r]->(b) WHERE r.managedBy = 'seed'
       RETURN a.id + ' -' + type(r) + '-> ' + b.id AS key, r.basis AS basis, r.reasoning AS reasoning`,
    );
    const byKey = new Map(stored.map((r) => [r.key as string, r]));
    for (const rel of seed.relationships) {
      const row = byKey.get(`${rel.from} -${rel.type}-> ${rel.to}`);
      expect(row?.basis, `${rel.from} -${rel.type}-> ${rel.to}`).toBe(rel.basis);
      expect(row?.reasoning ?? undefined).toBe(rel.reasoning);
    }
    expect(await count(`MATCH ()-[r]->() WHERE r.managedBy = 'seed' AND r.basis IS NULL RETURN count(r) AS n`)).toBe(0);
  });

  it.each([
    ["restrain-yourself-toolkit", "DERIVES_FROM", "six-core-strategies", null],
    ["nz-six-core-strategies-checklist", "DERIVES_FROM", "nasmhpd-six-core-strategies-checklist", "ADAPTS"],
    ["post-incident-debriefing-and-support-toolkit", "COMMISSIONED_BY", "nhs-england", null],
    ["hope-model", "DEVELOPED_BY", "mersey-care", null],
    ["no-force-first", "DEVELOPED_BY", "mersey-care", null],
    ["rrn-training-standards", "DEVELOPED_WITH", "health-education-england", null],
    ["how-i-should-be-cared-for-in-a-mental-health-hospital", "COMPLIES_WITH", "use-of-force-act-2018", null],
  ])("key fact: %s %s %s", async (from, type, to, how) => {
    const rows = await query(
      `MATCH (a {id: $from})-[r]->(b {id: $to}) WHERE type(r) = $type
       RETURN r.how AS how, r.evidence AS evidence, r.source AS source`,
      { from, to, type },
    );
    expect(rows).toHaveLength(1);
    if (how) expect(rows[0]?.how).toBe(how);
    expect(String(rows[0]?.evidence)).not.toBe("");
  });

  it("has the id constraint per label and the entity_search full-text index over all nine labels", async () => {
    const constraints = (await query("SHOW CONSTRAINTS YIELD name RETURN name")).map((r) => r.name as string);
    for (const label of NODE_LABELS) expect(constraints).toContain(idConstraintName(label));
    expect(constraints).toContain("restraint_type_id_unique");
    const [index] = await query(
      `SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, state WHERE name = $name
       RETURN labelsOrTypes, properties, state`,
      { name: FULLTEXT_INDEX },
    );
    expect(index?.state).toBe("ONLINE");
    expect([...(index?.labelsOrTypes as string[])].sort()).toEqual([...NODE_LABELS].sort());
    expect([...(index?.properties as string[])].sort()).toEqual(["aliasText", "name", "summary", "title"]);
  });

  it.each([
    ["six core", "six-core-strategies"],
    ["6CS", "six-core-strategies"],
    ["Mersey Care", "mersey-care"],
    ["post-incident debriefing", "post-incident-debriefing-and-support-toolkit"],
  ])("full-text search for %j finds %s", async (q, id) => {
    const rows = await query(
      `CALL db.index.fulltext.queryNodes("entity_search", $q) YIELD node RETURN node.id AS id LIMIT 10`,
      { q },
    );
    expect(rows.map((r) => r.id as string)).toContain(id);
  });
});
