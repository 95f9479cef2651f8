import { randomUUID } from "node:crypto";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { REFRESH_ALL_DEGREES } from "@rrn/model";
import { exportGraph, importSeed, loadSeed, restoreGraph, type GraphDump } from "@rrn/graph-seed";
import { curationEnv, gqlAsData, mintToken } from "@rrn/testkit/curation";
import { startTestServer, type TestServer } from "@rrn/testkit/in-process-server";
import { testDriver } from "@rrn/testkit/neo4j";

/**
 * Curator data, suggestions and the audit log are not the seed's: re-seeding leaves them
 * exactly as they were, and an export/restore round trip carries them.
 */
const uri = inject("neo4jUri");
const run = `cur-keep-${randomUUID().slice(0, 8)}`;
const resourceId = `${run}-resource`;

/** Nodes and relationships of this run (and their audit entries), for before/after comparison. */
function ofRun(dump: GraphDump) {
  const mine = new Set<number>();
  dump.nodes.forEach((n, i) => {
    const p = n.properties as Record<string, unknown>;
    const ids: unknown[] = Array.isArray(p.entityIds) ? p.entityIds : [];
    if ([p.id, p.title, ...ids].some((v) => typeof v === "string" && v.includes(run))) mine.add(i);
  });
  return {
    nodes: [...mine].map((i) => dump.nodes[i]),
    relationships: dump.relationships
      .filter((r) => mine.has(r.from))
      .map((r) => ({ ...r, from: dump.nodes[r.from], to: dump.nodes[r.to] })),
  };
}

describe("curation data survives re-seeding and backups", () => {
  let server: TestServer;
  let driver: Driver;

  beforeAll(async () => {
    server = await startTestServer(uri, curationEnv);
    driver = testDriver(uri);
    const token = await mintToken({ name: "Keeper" });
    await gqlAsData(
      server.url,
      token,
      `mutation Create($id: ID!, $title: String!) {
        createResources(input: [{ id: $id, title: $title, addresses: { connect: [{
          where: { node: { id: { eq: "physical-restraint" } } },
          edge: { evidence: "covers physical restraint", source: "Keeper's notes", basis: STATED } }] } }]) { resources { id } }
      }`,
      { id: resourceId, title: `${run} kept resource` },
    );
    await gqlAsData(server.url, null, `mutation S($t: String!) { suggestResource(input: { title: $t }) { id } }`, {
      t: `${run} pending suggestion`,
    });
  });
  afterAll(async () => {
    await driver.executeQuery(
      `MATCH (n) WHERE n.id STARTS WITH $run OR n.title STARTS WITH $run
         OR any(e IN coalesce(n.entityIds, []) WHERE e STARTS WITH $run)
       DETACH DELETE n`,
      { run },
    );
    // Their seed neighbours lost a relationship: recount, as the API would have.
    await driver.executeQuery(REFRESH_ALL_DEGREES);
    await server.close();
    await driver.close();
  });

  it("npm run seed's importer never touches curator, suggestion or audit nodes", async () => {
    const before = ofRun(await exportGraph(driver));
    expect(before.nodes.map((n) => n?.labels[0]).sort()).toEqual(["AuditEntry", "Resource", "Suggestion"]);
    expect(before.relationships).toHaveLength(1);
    await importSeed(driver, await loadSeed());
    expect(ofRun(await exportGraph(driver))).toEqual(before);
  });

  it("an export/restore round trip keeps them, audit log included", async () => {
    const dump = await exportGraph(driver);
    await restoreGraph(driver, dump, { force: true });
    const restored = await exportGraph(driver);
    expect(restored).toEqual(dump);
    expect(ofRun(restored).nodes.some((n) => n?.labels.includes("AuditEntry"))).toBe(true);
  });
});
