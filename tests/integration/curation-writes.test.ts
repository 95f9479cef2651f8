import { randomUUID } from "node:crypto";
import type { Driver } from "neo4j-driver";
import { describe, expect, inject, it } from "vitest";
import { REFRESH_ALL_DEGREES } from "@rrn/model";
import { exportGraph } from "@rrn/graph-seed";
import { errorCodes, gqlAs, gqlAsData, mintToken, useCuratorSession } from "@rrn/testkit/curation";
import type { TestServer } from "@rrn/testkit/in-process-server";

/**
 * Curator writes through the generated mutations: provenance required on every relationship,
 * authorship recorded, every write in the audit log, soft delete and restore.
 */
const uri = inject("neo4jUri");
const run = `cur-writes-${randomUUID().slice(0, 8)}`;
const toolkit = `${run}-toolkit`;

interface Subgraph {
  nodes: { id: string }[];
  edges: {
    source: string;
    target: string;
    type: string;
    how: string | null;
    evidence: string | null;
    basis?: string;
    reasoning?: string | null;
  }[];
}

describe("curator writes", () => {
  let server: TestServer;
  let driver: Driver;
  let token: string;
  useCuratorSession(
    // Their seed neighbours lost a relationship: recount, as the API would have.
    { uri, run, curator: "Grace Curator", cleanUp: (d) => d.executeQuery(REFRESH_ALL_DEGREES) },
    (s) => ({ server, driver, token } = s),
  );

  const create = `mutation Create($input: [ResourceCreateInput!]!) {
    createResources(input: $input) { resources { id title createdBy createdAt updatedBy } }
  }`;

  it("creates a resource with a DERIVES_FROM edge that then appears in lineage", async () => {
    const data = await gqlAsData<{
      createResources: { resources: { id: string; createdBy: string; createdAt: string }[] };
    }>(server.url, token, create, {
      input: [
        {
          id: toolkit,
          title: `${run} Calm Wards Toolkit`,
          kind: "TOOLKIT",
          summary: "A test toolkit that adapts the Six Core Strategies.",
          derivesFrom: {
            Framework: {
              connect: [
                {
                  where: { node: { id: { eq: "six-core-strategies" } } },
                  edge: {
                    how: "ADAPTS",
                    evidence: "adapts the Six Core Strategies",
                    source: "https://example.org/calm",
                    basis: "INFERRED",
                    reasoning: "The toolkit's own page says it adapts them for wards.",
                  },
                },
              ],
            },
          },
        },
      ],
    });
    const [created] = data.createResources.resources;
    expect(created).toMatchObject({ id: toolkit, createdBy: "Grace Curator" });
    expect(Date.parse(created!.createdAt)).toBeGreaterThan(Date.now() - 60_000);

    const { lineage } = await gqlAsData<{ lineage: Subgraph }>(
      server.url,
      null,
      `{ lineage(id: "six-core-strategies") { nodes { id } edges { source target type how evidence basis reasoning } } }`,
    );
    expect(lineage.nodes.map((n) => n.id)).toContain(toolkit);
    expect(lineage.edges).toContainEqual({
      source: toolkit,
      target: "six-core-strategies",
      type: "DERIVES_FROM",
      how: "ADAPTS",
      evidence: "adapts the Six Core Strategies",
      basis: "INFERRED",
      reasoning: "The toolkit's own page says it adapts them for wards.",
    });
  });

  it("refuses an edge without a basis, or whose basis breaks the rule, writing nothing", async () => {
    const before = await exportGraph(driver);
    const attempt = (edge: Record<string, string>) =>
      gqlAs(server.url, token, create, {
        input: [
          {
            id: `${run}-basis-${Object.values(edge).length}`,
            title: "Basis check",
            addresses: { connect: [{ where: { node: { id: { eq: "physical-restraint" } } }, edge }] },
          },
        ],
      });
    const cases: [Record<string, string>, RegExp][] = [
      [{ evidence: "holds people", source: "x" }, /edge\.basis/],
      [{ evidence: "holds people", source: "x", basis: "INFERRED" }, /basis INFERRED needs `reasoning`/],
      [
        { evidence: "holds people", source: "x", basis: "STATED", reasoning: "why" },
        /`reasoning` belongs on basis INFERRED only/,
      ],
      [
        { evidence: "holds people", source: "x", basis: "GENERAL_KNOWLEDGE" },
        /basis GENERAL_KNOWLEDGE needs source "general-knowledge"/,
      ],
      [{ evidence: "holds people", source: "general-knowledge", basis: "STATED" }, /needs basis GENERAL_KNOWLEDGE/],
    ];
    for (const [edge, message] of cases) {
      const res = await attempt(edge);
      expect(errorCodes(res), JSON.stringify(edge)).toEqual(["BAD_USER_INPUT"]);
      expect(res.body.errors?.[0]?.message).toMatch(message);
    }
    expect(await exportGraph(driver)).toEqual(before);
  });

  it("refuses a relationship without evidence or source, writing nothing", async () => {
    const before = await exportGraph(driver);
    const res = await gqlAs(server.url, token, create, {
      input: [
        {
          id: `${run}-no-evidence`,
          title: "No evidence",
          addresses: { connect: [{ where: { node: { id: { eq: "physical-restraint" } } }, edge: { source: "x" } }] },
        },
      ],
    });
    expect(errorCodes(res)).toEqual(["BAD_USER_INPUT"]);
    expect(res.body.errors?.[0]?.message).toMatch(/evidence/);
    const bare = await gqlAs(server.url, token, create, {
      input: [
        {
          id: `${run}-bare`,
          title: "Bare connect",
          addresses: { connect: [{ where: { node: { id: { eq: "physical-restraint" } } } }] },
        },
      ],
    });
    expect(errorCodes(bare)).toEqual(["BAD_USER_INPUT"]);
    expect(await exportGraph(driver)).toEqual(before);
  });

  it("updates by id, records who and when, and logs before and after", async () => {
    const data = await gqlAsData<{ updateResources: { resources: { summary: string; updatedBy: string }[] } }>(
      server.url,
      await mintToken({ name: "Second Curator" }),
      `mutation Update($id: ID!) {
        updateResources(where: { id: { eq: $id } }, update: { summary: { set: "Rewritten summary." } }) {
          resources { summary updatedBy }
        }
      }`,
      { id: toolkit },
    );
    expect(data.updateResources.resources).toEqual([{ summary: "Rewritten summary.", updatedBy: "Second Curator" }]);

    const { auditLog } = await gqlAsData<{
      auditLog: { actor: string; action: string; before: string | null; after: string | null }[];
    }>(server.url, token, `query Log($id: ID!) { auditLog(entityId: $id) { actor action before after } }`, {
      id: toolkit,
    });
    expect(auditLog.map((a) => a.action)).toEqual(["updateResources", "createResources"]);
    const [update, creation] = auditLog;
    expect(update?.actor).toBe("Second Curator");
    expect(update?.before).toContain("adapts the Six Core Strategies");
    expect(update?.after).toContain("Rewritten summary.");
    expect(creation?.before).toBeNull();
    expect(creation?.actor).toBe("Grace Curator");
  });

  it("refuses an update that is not addressed to one id", async () => {
    const res = await gqlAs(
      server.url,
      token,
      `mutation { updateResources(where: { title: { contains: "a" } }, update: { summary: { set: "x" } }) { resources { id } } }`,
    );
    expect(errorCodes(res)).toEqual(["BAD_USER_INPUT"]);
  });

  it("soft-deletes: hidden from every public query, recoverable with its relationships", async () => {
    const deleted = await gqlAsData<{ deleteEntity: { id: string; label: string; deletedBy: string } }>(
      server.url,
      token,
      `mutation Delete($id: ID!) { deleteEntity(id: $id) { id label deletedBy } }`,
      { id: toolkit },
    );
    expect(deleted.deleteEntity).toEqual({ id: toolkit, label: "Resource", deletedBy: "Grace Curator" });

    const visible = () =>
      gqlAsData<{ node: { id: string } | null; search: { id: string }[]; lineage: Subgraph; resources: unknown[] }>(
        server.url,
        null,
        `query Visible($id: ID!, $q: String!) {
          node(id: $id) { id }
          search(query: $q) { id }
          lineage(id: "six-core-strategies") { nodes { id } edges { source target type how evidence } }
          resources(where: { id: { eq: $id } }) { id }
        }`,
        { id: toolkit, q: `${run} Calm Wards` },
      );
    const hidden = await visible();
    expect(hidden.node).toBeNull();
    expect(hidden.search.map((n) => n.id)).not.toContain(toolkit);
    expect(hidden.lineage.nodes.map((n) => n.id)).not.toContain(toolkit);
    expect(hidden.resources).toEqual([]);

    await gqlAsData(server.url, token, `mutation Restore($id: ID!) { restoreEntity(id: $id) }`, { id: toolkit });
    const back = await visible();
    expect(back.node?.id).toBe(toolkit);
    expect(back.lineage.edges.some((e) => e.source === toolkit && e.how === "ADAPTS")).toBe(true);
  });
});
