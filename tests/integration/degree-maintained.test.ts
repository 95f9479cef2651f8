import { randomUUID } from "node:crypto";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { exportGraph, importSeed, loadSeed, restoreGraph, type Seed } from "@rrn/graph-seed";
import { DEGREE_PROPERTY, degreeExpression, NODE_LABELS, REFRESH_ALL_DEGREES, REFRESH_DEGREES_BY_ID } from "@rrn/model";
import { curationEnv, errorCodes, gqlAs, gqlAsData, mintToken } from "@rrn/testkit/curation";
import { startTestServer, type TestServer } from "@rrn/testkit/in-process-server";
import { testDriver } from "@rrn/testkit/neo4j";

/**
 * Every entity stores its `degree` (the overview ranks the whole graph by it from an index), so
 * every write path must keep it equal to the number of curated relationships the node has: the
 * seed import (including relationships it removes), db:restore, and each curator write.
 */
const uri = inject("neo4jUri");
const run = `degree-${randomUUID().slice(0, 8)}`;
const ENTITY = NODE_LABELS.join("|");

describe("the maintained degree", () => {
  let server: TestServer;
  let driver: Driver;
  let token: string;
  let seed: Seed;

  /** Stored and counted degree of the entities with these ids. */
  const degrees = async (ids: string[]) => {
    const res = await driver.executeQuery(
      `UNWIND $ids AS id MATCH (n:${ENTITY} {id: id})
       RETURN n.id AS id, n.${DEGREE_PROPERTY} AS stored, ${degreeExpression("n")} AS counted ORDER BY id`,
      { ids },
    );
    return res.records.map((r) => ({
      id: r.get("id") as string,
      stored: r.get("stored") as number | null,
      counted: r.get("counted") as number,
    }));
  };
  /** Entities whose stored degree is missing or differs from their relationships. */
  const wrongDegrees = async () => {
    const res = await driver.executeQuery(
      `MATCH (n:${ENTITY}) WITH n, ${degreeExpression("n")} AS d
       WHERE n.${DEGREE_PROPERTY} IS NULL OR n.${DEGREE_PROPERTY} <> d
       RETURN n.id AS id, n.${DEGREE_PROPERTY} AS stored, d AS counted`,
    );
    return res.records.map((r) => r.toObject());
  };
  const expectRight = async (ids: string[]) => {
    const rows = await degrees(ids);
    expect(rows.map((r) => r.id)).toEqual([...ids].sort());
    for (const r of rows) expect(r.stored, `${r.id} degree`).toBe(r.counted);
    return new Map(rows.map((r) => [r.id, r.counted]));
  };
  const curator = (query: string, variables: Record<string, unknown>) => gqlAsData(server.url, token, query, variables);

  beforeAll(async () => {
    server = await startTestServer(uri, curationEnv);
    driver = testDriver(uri);
    token = await mintToken({ name: "Degree Curator" });
    seed = await loadSeed();
  });
  afterAll(async () => {
    // Raw deletes bypass the API: the seed nodes they touched get their degree back here.
    const touched = await driver.executeQuery(
      `MATCH (n) WHERE n.id STARTS WITH $run OPTIONAL MATCH (n)--(m) RETURN collect(DISTINCT m.id) AS ids`,
      { run },
    );
    await driver.executeQuery(
      `MATCH (n) WHERE n.id STARTS WITH $run OR any(e IN coalesce(n.entityIds, []) WHERE e STARTS WITH $run)
       DETACH DELETE n`,
      { run },
    );
    const ids: unknown = touched.records[0]?.get("ids");
    await driver.executeQuery(REFRESH_DEGREES_BY_ID, { ids: Array.isArray(ids) ? ids : [] });
    await server.close();
    await driver.close();
  });

  it("is right on every node after the seed import, and an unchanged import writes none", async () => {
    // Other files write raw Cypher into the shared database, which bypasses the maintained degree
    // by design: recount once, then import, so what is checked is the importer's own work.
    await driver.executeQuery(REFRESH_ALL_DEGREES);
    await importSeed(driver, seed);
    expect(await wrongDegrees()).toEqual([]);
    const degree = await expectRight(["restrain-yourself-toolkit", "schools", "mersey-care"]);
    expect(degree.get("restrain-yourself-toolkit")).toBe(
      seed.relationships.filter((r) => r.from === "restrain-yourself-toolkit" || r.to === "restrain-yourself-toolkit")
        .length,
    );
    const lines: string[] = [];
    await importSeed(driver, seed, { log: (line) => lines.push(line) });
    expect(lines).toContain("  degrees refreshed: 0 nodes");
  });

  it("follows the seed: a relationship removed from the files lowers both ends, putting it back raises them", async () => {
    const removed = seed.relationships.find((r) => r.from === "restrain-yourself-toolkit")!;
    const ends = [removed.from, removed.to];
    const before = await expectRight(ends);
    await importSeed(driver, { ...seed, relationships: seed.relationships.filter((r) => r !== removed) });
    const after = await expectRight(ends);
    for (const id of ends) expect(after.get(id)).toBe((before.get(id) ?? 0) - 1);
    await importSeed(driver, seed);
    expect(await expectRight(ends)).toEqual(before);
  });

  it("follows curator writes: create with connect, update with connect and disconnect, delete, restore", async () => {
    const id = `${run}-kit`;
    const before = await expectRight(["physical-restraint", "schools", "six-core-strategies"]);
    await curator(
      `mutation C($id: ID!) {
        createResources(input: [{ id: $id, title: "Degree kit", addresses: { connect: [{
          where: { node: { id: { eq: "physical-restraint" } } }, edge: { evidence: "kit", source: "test", basis: STATED } }] } }]) {
          resources { id }
        }
      }`,
      { id },
    );
    let now = await expectRight([id, "physical-restraint"]);
    expect(now.get(id)).toBe(1);
    expect(now.get("physical-restraint")).toBe((before.get("physical-restraint") ?? 0) + 1);

    await curator(
      `mutation U($id: ID!) {
        updateResources(where: { id: { eq: $id } }, update: {
          settings: [{ connect: [{ where: { node: { id: { eq: "schools" } } }, edge: { evidence: "kit", source: "test", basis: STATED } }] }]
          addresses: [{ disconnect: [{ where: { node: { id: { eq: "physical-restraint" } } } }] }]
        }) { resources { id } }
      }`,
      { id },
    );
    now = await expectRight([id, "physical-restraint", "schools"]);
    expect(now.get(id)).toBe(1);
    expect(now.get("physical-restraint")).toBe(before.get("physical-restraint"));
    expect(now.get("schools")).toBe((before.get("schools") ?? 0) + 1);

    await curator(`mutation D($id: ID!) { deleteEntity(id: $id) { id } }`, { id });
    expect(await expectRight(["schools"])).toEqual(new Map([["schools", before.get("schools")]]));

    await curator(`mutation R($id: ID!) { restoreEntity(id: $id) }`, { id });
    now = await expectRight([id, "schools"]);
    expect(now.get("schools")).toBe((before.get("schools") ?? 0) + 1);
    expect(await wrongDegrees()).toEqual([]);
  });

  it("follows an approved suggestion's relationships", async () => {
    const { suggestResource } = await gqlAsData<{ suggestResource: { id: string } }>(
      server.url,
      null,
      `mutation S($title: String!) { suggestResource(input: { title: $title }) { id } }`,
      { title: `${run} approved huddles` },
    );
    const before = await expectRight(["six-core-strategies"]);
    const resourceId = `${run}-huddles`;
    await curator(
      `mutation A($id: ID!, $input: ApproveSuggestionInput) { approveSuggestion(id: $id, input: $input) { id } }`,
      {
        id: suggestResource.id,
        input: {
          resourceId,
          relationships: [
            {
              type: "DERIVES_FROM",
              targetId: "six-core-strategies",
              how: "IMPLEMENTS",
              evidence: "q",
              source: "test",
              basis: "STATED",
            },
          ],
        },
      },
    );
    const now = await expectRight([resourceId, "six-core-strategies"]);
    expect(now.get(resourceId)).toBe(1);
    expect(now.get("six-core-strategies")).toBe((before.get("six-core-strategies") ?? 0) + 1);
  });

  it("refuses connects that do not name one entity by id, and nested ones, changing nothing", async () => {
    const byTitle = await gqlAs(
      server.url,
      token,
      `mutation { createResources(input: [{ id: "${run}-loose", title: "Loose", addresses: { connect: [{
        where: { node: { name: { eq: "Physical restraint" } } }, edge: { evidence: "e", source: "s", basis: STATED } }] } }]) { resources { id } } }`,
    );
    expect(errorCodes(byTitle)).toEqual(["BAD_USER_INPUT"]);
    expect(byTitle.body.errors?.[0]?.message).toMatch(/must name one entity by id/);
    const nested = await gqlAs(
      server.url,
      token,
      `mutation { createResources(input: [{ id: "${run}-nested", title: "Nested", publishedBy: { Organisation: { connect: [{
        where: { node: { id: { eq: "mersey-care" } } }, edge: { evidence: "e", source: "s", basis: STATED },
        connect: [{ partOf: [{ where: { node: { id: { eq: "nhs-england" } } }, edge: { evidence: "e", source: "s", basis: STATED } }] }]
      }] } } }]) { resources { id } } }`,
    );
    expect(errorCodes(nested)).toEqual(["BAD_USER_INPUT"]);
    expect(await degrees([`${run}-loose`, `${run}-nested`])).toEqual([]);
  });

  it("is recounted by db:restore, even from a dump without it", async () => {
    const dump = await exportGraph(driver);
    const stripped = {
      ...dump,
      nodes: dump.nodes.map((n) => {
        const { [DEGREE_PROPERTY]: _dropped, ...properties } = n.properties;
        return { ...n, properties };
      }),
    };
    await restoreGraph(driver, stripped, { force: true });
    expect(await wrongDegrees()).toEqual([]);
    // Restored from a current dump, the graph is exactly the same again.
    await restoreGraph(driver, dump, { force: true });
    expect(await exportGraph(driver)).toEqual(dump);
  });
});
