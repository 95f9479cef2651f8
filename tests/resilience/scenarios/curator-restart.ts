import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { curationEnv, gqlAs, mintToken } from "@rrn/testkit/curation";
import { recordFigures } from "../support/figures.js";
import { neo4jUri, openTestDriver, resetToCleanSeed, startDb } from "../support/neo4j-instance.js";
import { runSeedCli } from "../support/seed-cli.js";
import { graphChecksum } from "@rrn/testkit/neo4j";
import { type ServerProcess, startServerProcess } from "@rrn/testkit/server";

const edited = "restraint-inequalities-toolkit";
const removed = "covid-19-restrictive-practices-survey";
const approvedId = "resilience-approved-guide";

/**
 * Curator work survives a restart: a curator edits a seed node, adds a relationship to it,
 * deletes another seed node and approves a suggestion; then the app is stopped and started the
 * way `npm start` starts it (the seed import, then the server). Every change is still there,
 * the import's summary lists the changes it kept, and the graph version moved with each write
 * and not with the restart, which changed nothing.
 */
export function curatorRestartScenario(): void {
  describe("curator changes across a restart (seed import, then server)", () => {
    let driver: Driver;
    let server: ServerProcess | undefined;
    let token: string;

    beforeAll(async () => {
      await startDb();
      driver = await openTestDriver();
      await resetToCleanSeed(driver);
      token = await mintToken({ name: "Restart Curator" });
    });
    afterAll(async () => {
      await server?.stop();
      // Leave the clean seed for the next scenario.
      if (driver) await resetToCleanSeed(driver);
      await driver?.close().catch(() => undefined);
    });

    const start = () => startServerProcess({ NODE_ENV: "production", NEO4J_URI: neo4jUri, ...curationEnv });
    const call = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
      const res = await gqlAs<T>(server!.url, token, query, variables);
      if (res.body.errors?.length || !res.body.data) throw new Error(JSON.stringify(res.body.errors));
      return res.body.data;
    };
    const version = async () => (await call<{ graphVersion: string }>(`{ graphVersion }`)).graphVersion;

    it("keeps every change through a stop and start, lists the kept ones, and moves the version only for writes", async () => {
      server = await start();
      const versions = [await version()];
      await call(
        `mutation ($id: ID!) { updateResources(where: { id: { eq: $id } }, update: { summary: { set: "Kept across restarts." }, url: { set: "https://example.org/inequalities" } }) { resources { id } } }`,
        { id: edited },
      );
      versions.push(await version());
      await call(`mutation ($input: RelationshipInput!) { addRelationship(input: $input) { id } }`, {
        input: {
          type: "ADDRESSES",
          from: edited,
          to: "physical-restraint",
          evidence: "restraint inequality",
          source: "https://example.org/inequalities",
          basis: "INFERRED",
          reasoning: "Inequality in restraint is measured on physical restraint first.",
        },
      });
      versions.push(await version());
      await call(`mutation ($id: ID!) { deleteEntity(id: $id) { id } }`, { id: removed });
      versions.push(await version());
      const suggested = await gqlAs<{ suggestResource: { id: string } }>(
        server.url,
        null,
        `mutation { suggestResource(input: { title: "A guide kept across restarts", summary: "A guide." }) { id } }`,
      );
      await call(
        `mutation ($id: ID!, $input: ApproveSuggestionInput) { approveSuggestion(id: $id, input: $input) { status } }`,
        {
          id: suggested.body.data!.suggestResource.id,
          input: {
            resourceId: approvedId,
            relationships: [
              {
                type: "ADDRESSES",
                targetId: "seclusion",
                evidence: "seclusion",
                source: "https://example.org/guide",
                basis: "STATED",
              },
            ],
          },
        },
      );
      versions.push(await version());
      // Each write moved the version.
      expect(new Set(versions).size).toBe(versions.length);
      const before = await graphChecksum(driver);

      await server.stop();
      server = undefined;
      const seed = await runSeedCli().exited;
      expect(seed.code, seed.output).toBe(0);
      expect(seed.output).toMatch(/Curator changes kept \(3, 0 conflicts;/);
      expect(seed.output).toContain(`Resource ${edited}: summary = "Kept across restarts."`);
      expect(seed.output).toContain(`Resource ${edited}: url = "https://example.org/inequalities"`);
      expect(seed.output).toContain(`Resource ${removed}: deleted by a curator`);
      server = await start();

      const after = await graphChecksum(driver);
      expect(after, "the restart changed nothing").toEqual(before);
      expect(await version(), "the restart did not move the graph version").toBe(versions.at(-1));
      const state = await call<{
        resources: { summary: string; url: string; addresses: { id: string }[] }[];
        deleted: { id: string } | null;
        approved: { id: string } | null;
      }>(
        `query ($id: ID!, $gone: ID!, $approved: ID!) {
          resources(where: { id: { eq: $id } }) { summary url addresses { id } }
          deleted: node(id: $gone) { id }
          approved: node(id: $approved) { id }
        }`,
        { id: edited, gone: removed, approved: approvedId },
      );
      expect(state.resources[0]).toMatchObject({
        summary: "Kept across restarts.",
        url: "https://example.org/inequalities",
      });
      expect(state.resources[0]?.addresses.map((a) => a.id)).toContain("physical-restraint");
      expect(state.deleted).toBeNull();
      expect(state.approved).toEqual({ id: approvedId });

      recordFigures("curatorRestart", {
        changes: "seed node edited, relationship added, seed node deleted, suggestion approved",
        keptByImport: (/Curator changes kept \((\d+)/.exec(seed.output) ?? [])[1],
        graphUnchangedByRestart: after.sha256 === before.sha256,
        versionMovedOnWrites: versions.length - 1,
      });
    });
  });
}
