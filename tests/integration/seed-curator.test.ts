import { randomUUID } from "node:crypto";
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  defaultDataDir,
  exportGraph,
  importSeed,
  loadSeed,
  openDriver,
  SeedConflictError,
  type Seed,
} from "@rrn/graph-seed";
import { readConnectionSettings } from "@rrn/common/neo4j-env";

/**
 * Re-seeding never loses curator work: nodes, relationships and properties without
 * managedBy "seed" survive, and only seed-owned data follows the files. Every curator object
 * here carries this run's `testRun` id and is removed afterwards; the seed is re-imported so
 * the next test file finds the graph as global setup left it.
 */
const uri = inject("neo4jUri");
const run = `curator-test-${randomUUID().slice(0, 8)}`;
const curatorNode = `${run}-toolkit`;
const extraSeedNode = `${run}-seed-extra`;

describe("curator data and re-seeding", () => {
  let driver: Driver;
  let seed: Seed;
  let tmp: string;

  const query = async (cypher: string, params: Record<string, unknown> = {}) =>
    (await driver.executeQuery(cypher, { run, ...params })).records.map((r) => r.toObject());

  /** The real data plus one extra seed resource and its relationship, and one changed summary. */
  function changedData(): string {
    const dir = path.join(tmp, "data");
    cpSync(defaultDataDir, dir, { recursive: true });
    appendFileSync(
      path.join(dir, "resources.yaml"),
      `\n- id: ${extraSeedNode}\n  title: Extra seed resource\n  kind: TOOL\n  summary: Only in this test's copy of the data.\n`,
    );
    appendFileSync(
      path.join(dir, "relationships", "published-by.yaml"),
      `\n- from: ${extraSeedNode}\n  type: PUBLISHED_BY\n  to: restraint-reduction-network\n  evidence: RRN 8 Types of Restraint\n  basis: TITLE\n`,
    );
    const frameworks = path.join(dir, "frameworks.yaml");
    const text = readFileSync(frameworks, "utf8");
    const changed = text.replace(
      "summary: A Mersey Care approach for reducing reliance",
      "summary: A changed summary of the Mersey Care approach for reducing reliance",
    );
    expect(changed).not.toBe(text);
    writeFileSync(frameworks, changed);
    return dir;
  }

  beforeAll(async () => {
    driver = await openDriver({ ...readConnectionSettings(), uri });
    seed = await loadSeed();
    tmp = mkdtempSync(path.join(tmpdir(), "seed-curator-"));
    // A curator's own resource, linked to seed nodes; a curator edge between two seed nodes, one
    // of them of the same type as a seed edge; and a curator property on a seed node.
    await query(
      `CREATE (c:Resource {id: $id, title: 'Curator toolkit', kind: 'TOOLKIT', summary: 'Added by a curator.', testRun: $run})
       WITH c
       MATCH (six:Framework {id: 'six-core-strategies'}), (ry:Resource {id: 'restrain-yourself-toolkit'}),
             (hope:Framework {id: 'hope-model'})
       CREATE (c)-[:DERIVES_FROM {how: 'ADAPTS', evidence: 'curator knowledge', source: 'curator', testRun: $run}]->(six)
       CREATE (ry)-[:REFERENCES {evidence: 'curator knowledge', testRun: $run}]->(hope)
       CREATE (ry)-[:DERIVES_FROM {how: 'BASED_ON', evidence: 'curator knowledge', testRun: $run}]->(six)
       SET hope.curatorNote = $run`,
      { id: curatorNode },
    );
  });

  afterAll(async () => {
    await query("MATCH ()-[r]->() WHERE r.testRun = $run DELETE r");
    await query("MATCH (n) WHERE n.testRun = $run OR n.id = $extra DETACH DELETE n", { extra: extraSeedNode });
    await query("MATCH (n:Framework {id: 'hope-model'}) REMOVE n.curatorNote");
    await query("MATCH (n:Person {id: 'alexis-quinn'}) SET n.managedBy = 'seed'");
    const summary = await importSeed(driver, seed);
    rmSync(tmp, { recursive: true, force: true });
    await driver.close();
    expect(summary.totals.nodes.created + summary.totals.relationships.created).toBe(0);
  });

  async function curatorState() {
    return {
      node: await query("MATCH (c:Resource {id: $id}) RETURN properties(c) AS p", { id: curatorNode }),
      rels: await query(
        `MATCH (a)-[r]->(b) WHERE r.testRun = $run
         RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS p ORDER BY from, type, to`,
      ),
      note: await query("MATCH (n:Framework {id: 'hope-model'}) RETURN n.curatorNote AS note"),
    };
  }

  it("curator nodes, relationships and properties survive a re-seed untouched", async () => {
    const before = await curatorState();
    expect(before.node).toHaveLength(1);
    expect(before.rels).toHaveLength(3);
    const summary = await importSeed(driver, seed);
    expect(summary.totals.nodes).toMatchObject({ created: 0, updated: 0, deleted: 0 });
    expect(summary.totals.relationships).toMatchObject({ created: 0, updated: 0, deleted: 0 });
    expect(await curatorState()).toEqual(before);
    expect(before.note).toEqual([{ note: run }]);
  });

  it("a seed edge and a curator edge of the same type between the same nodes stay two edges", async () => {
    const rows = await query(
      `MATCH (:Resource {id: 'restrain-yourself-toolkit'})-[r:DERIVES_FROM]->(:Framework {id: 'six-core-strategies'})
       RETURN r.managedBy AS managedBy, r.how AS how ORDER BY how`,
    );
    expect(rows).toEqual([
      { managedBy: null, how: "BASED_ON" },
      { managedBy: "seed", how: "ENCOMPASSES" },
    ]);
  });

  it("follows the files for seed-owned data: adds, updates, then removes what the files drop", async () => {
    const changed = await importSeed(driver, await loadSeed(changedData()));
    expect(changed.nodes.Resource.created).toBe(1);
    expect(changed.nodes.Framework.updated).toBe(1);
    expect(changed.relationships.PUBLISHED_BY.created).toBe(1);
    expect(changed.totals.nodes.deleted + changed.totals.relationships.deleted).toBe(0);
    const [hope] = await query("MATCH (n:Framework {id: 'hope-model'}) RETURN n.summary AS s, n.curatorNote AS note");
    expect(hope).toEqual({ s: expect.stringMatching(/^A changed summary/) as unknown, note: run });

    const back = await importSeed(driver, seed);
    expect(back.nodes.Resource.deleted).toBe(1);
    expect(back.relationships.PUBLISHED_BY.deleted).toBe(1);
    expect(back.nodes.Framework.updated).toBe(1);
    expect(back.released).toEqual([]);
    expect(await query("MATCH (n {id: $id}) RETURN n", { id: extraSeedNode })).toEqual([]);
    expect((await curatorState()).note).toEqual([{ note: run }]);
  });

  it("keeps a removed seed node that a curator linked to, handing it to curators", async () => {
    await importSeed(driver, await loadSeed(changedData()));
    await query(
      `MATCH (c:Resource {id: $id}), (x:Resource {id: $extra})
       CREATE (c)-[:REFERENCES {evidence: 'curator knowledge', testRun: $run}]->(x)`,
      { id: curatorNode, extra: extraSeedNode },
    );
    const back = await importSeed(driver, seed);
    expect(back.released).toEqual([{ label: "Resource", id: extraSeedNode }]);
    expect(back.nodes.Resource.deleted).toBe(0);
    const rows = await query(
      `MATCH (x:Resource {id: $extra}) RETURN x.managedBy AS managedBy,
              [(x)-[r]-() | type(r) + ':' + coalesce(r.managedBy, 'curator')] AS rels`,
      { extra: extraSeedNode },
    );
    expect(rows).toEqual([{ managedBy: null, rels: ["REFERENCES:curator"] }]);
  });

  it("refuses to take over a curator-made node that has a seed id and differs from the record, writing nothing", async () => {
    const [original] = await query("MATCH (n:Person {id: 'alexis-quinn'}) RETURN n.role AS role");
    await query("MATCH (n:Person {id: 'alexis-quinn'}) REMOVE n.managedBy SET n.role = 'Someone else of that name'");
    const before = JSON.stringify(await exportGraph(driver));
    const err: unknown = await importSeed(driver, seed).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SeedConflictError);
    expect((err as Error).message).toContain("Person alexis-quinn");
    expect(JSON.stringify(await exportGraph(driver))).toBe(before);
    await query("MATCH (n:Person {id: 'alexis-quinn'}) SET n.managedBy = 'seed', n.role = $role", {
      role: original!.role,
    });
  });

  it("adopts a curator-made node that says what its seed record says", async () => {
    await query("MATCH (n:Person {id: 'alexis-quinn'}) REMOVE n.managedBy, n.seedState");
    const summary = await importSeed(driver, seed);
    expect(summary.adopted).toEqual(["Person alexis-quinn"]);
    expect(summary.nodes.Person.updated).toBe(1);
    const [node] = await query("MATCH (n:Person {id: 'alexis-quinn'}) RETURN n.managedBy AS m, n.seedState AS s");
    expect(node?.m).toBe("seed");
    expect(node?.s).toEqual(expect.stringContaining('"values"'));
    expect((await importSeed(driver, seed)).graphVersion).toBeUndefined();
  });
});
