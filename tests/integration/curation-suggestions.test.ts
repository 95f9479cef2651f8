import { randomUUID } from "node:crypto";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { REFRESH_ALL_DEGREES } from "@rrn/model";
import { exportGraph } from "@rrn/graph-seed";
import { SUGGESTION_RATE_LABEL } from "@rrn/server";
import { curationEnv, errorCodes, gqlAs, gqlAsData, mintToken } from "@rrn/testkit/curation";
import { startTestServer, type TestServer } from "@rrn/testkit/in-process-server";
import { testDriver } from "@rrn/testkit/neo4j";

/**
 * Public suggestions: stored out of the public graph until a curator approves them, then a
 * real resource with provenance; rejection with a reason; size and rate limits.
 */
const uri = inject("neo4jUri");
const run = `cur-sugg-${randomUUID().slice(0, 8)}`;
const title = `Zephyrine ${run} Safety Huddles Guide`;

interface Suggestion {
  id: string;
  status: string;
  title: string;
  contact: string | null;
  resourceId: string | null;
  reason: string | null;
}

const suggest = `mutation Suggest($input: SuggestionInput!) {
  suggestResource(input: $input) { id status title contact resourceId reason }
}`;

describe("suggestions and moderation", () => {
  let server: TestServer;
  let driver: Driver;
  let curator: string;

  beforeAll(async () => {
    // A limit high enough for this file's own suggestions; the rate-limit test uses its own server.
    server = await startTestServer(uri, { ...curationEnv, SUGGESTION_RATE_LIMIT: "20" });
    driver = testDriver(uri);
    curator = await mintToken({ name: "Moderating Curator" });
  });
  afterAll(async () => {
    await driver.executeQuery(
      `MATCH (n) WHERE n.title CONTAINS $run OR n.id STARTS WITH $run
         OR any(e IN coalesce(n.entityIds, []) WHERE e STARTS WITH $run)
       OPTIONAL MATCH (a:AuditEntry) WHERE n:Suggestion AND n.id IN a.entityIds
       DETACH DELETE n, a`,
      { run },
    );
    // Their seed neighbours lost a relationship: recount, as the API would have.
    await driver.executeQuery(REFRESH_ALL_DEGREES);
    await server.close();
    await driver.close();
  });

  const publicView = (id: string) =>
    gqlAsData<{
      search: { id: string }[];
      graph: { nodes: { id: string }[] };
      neighbourhood: { nodes: { id: string }[] };
      node: { id: string } | null;
    }>(
      server.url,
      null,
      `query View($q: String!, $id: ID!) {
        search(query: $q) { id }
        graph(filter: { text: $q }) { nodes { id } }
        neighbourhood(id: "six-core-strategies", limit: 1000) { nodes { id } }
        node(id: $id) { id }
      }`,
      { q: "Zephyrine", id },
    );

  it("is invisible to search, graph and neighbourhood until approved, then visible with provenance", async () => {
    const { suggestResource: pending } = await gqlAsData<{ suggestResource: Suggestion }>(server.url, null, suggest, {
      input: {
        title,
        url: "https://example.org/huddles",
        summary: "Short daily huddles that plan out restrictive practice.",
        relatedIds: ["six-core-strategies"],
        contact: "visitor@example.org",
      },
    });
    expect(pending).toMatchObject({ status: "PENDING", title, contact: null, resourceId: null });

    const resourceId = `${run}-huddles`;
    const before = await publicView(resourceId);
    expect(before.search).toEqual([]);
    expect(before.graph.nodes).toEqual([]);
    expect(before.neighbourhood.nodes.map((n) => n.id)).not.toContain(pending.id);

    const queue = await gqlAsData<{ suggestions: Suggestion[] }>(server.url, curator, `{ suggestions { id contact } }`);
    expect(queue.suggestions).toContainEqual({ id: pending.id, contact: "visitor@example.org" });

    const { approveSuggestion: approved } = await gqlAsData<{ approveSuggestion: Suggestion }>(
      server.url,
      curator,
      `mutation Approve($id: ID!, $input: ApproveSuggestionInput) {
        approveSuggestion(id: $id, input: $input) { id status title contact resourceId reason }
      }`,
      {
        id: pending.id,
        input: {
          resourceId,
          kind: "GUIDANCE",
          relationships: [
            {
              type: "DERIVES_FROM",
              targetId: "six-core-strategies",
              how: "IMPLEMENTS",
              evidence: "huddles implement the Six Core Strategies",
              source: "https://example.org/huddles",
              basis: "STATED",
            },
          ],
        },
      },
    );
    expect(approved).toMatchObject({ status: "APPROVED", resourceId });

    const after = await publicView(resourceId);
    expect(after.search.map((n) => n.id)).toContain(resourceId);
    expect(after.graph.nodes.map((n) => n.id)).toContain(resourceId);
    expect(after.neighbourhood.nodes.map((n) => n.id)).toContain(resourceId);
    expect(after.node?.id).toBe(resourceId);

    const { neighbourhood } = await gqlAsData<{
      neighbourhood: { edges: { source: string; type: string; evidence: string; sourceDoc: string; basis: string }[] };
    }>(
      server.url,
      null,
      `query N($id: ID!) { neighbourhood(id: $id) { edges { source type evidence sourceDoc basis } } }`,
      {
        id: resourceId,
      },
    );
    expect(neighbourhood.edges).toContainEqual({
      source: resourceId,
      type: "DERIVES_FROM",
      evidence: "huddles implement the Six Core Strategies",
      sourceDoc: "https://example.org/huddles",
      basis: "STATED",
    });

    const again = await gqlAs(server.url, curator, `mutation A($id: ID!) { approveSuggestion(id: $id) { id } }`, {
      id: pending.id,
    });
    expect(errorCodes(again)).toEqual(["BAD_USER_INPUT"]);
  });

  it("refuses an approval whose relationship breaks the basis rule, leaving the suggestion pending", async () => {
    const { suggestResource } = await gqlAsData<{ suggestResource: Suggestion }>(server.url, null, suggest, {
      input: { title: `Basis ${run}` },
    });
    const before = await exportGraph(driver);
    const approve = (relationship: Record<string, string>) =>
      gqlAs(
        server.url,
        curator,
        `mutation Approve($id: ID!, $input: ApproveSuggestionInput) { approveSuggestion(id: $id, input: $input) { id } }`,
        {
          id: suggestResource.id,
          input: {
            resourceId: `${run}-basis`,
            relationships: [
              { type: "ADDRESSES", targetId: "seclusion", evidence: "on seclusion", source: "notes", ...relationship },
            ],
          },
        },
      );
    const inferred = await approve({ basis: "INFERRED" });
    expect(errorCodes(inferred)).toEqual(["BAD_USER_INPUT"]);
    expect(inferred.body.errors?.[0]?.message).toMatch(/input\.relationships\.0: basis INFERRED needs `reasoning`/);
    const general = await approve({ basis: "GENERAL_KNOWLEDGE" });
    expect(general.body.errors?.[0]?.message).toMatch(/basis GENERAL_KNOWLEDGE needs source "general-knowledge"/);
    // Without a basis at all, GraphQL itself refuses the input (basis is EvidenceBasis!).
    expect(errorCodes(await approve({}))).not.toEqual([]);
    expect(await exportGraph(driver)).toEqual(before);
  });

  it("rejects with a reason, and the audit log records the decision", async () => {
    const { suggestResource } = await gqlAsData<{ suggestResource: Suggestion }>(server.url, null, suggest, {
      input: { title: `Spam ${run}` },
    });
    const { rejectSuggestion } = await gqlAsData<{ rejectSuggestion: Suggestion }>(
      server.url,
      curator,
      `mutation R($id: ID!) { rejectSuggestion(id: $id, reason: "Not about restrictive practice.") { status reason } }`,
      { id: suggestResource.id },
    );
    expect(rejectSuggestion).toEqual({ status: "REJECTED", reason: "Not about restrictive practice." });
    const { auditLog } = await gqlAsData<{ auditLog: { action: string; actor: string }[] }>(
      server.url,
      curator,
      `query L($id: ID!) { auditLog(entityId: $id) { action actor } }`,
      { id: suggestResource.id },
    );
    expect(auditLog).toEqual([{ action: "rejectSuggestion", actor: "Moderating Curator" }]);
  });

  it("refuses oversized or malformed suggestions before storing anything", async () => {
    const before = await exportGraph(driver);
    const long = await gqlAs(server.url, null, suggest, { input: { title: "x".repeat(201) } });
    const badUrl = await gqlAs(server.url, null, suggest, { input: { title: `T ${run}`, url: "javascript:alert(1)" } });
    const manyIds = await gqlAs(server.url, null, suggest, {
      input: { title: `T ${run}`, relatedIds: Array.from({ length: 11 }, (_, i) => `id-${i}`) },
    });
    expect([long, badUrl, manyIds].map(errorCodes)).toEqual([
      ["BAD_USER_INPUT"],
      ["BAD_USER_INPUT"],
      ["BAD_USER_INPUT"],
    ]);
    expect(long.body.errors?.[0]?.message).toMatch(/input\.title: at most 200 characters/);
    expect(await exportGraph(driver)).toEqual(before);
  });

  it("rate-limits suggestions per client address with a clear error", async () => {
    // Counts live in Neo4j and are shared by every instance: start from none for this address.
    await driver.executeQuery(`MATCH (c:${SUGGESTION_RATE_LABEL}) DELETE c`);
    const limited = await startTestServer(uri, { ...curationEnv, SUGGESTION_RATE_LIMIT: "2" });
    try {
      const send = () => gqlAs(limited.url, null, suggest, { input: { title: `Rate ${run}` } });
      expect(errorCodes(await send())).toEqual([]);
      expect(errorCodes(await send())).toEqual([]);
      const third = await send();
      expect(errorCodes(third)).toEqual(["RATE_LIMITED"]);
      expect(third.status).toBe(429);
      expect(third.body.errors?.[0]?.message).toMatch(/Too many suggestions.*at most 2 per hour.*try again in/);
      expect(third.body.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  });
});
