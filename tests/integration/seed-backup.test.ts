import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { exportGraph, importSeed, loadSeed, openDriver, restoreGraph, RestoreRefusedError } from "@rrn/graph-seed";
import { FULLTEXT_INDEX, REFRESH_DEGREES_BY_ID } from "@rrn/model";
import { readConnectionSettings } from "@rrn/common/neo4j-env";
import { runTsx } from "../support/cli.js";

/**
 * db:export / db:restore. Restoring wipes the shared test database, so every test here ends
 * with the dump of the seeded graph restored, and afterAll re-imports the seed to prove that
 * nothing drifted.
 */
const uri = inject("neo4jUri");
const run = `backup-test-${randomUUID().slice(0, 8)}`;

describe("backup and restore", () => {
  let driver: Driver;
  let tmp: string;

  const query = async (cypher: string, params: Record<string, unknown> = {}) =>
    (await driver.executeQuery(cypher, { run, ...params })).records.map((r) => r.toObject());

  beforeAll(async () => {
    driver = await openDriver({ ...readConnectionSettings(), uri });
    tmp = mkdtempSync(path.join(tmpdir(), "seed-backup-"));
    // Curator data with the value types a dump must keep apart: float vs integer, dates, lists.
    await query(
      `MATCH (six:Framework {id: 'six-core-strategies'})
       CREATE (c:Resource:CuratorDraft {id: $run, title: 'Draft', score: 2.0, rank: 2, ratios: [0.5, 1.0],
               tags: ['a', 'b'], createdAt: datetime('2024-05-06T07:08:09.123Z'), due: date('2025-01-31'),
               zoned: datetime({year: 2024, month: 3, day: 1, timezone: 'Europe/London'}), testRun: $run})
       CREATE (c)-[:REFERENCES {weight: 0.25, note: 'curator', testRun: $run, at: localdatetime('2024-01-01T10:00')}]->(six)
       CREATE (n:Note {text: 'A node without an id', testRun: $run})-[:ABOUT]->(c)`,
    );
    // Raw writes bypass the degree the importer and the API keep; a restore recounts it.
    await query(REFRESH_DEGREES_BY_ID, { ids: [run, "six-core-strategies"] });
  });

  afterAll(async () => {
    await query("MATCH (n) WHERE n.testRun = $run DETACH DELETE n");
    await query(REFRESH_DEGREES_BY_ID, { ids: ["six-core-strategies"] });
    const summary = await importSeed(driver, await loadSeed());
    rmSync(tmp, { recursive: true, force: true });
    await driver.close();
    expect(summary.totals.nodes).toMatchObject({ created: 0, updated: 0, deleted: 0 });
    expect(summary.totals.relationships).toMatchObject({ created: 0, updated: 0, deleted: 0 });
  });

  it("exports every label, including non-seed ones, with typed values", async () => {
    const dump = await exportGraph(driver);
    const draft = dump.nodes.find((n) => n.properties.id === run);
    expect(draft?.labels).toEqual(["CuratorDraft", "Resource"]);
    expect(draft?.properties).toMatchObject({
      score: { $type: "Float", value: 2 },
      rank: 2,
      ratios: [
        { $type: "Float", value: 0.5 },
        { $type: "Float", value: 1 },
      ],
      due: { $type: "Date", year: 2025, month: 1, day: 31 },
      zoned: { $type: "DateTime", timeZoneId: "Europe/London" },
    });
    expect(dump.nodes.some((n) => n.labels[0] === "Note" && n.properties.id === undefined)).toBe(true);
    expect(dump.schema.indexes.map((i) => i.name)).toContain(FULLTEXT_INDEX);
  });

  it("refuses to restore into a non-empty database, and changes nothing", async () => {
    const dump = await exportGraph(driver);
    await expect(restoreGraph(driver, dump)).rejects.toBeInstanceOf(RestoreRefusedError);
    expect(await exportGraph(driver)).toEqual(dump);
  });

  it("refuses a file that is not a dump before touching the database", async () => {
    const before = await exportGraph(driver);
    await expect(restoreGraph(driver, { nodes: [] }, { force: true })).rejects.toThrow(/Not a usable graph dump/);
    expect(await exportGraph(driver)).toEqual(before);
  });

  it("db:export → db:restore --force → db:export gives an identical file", async () => {
    const first = path.join(tmp, "first.json");
    const second = path.join(tmp, "second.json");
    const env = { NEO4J_URI: uri };
    const exported = runTsx("graph-seed/src/cli/export.ts", [first], env);
    expect(exported.status, exported.stderr).toBe(0);
    expect(exported.stdout).toMatch(/^Exported \d+ nodes and \d+ relationships to /);

    const refused = runTsx("graph-seed/src/cli/restore.ts", [first], env);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/The database is not empty \(\d+ nodes\).*--force/);

    const restored = runTsx("graph-seed/src/cli/restore.ts", [first, "--force"], env);
    expect(restored.status, restored.stderr).toBe(0);
    expect(restored.stdout).toMatch(/Restored \d+ nodes and \d+ relationships/);

    expect(runTsx("graph-seed/src/cli/export.ts", [second], env).status).toBe(0);
    expect(readFileSync(second, "utf8")).toBe(readFileSync(first, "utf8"));

    const [types] = await query(
      `MATCH (c:Resource {id: $run}) RETURN valueType(c.score) AS score, valueType(c.rank) AS rank,
              valueType(c.createdAt) AS createdAt, toString(c.createdAt) AS at, c.zoned.timezone AS zone`,
    );
    expect(types).toEqual({
      score: "FLOAT NOT NULL",
      rank: "INTEGER NOT NULL",
      createdAt: "ZONED DATETIME NOT NULL",
      at: "2024-05-06T07:08:09.123Z",
      zone: "Europe/London",
    });
  });

  it("recreates missing constraints and indexes from the dump", async () => {
    const dump = await exportGraph(driver);
    await query(`DROP INDEX ${FULLTEXT_INDEX}`);
    const summary = await restoreGraph(driver, dump, { force: true });
    expect(summary.schemaCreated).toEqual([FULLTEXT_INDEX]);
    expect(await exportGraph(driver)).toEqual(dump);
    const found = await query(
      `CALL db.index.fulltext.queryNodes("entity_search", "six core") YIELD node RETURN node.id AS id`,
    );
    expect(found.map((r) => r.id as string)).toContain("six-core-strategies");
  });

  it("restores into an empty database without --force", async () => {
    const dump = await exportGraph(driver);
    await query("MATCH (n) DETACH DELETE n");
    const summary = await restoreGraph(driver, dump);
    expect(summary).toMatchObject({ nodes: dump.nodes.length, relationships: dump.relationships.length, wiped: 0 });
    expect(await exportGraph(driver)).toEqual(dump);
  });

  it("reads a driver without lossless integers correctly too", async () => {
    const lossy = neo4j.driver(uri, neo4j.auth.basic("neo4j", process.env.NEO4J_PASSWORD ?? ""), {
      disableLosslessIntegers: true,
    });
    try {
      expect(await exportGraph(lossy)).toEqual(await exportGraph(driver));
    } finally {
      await lossy.close();
    }
  });
});
