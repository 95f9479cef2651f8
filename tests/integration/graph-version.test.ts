import { randomUUID } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { describe, expect, inject, it } from "vitest";
import { defaultDataDir, exportGraph, importSeed, loadSeed, restoreGraph } from "@rrn/graph-seed";
import { gqlAs, gqlAsData, useCuratorSession } from "@rrn/testkit/curation";
import type { TestServer } from "@rrn/testkit/in-process-server";

/**
 * The graph version: one value in Neo4j, changed in the same transaction as every change to the
 * public graph (curator writes, approvals, soft delete and restore, a seed import that changes
 * something, a backup restore) and by nothing else; served as `graphVersion` and in the
 * X-Graph-Version header, and followed by the server at once after its own writes.
 */
const uri = inject("neo4jUri");
const run = `gver-${randomUUID().slice(0, 8)}`;
const toolkit = `${run}-toolkit`;

describe("graph version", () => {
  let server: TestServer;
  let driver: Driver;
  let token: string;
  // Its seed imports that change something are recorded as changes ("What's new"): those records are its own.
  const since = new Date().toISOString();
  useCuratorSession(
    {
      uri,
      run,
      curator: "Versioning Curator",
      cleanUp: (d) =>
        d.executeQuery(`MATCH (a:AuditEntry {action: "seedImport"}) WHERE a.at >= $since DETACH DELETE a`, { since }),
    },
    (s) => ({ server, driver, token } = s),
  );

  const stored = async (): Promise<string | null> => {
    const res = await driver.executeQuery("OPTIONAL MATCH (v:GraphVersion {id: 'graph'}) RETURN v.version AS v");
    return (res.records[0]?.get("v") as string | null) ?? null;
  };
  const served = async (): Promise<{ field: string; header: string | null }> => {
    const res = await gqlAs<{ graphVersion: string }>(server.url, null, "{ graphVersion }");
    return { field: res.body.data?.graphVersion ?? "", header: res.headers.get("x-graph-version") };
  };
  /** Runs a mutation as the curator and returns the versions before, after (served) and in the database. */
  const around = async (mutation: string, variables: Record<string, unknown>) => {
    const before = await served();
    const res = await gqlAs(server.url, token, mutation, variables);
    expect(res.body.errors).toBeUndefined();
    return {
      before: before.field,
      after: await served(),
      db: await stored(),
      mutationHeader: res.headers.get("x-graph-version"),
    };
  };

  it("is one value in the field, the header and the database, and stays while nothing changes", async () => {
    const first = await served();
    expect(first.field).toMatch(/^\d+-[0-9a-f]{8}$|^0$/);
    expect(first.header).toBe(first.field);
    expect(await stored()).toBe(first.field === "0" ? null : first.field);
    expect((await served()).field).toBe(first.field);
  });

  it("changes with every curator write to the public graph, and is served from the very next request", async () => {
    const created = await around(
      `mutation C($input: [ResourceCreateInput!]!) { createResources(input: $input) { resources { id } } }`,
      { input: [{ id: toolkit, title: `${run} Versioned Toolkit`, kind: "TOOLKIT" }] },
    );
    expect(created.after.field).not.toBe(created.before);
    expect(created.after.field).toBe(created.db);
    expect(created.after.header).toBe(created.db);
    // The mutation's own answer already names the version it produced.
    expect(created.mutationHeader).toBe(created.db);

    const updated = await around(
      `mutation U($id: ID!) { updateResources(where: { id: { eq: $id } }, update: { summary: { set: "Now summarised." } }) { resources { id } } }`,
      { id: toolkit },
    );
    expect(updated.after.field).not.toBe(updated.before);
    expect(updated.after.field).toBe(updated.db);

    const deleted = await around(`mutation D($id: ID!) { deleteEntity(id: $id) { id } }`, { id: toolkit });
    expect(deleted.after.field).not.toBe(deleted.before);
    expect(deleted.after.field).toBe(deleted.db);

    const restored = await around(`mutation R($id: ID!) { restoreEntity(id: $id) }`, { id: toolkit });
    expect(restored.after.field).not.toBe(restored.before);
    expect(restored.after.field).toBe(restored.db);

    // Counters only grow: each version's number is above the last.
    const counters = [created, updated, deleted, restored].map((v) => Number(v.after.field.split("-")[0]));
    expect([...counters].sort((a, b) => a - b)).toEqual(counters);
    expect(new Set(counters).size).toBe(counters.length);
  });

  it("changes when a curator approves a suggestion, not when a visitor suggests or a curator rejects", async () => {
    const suggest = `mutation S($t: String!) { suggestResource(input: { title: $t }) { id } }`;
    const before = (await served()).field;
    const one = await gqlAsData<{ suggestResource: { id: string } }>(server.url, null, suggest, { t: `${run} one` });
    const two = await gqlAsData<{ suggestResource: { id: string } }>(server.url, null, suggest, { t: `${run} two` });
    expect((await served()).field).toBe(before);
    expect(await stored()).toBe(before === "0" ? null : before);

    await gqlAsData(
      server.url,
      token,
      `mutation R($id: ID!) { rejectSuggestion(id: $id, reason: "Out of scope") { id } }`,
      {
        id: two.suggestResource.id,
      },
    );
    expect((await served()).field).toBe(before);

    const approved = await around(
      `mutation A($id: ID!, $input: ApproveSuggestionInput) { approveSuggestion(id: $id, input: $input) { id } }`,
      { id: one.suggestResource.id, input: { resourceId: `${run}-approved` } },
    );
    expect(approved.after.field).not.toBe(before);
    expect(approved.after.field).toBe(approved.db);
  });

  it("changes with a seed import that changes something (seen by the server's poll), not with one that changes nothing", async () => {
    const seed = await loadSeed();
    await importSeed(driver, seed);
    const settled = await stored();
    const again = await importSeed(driver, seed);
    expect(again.graphVersion).toBeUndefined();
    expect(await stored()).toBe(settled);

    // The files change a seed-owned node: the import writes it.
    const dir = mkdtempSync(path.join(tmpdir(), "graph-version-"));
    cpSync(defaultDataDir, dir, { recursive: true });
    const settings = path.join(dir, "settings.yaml");
    const summary = "summary: Schools, including special education settings, and the wider education sector.";
    expect(readFileSync(settings, "utf8")).toContain(summary);
    writeFileSync(settings, readFileSync(settings, "utf8").replace(summary, `${summary} (edited)`));
    const edited = await importSeed(driver, await loadSeed(dir));
    rmSync(dir, { recursive: true, force: true });
    expect(edited.totals.nodes.updated).toBe(1);
    expect(edited.graphVersion).toBeDefined();
    // And back.
    const repaired = await importSeed(driver, seed);
    expect(repaired.totals.nodes.updated).toBe(1);
    expect(repaired.graphVersion).toBeDefined();
    expect(await stored()).toBe(repaired.graphVersion);
    expect(repaired.graphVersion).not.toBe(settled);
    // Another process wrote it: this server learns it from its poll (every second by default).
    await expect
      .poll(async () => (await served()).field, { timeout: 5_000, interval: 100 })
      .toBe(repaired.graphVersion);
  });

  it("changes with a backup restore, to a version after every earlier one", async () => {
    const before = await stored();
    const dump = await exportGraph(driver);
    expect(dump.nodes.some((n) => n.labels.includes("GraphVersion"))).toBe(false);
    await restoreGraph(driver, dump, { force: true });
    const after = await stored();
    expect(after).not.toBe(before);
    expect(Number(after?.split("-")[0])).toBeGreaterThan(Number(before?.split("-")[0] ?? 0));
    expect(await exportGraph(driver)).toEqual(dump);
    await expect.poll(async () => (await served()).field, { timeout: 5_000, interval: 100 }).toBe(after);
  });
});
