import { randomUUID } from "node:crypto";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { errorCodes, gqlAs, gqlAsData } from "@rrn/testkit/curation";
import { startTestOidcProvider, TEST_CLIENT_ID, type TestOidcProvider } from "../support/oidc-provider.js";
import { startTestServer, type TestServer } from "@rrn/testkit/in-process-server";
import { testDriver } from "@rrn/testkit/neo4j";

/**
 * Curators signed in with OpenID Connect: the API finds the provider's keys through its
 * discovery document (a real oidc-provider on its own port) and accepts a token only with the
 * provider's signature, its issuer, the explorer's client id as audience, unexpired, and the
 * curator role in the configured claim.
 */
const uri = inject("neo4jUri");
const run = `cur-oidc-${randomUUID().slice(0, 8)}`;

const createResource = `mutation Create($id: ID!) {
  createResources(input: [{ id: $id, title: "OIDC resource" }]) { resources { id createdBy } }
}`;
const status = `{ curationStatus { enabled signedIn curator name tokenProblem oidc { issuer clientId scope } } }`;

describe("curator sign-in with OpenID Connect", () => {
  let provider: TestOidcProvider;
  let server: TestServer;
  let driver: Driver;

  beforeAll(async () => {
    provider = await startTestOidcProvider();
    server = await startTestServer(uri, {
      CURATOR_OIDC_ISSUER: provider.issuer,
      CURATOR_OIDC_CLIENT_ID: TEST_CLIENT_ID,
    });
    driver = testDriver(uri);
  });
  afterAll(async () => {
    await driver.executeQuery("MATCH (n) WHERE n.id STARTS WITH $run DETACH DELETE n", { run });
    await server.close();
    await provider.close();
    await driver.close();
  });

  async function refused(token: string, code: string): Promise<string> {
    const id = `${run}-refused-${randomUUID().slice(0, 6)}`;
    const res = await gqlAs(server.url, token, createResource, { id });
    expect(errorCodes(res)).toEqual([code]);
    const { records } = await driver.executeQuery("MATCH (n {id: $id}) RETURN n", { id });
    expect(records).toHaveLength(0);
    return res.body.errors?.[0]?.message ?? "";
  }

  it("tells the Curate page where to sign in, and lets its CSP reach the provider", async () => {
    const res = await gqlAsData<{ curationStatus: Record<string, unknown> }>(server.url, null, status);
    expect(res.curationStatus).toMatchObject({
      enabled: true,
      signedIn: false,
      oidc: { issuer: provider.issuer, clientId: TEST_CLIENT_ID, scope: "openid profile offline_access" },
    });
    const page = await fetch(`${server.url}/health`);
    expect(page.headers.get("content-security-policy")).toMatch(
      new RegExp(`connect-src 'self' ${provider.issuer.replace(/[.:/]/g, "\\$&")};`),
    );
  });

  it("accepts the provider's token with the curator role, and names the curator on what they write", async () => {
    const token = await provider.sign({});
    const res = await gqlAsData<{ curationStatus: Record<string, unknown> }>(server.url, token, status);
    expect(res.curationStatus).toMatchObject({
      signedIn: true,
      curator: true,
      name: "Ann Curator",
      tokenProblem: null,
    });
    const created = await gqlAsData<{ createResources: { resources: { id: string; createdBy: string }[] } }>(
      server.url,
      token,
      createResource,
      { id: `${run}-created` },
    );
    expect(created.createResources.resources).toEqual([{ id: `${run}-created`, createdBy: "Ann Curator" }]);
  });

  it("refuses a token from another issuer", async () => {
    expect(await refused(await provider.sign({ iss: "http://127.0.0.1:9/another-issuer" }), "UNAUTHENTICATED")).toMatch(
      /iss claim/,
    );
  });

  it("refuses a token for another audience", async () => {
    expect(await refused(await provider.sign({ aud: "another-client" }), "UNAUTHENTICATED")).toMatch(/aud claim/);
  });

  it("refuses an expired token", async () => {
    const expired = await provider.sign({}, { expiresAt: Math.floor(Date.now() / 1000) - 60 });
    expect(await refused(expired, "UNAUTHENTICATED")).toMatch(/expired/);
  });

  it("refuses a token signed with another key under the provider's key id", async () => {
    expect(await refused(await provider.sign({}, { key: "stranger" }), "UNAUTHENTICATED")).toMatch(/signature/);
  });

  it("refuses a valid token without the curator role with FORBIDDEN", async () => {
    const reader = await provider.sign({ sub: "reader-ben", name: "Ben Reader", roles: ["reader"] });
    expect(await refused(reader, "FORBIDDEN")).toMatch(/Ben Reader is signed in but is not a curator/);
  });

  it("reads roles from a nested claim when told to (CURATOR_OIDC_ROLE_CLAIM)", async () => {
    const nested = await startTestServer(uri, {
      CURATOR_OIDC_ISSUER: provider.issuer,
      CURATOR_OIDC_CLIENT_ID: TEST_CLIENT_ID,
      CURATOR_OIDC_ROLE_CLAIM: "realm_access.roles",
    });
    try {
      const keycloakStyle = await provider.sign({ roles: undefined, realm_access: { roles: ["curator", "other"] } });
      // The generated mutation's own rule (@neo4j/graphql reads `roles`) sees the nested roles too.
      const created = await gqlAsData<{ createResources: { resources: { id: string }[] } }>(
        nested.url,
        keycloakStyle,
        createResource,
        { id: `${run}-nested` },
      );
      expect(created.createResources.resources).toEqual([{ id: `${run}-nested`, createdBy: "Ann Curator" }]);
      // …and a top-level `roles` claim no longer counts there.
      const topLevel = await gqlAs(nested.url, await provider.sign({}), createResource, { id: `${run}-top` });
      expect(errorCodes(topLevel)).toEqual(["FORBIDDEN"]);
    } finally {
      await nested.close();
    }
  });

  it("refuses tokens, without failing, while the provider cannot be reached", async () => {
    const gone = await startTestOidcProvider();
    const issuer = gone.issuer;
    const token = await gone.sign({});
    await gone.close();
    const orphan = await startTestServer(uri, { CURATOR_OIDC_ISSUER: issuer, CURATOR_OIDC_CLIENT_ID: TEST_CLIENT_ID });
    try {
      const res = await gqlAs(orphan.url, token, createResource, { id: `${run}-orphan` });
      expect(errorCodes(res)).toEqual(["UNAUTHENTICATED"]);
      expect(res.body.errors?.[0]?.message).toMatch(/sign-in provider could not be reached/);
      const reads = await gqlAsData<{ node: { id: string } }>(
        orphan.url,
        token,
        `{ node(id: "six-core-strategies") { id } }`,
      );
      expect(reads.node.id).toBe("six-core-strategies");
    } finally {
      await orphan.close();
    }
  });
});
