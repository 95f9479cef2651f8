import { randomUUID } from "node:crypto";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { exportGraph } from "@rrn/graph-seed";
import { curationEnv, errorCodes, gqlAs, mintToken, unsignedToken } from "@rrn/testkit/curation";
import { startTestServer, type TestServer } from "@rrn/testkit/in-process-server";
import { testDriver } from "@rrn/testkit/neo4j";

/**
 * Who may write: only a verified curator token. Every refused write is checked against a full
 * export of the database taken before it, so "refused" also means "nothing written".
 */
const uri = inject("neo4jUri");
const run = `cur-auth-${randomUUID().slice(0, 8)}`;

const createResource = `mutation Create($id: ID!) {
  createResources(input: [{ id: $id, title: "Refused resource" }]) { resources { id } }
}`;
const suggest = `mutation { suggestResource(input: { title: "${run} suggestion" }) { id } }`;

describe("curator authentication", () => {
  let server: TestServer;
  let driver: Driver;

  beforeAll(async () => {
    server = await startTestServer(uri, curationEnv);
    driver = testDriver(uri);
  });
  afterAll(async () => {
    await driver.executeQuery("MATCH (n) WHERE n.id STARTS WITH $run OR n.title STARTS WITH $run DETACH DELETE n", {
      run,
    });
    await server.close();
    await driver.close();
  });

  /** Sends the mutation with the token and checks the code and that the database is unchanged. */
  async function refused(token: string | null, code: string) {
    const before = await exportGraph(driver);
    const res = await gqlAs<{ createResources: unknown }>(server.url, token, createResource, { id: `${run}-x` });
    expect(errorCodes(res)).toEqual([code]);
    expect(res.body.data?.createResources ?? null).toBeNull();
    expect(await exportGraph(driver)).toEqual(before);
    return res;
  }

  it("refuses an anonymous write with UNAUTHENTICATED and writes nothing", async () => {
    const res = await refused(null, "UNAUTHENTICATED");
    expect(res.body.errors?.[0]?.message).toMatch(/curator token/);
  });

  it("refuses an unsigned (alg: none) token", async () => {
    const res = await refused(unsignedToken(), "UNAUTHENTICATED");
    expect(res.body.errors?.[0]?.message).toMatch(/algorithm|not valid/);
  });

  it("refuses an expired token", async () => {
    const res = await refused(await mintToken({ expires: Math.floor(Date.now() / 1000) - 60 }), "UNAUTHENTICATED");
    expect(res.body.errors?.[0]?.message).toMatch(/expired/);
  });

  it("refuses a token from another issuer or for another audience", async () => {
    const wrongIssuer = await refused(await mintToken({ issuer: "someone-else" }), "UNAUTHENTICATED");
    expect(wrongIssuer.body.errors?.[0]?.message).toMatch(/iss claim/);
    const wrongAudience = await refused(await mintToken({ audience: "another-api" }), "UNAUTHENTICATED");
    expect(wrongAudience.body.errors?.[0]?.message).toMatch(/aud claim/);
  });

  it("refuses a token signed with another key", async () => {
    const res = await refused(await mintToken({ secret: `another-secret-${randomUUID()}` }), "UNAUTHENTICATED");
    expect(res.body.errors?.[0]?.message).toMatch(/signature/);
  });

  it("refuses a valid token without the curator role with FORBIDDEN", async () => {
    await refused(await mintToken({ roles: ["reader"] }), "FORBIDDEN");
  });

  it("refuses curator queries and moderation to anonymous callers", async () => {
    const list = await gqlAs(server.url, null, `{ suggestions { id } }`);
    expect(errorCodes(list)).toEqual(["UNAUTHENTICATED"]);
    const before = await exportGraph(driver);
    const approve = await gqlAs(server.url, null, `mutation { approveSuggestion(id: "x") { id } }`);
    const remove = await gqlAs(server.url, null, `mutation { deleteEntity(id: "six-core-strategies") { id } }`);
    expect([...errorCodes(approve), ...errorCodes(remove)]).toEqual(["UNAUTHENTICATED", "UNAUTHENTICATED"]);
    expect(await exportGraph(driver)).toEqual(before);
  });

  it("still answers public reads when a bad token is sent", async () => {
    const res = await gqlAs<{ node: { id: string } }>(
      server.url,
      unsignedToken(),
      `{ node(id: "six-core-strategies") { id } }`,
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.node.id).toBe("six-core-strategies");
  });

  it("tells the client what it may do", async () => {
    const query = `{ curationStatus { enabled signedIn curator name tokenProblem } }`;
    const anonymous = await gqlAs(server.url, null, query);
    expect(anonymous.body.data).toEqual({
      curationStatus: { enabled: true, signedIn: false, curator: false, name: null, tokenProblem: null },
    });
    const curator = await gqlAs(server.url, await mintToken({ name: "Ada" }), query);
    expect(curator.body.data).toEqual({
      curationStatus: { enabled: true, signedIn: true, curator: true, name: "Ada", tokenProblem: null },
    });
  });

  it("without a configured secret, refuses every write and every suggestion", async () => {
    const closed = await startTestServer(uri);
    try {
      const before = await exportGraph(driver);
      const write = await gqlAs(closed.url, await mintToken(), createResource, { id: `${run}-y` });
      const suggestion = await gqlAs(closed.url, null, suggest);
      expect(errorCodes(write)).toEqual(["FORBIDDEN"]);
      expect(errorCodes(suggestion)).toEqual(["FORBIDDEN"]);
      expect(await exportGraph(driver)).toEqual(before);
    } finally {
      await closed.close();
    }
  });
});
