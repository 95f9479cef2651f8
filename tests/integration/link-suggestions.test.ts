import { randomUUID } from "node:crypto";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { BUMP_GRAPH_VERSION_CYPHER } from "@rrn/model";
import { exportGraph } from "@rrn/graph-seed";
import { curationEnv, errorCodes, gqlAs, gqlAsData, mintToken } from "@rrn/testkit/curation";
import { startTestServer, type TestServer } from "@rrn/testkit/in-process-server";
import { testDriver } from "@rrn/testkit/neo4j";

/**
 * Links for resources the graph has: a visitor suggests one ("Know where this is? Suggest the
 * link"), it waits in the queue as a LINK_FOR_RESOURCE suggestion, and a curator's approval makes
 * it the resource's url with an audit entry. The page sync's other proposals (a changed text, a
 * resource gone from the page) change nothing when approved.
 */
const uri = inject("neo4jUri");
const run = `link-sugg-${randomUUID().slice(0, 8)}`;
const RESOURCE = "why-do-they-hurt";
const LINK = `https://example.org/${run}/why-do-they-hurt`;

interface Suggestion {
  id: string;
  type: string;
  targetId: string | null;
  source: string;
  title: string;
  url: string | null;
  status: string;
  resourceId: string | null;
}
const FIELDS = "id type targetId source title url status resourceId";
const suggestLink = `mutation L($input: LinkSuggestionInput!) { suggestLink(input: $input) { ${FIELDS} } }`;
const approve = `mutation A($id: ID!, $input: ApproveSuggestionInput) { approveSuggestion(id: $id, input: $input) { ${FIELDS} } }`;

describe("link suggestions", () => {
  let server: TestServer;
  let driver: Driver;
  let curator: string;

  beforeAll(async () => {
    server = await startTestServer(uri, { ...curationEnv, SUGGESTION_RATE_LIMIT: "20" });
    driver = testDriver(uri);
    curator = await mintToken({ name: "Link Curator" });
  });
  afterAll(async () => {
    await driver.executeQuery(
      `MATCH (s:Suggestion) WHERE s.url CONTAINS $run OR s.syncKey STARTS WITH $run
       OPTIONAL MATCH (a:AuditEntry) WHERE s.id IN a.entityIds
       DETACH DELETE s, a`,
      { run },
    );
    await driver.executeQuery(`MATCH (r:Resource {id: $id}) REMOVE r.url, r.updatedBy, r.updatedAt`, { id: RESOURCE });
    await driver.executeQuery(BUMP_GRAPH_VERSION_CYPHER, { floor: 0 });
    await server.close();
    await driver.close();
  });

  const resourceUrl = async () =>
    (
      await gqlAsData<{ node: { url: string | null } }>(
        server.url,
        null,
        `query N($id: ID!) { node(id: $id) { url } }`,
        { id: RESOURCE },
      )
    ).node.url;

  it("queues a visitor's link for a resource, then a curator's approval sets the resource's url, audited", async () => {
    const { suggestLink: pending } = await gqlAsData<{ suggestLink: Suggestion }>(server.url, null, suggestLink, {
      input: { resourceId: RESOURCE, url: LINK, contact: "reader@example.org" },
    });
    expect(pending).toMatchObject({
      type: "LINK_FOR_RESOURCE",
      targetId: RESOURCE,
      source: "visitor",
      title: "Why do they hurt?",
      url: LINK,
      status: "PENDING",
    });
    // Nothing public changes while it waits.
    expect(await resourceUrl()).toBeNull();
    const { suggestions } = await gqlAsData<{ suggestions: Suggestion[] }>(
      server.url,
      curator,
      `{ suggestions { ${FIELDS} } }`,
    );
    expect(suggestions.find((s) => s.id === pending.id)).toMatchObject({
      type: "LINK_FOR_RESOURCE",
      targetId: RESOURCE,
    });

    const { approveSuggestion } = await gqlAsData<{ approveSuggestion: Suggestion }>(server.url, curator, approve, {
      id: pending.id,
    });
    expect(approveSuggestion).toMatchObject({ status: "APPROVED", resourceId: RESOURCE, url: LINK });
    expect(await resourceUrl()).toBe(LINK);

    const { auditLog } = await gqlAsData<{
      auditLog: { action: string; actor: string; entityIds: string[]; after: string }[];
    }>(
      server.url,
      curator,
      `query L($id: ID!) { auditLog(entityId: $id, limit: 5) { action actor entityIds after } }`,
      { id: RESOURCE },
    );
    expect(auditLog[0]).toMatchObject({
      action: "approveSuggestion",
      actor: "Link Curator",
      entityIds: [RESOURCE, pending.id],
    });
    expect(auditLog[0]?.after).toContain(LINK);
  });

  it("lets the curator correct the link on approval, and refuses what is not an http(s) link", async () => {
    const { suggestLink: pending } = await gqlAsData<{ suggestLink: Suggestion }>(server.url, null, suggestLink, {
      input: { resourceId: RESOURCE, url: `${LINK}-typo` },
    });
    const bad = await gqlAs(server.url, curator, approve, { id: pending.id, input: { url: "javascript:alert(1)" } });
    expect(errorCodes(bad)).toEqual(["BAD_USER_INPUT"]);
    expect(await resourceUrl()).toBe(LINK);
    const corrected = `${LINK}-corrected`;
    await gqlAsData(server.url, curator, approve, { id: pending.id, input: { url: corrected } });
    expect(await resourceUrl()).toBe(corrected);
  });

  it("refuses a link for an unknown resource, or one that is not http(s), storing nothing", async () => {
    const before = await exportGraph(driver);
    const unknown = await gqlAs(server.url, null, suggestLink, { input: { resourceId: `${run}-nothing`, url: LINK } });
    const script = await gqlAs(server.url, null, suggestLink, {
      input: { resourceId: RESOURCE, url: "javascript:alert(1)" },
    });
    expect([unknown, script].map(errorCodes)).toEqual([["BAD_USER_INPUT"], ["BAD_USER_INPUT"]]);
    expect(unknown.body.errors?.[0]?.message).toMatch(/input\.resourceId: there is no resource/);
    expect(script.body.errors?.[0]?.message).toMatch(/input\.url: must be an http\(s\) link/);
    expect(await exportGraph(driver)).toEqual(before);
  });

  it("approving a changed text or a resource gone from the page records the decision and changes nothing else", async () => {
    for (const type of ["CHANGED_TEXT", "GONE_FROM_PAGE"]) {
      const id = randomUUID();
      await driver.executeQuery(
        `CREATE (:Suggestion {id: $id, status: "PENDING", type: $type, source: "page-sync", targetId: $target,
           title: "Why do they hurt?", syncKey: $key, relatedIds: [], submittedAt: toString(datetime())})`,
        { id, type, target: RESOURCE, key: `${run}-${type}` },
      );
      const resource = async () =>
        (
          await driver.executeQuery(`MATCH (r:Resource {id: $id}) RETURN properties(r) AS p`, { id: RESOURCE })
        ).records[0]?.get("p") as unknown;
      const before = await resource();
      const { approveSuggestion } = await gqlAsData<{ approveSuggestion: Suggestion }>(server.url, curator, approve, {
        id,
      });
      expect(approveSuggestion).toMatchObject({ type, status: "APPROVED", targetId: RESOURCE });
      expect(await resource()).toEqual(before);
    }
  });
});
