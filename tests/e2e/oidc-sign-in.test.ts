import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startTestOidcProvider, TEST_CLIENT_ID, type TestOidcProvider } from "../support/oidc-provider.js";
import { freePort } from "@rrn/testkit/server";
import { startApiServer, type ApiServer } from "./support/api-server.js";
import { screenshot } from "./support/browser.js";
import { removeJourneyNodes } from "./support/curator.js";
import { withBrowserPage } from "./support/with-browser-page.js";
import { testDriver } from "@rrn/testkit/neo4j";

/**
 * Curators who sign in with OpenID Connect: the Curate page sends them to a real provider
 * (oidc-provider, on its own port) through its login and consent pages, gets their tokens with
 * the authorization code and PKCE, renews the session with the refresh token before the short
 * (40 s) ID token runs out, and signs out at the provider too. A person without the curator
 * role is told so and can sign out again.
 */
const run = randomUUID().slice(0, 6);
const title = `Wintergreen De-escalation Cards ${run}`;

describe("journey: curator sign-in with OpenID Connect", () => {
  const browser = withBrowserPage();
  let provider: TestOidcProvider;
  let server: ApiServer;

  beforeAll(async () => {
    const port = await freePort();
    provider = await startTestOidcProvider({ redirectUris: [`http://127.0.0.1:${port}/curate`], idTokenTtl: 40 });
    server = await startApiServer(
      inject("neo4jUri"),
      { CURATOR_OIDC_ISSUER: provider.issuer, CURATOR_OIDC_CLIENT_ID: TEST_CLIENT_ID },
      port,
    );
    // The provider's development pages link a web font; nothing here may leave this machine.
    await browser.session().context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
    const res = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `mutation($title: String!) { suggestResource(input: { title: $title }) { id } }`,
        variables: { title },
      }),
    });
    expect(res.status).toBe(200);
  });
  afterAll(async () => {
    await removeJourneyNodes({ title, run });
    await server?.stop();
    await provider?.close();
  });

  /** From the Curate page through the provider's login and consent pages, and back. */
  async function signInAs(page: Page, login: string): Promise<void> {
    await page.goto(`${server.url}/curate`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => url.origin === provider.issuer);
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill("any password");
    await page.getByRole("button", { name: "Sign-in" }).click();
    await page.getByRole("button", { name: "Continue" }).click();
    await page.waitForURL(`${server.url}/curate`);
  }

  /** Sign out here and at the provider, whose page asks first, then returns to the Curate page. */
  async function signOut(page: Page): Promise<void> {
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("button", { name: "Yes, sign me out" }).click();
    await page.waitForURL(`${server.url}/curate`);
    await page.getByRole("button", { name: "Sign in" }).waitFor();
  }

  it("tells someone without the curator role so, and lets them sign out", async () => {
    const page = browser.page();
    await signInAs(page, "reader-ben");
    await page.getByText("Ben Reader is signed in but is not a curator.").waitFor();
    expect(await page.getByRole("heading", { name: /Suggestions waiting/ }).count()).toBe(0);
    await signOut(page);
  });

  it("signs a curator in, renews the session, approves a suggestion and signs out", async () => {
    const page = browser.page();
    const renewal = page.waitForRequest(
      (request) =>
        request.url().startsWith(provider.issuer) && /grant_type=refresh_token/.test(request.postData() ?? ""),
      { timeout: 60_000 },
    );
    await signInAs(page, "curator-ann");
    await page.getByText("Signed in as Ann Curator").waitFor();
    // The address bar no longer carries the code and state.
    expect(new URL(page.url()).search).toBe("");

    // The ID token lives 40 s; the page renews it with the refresh token well before that.
    const renewed = await (await renewal).response();
    expect(renewed?.status()).toBe(200);

    const card = page.getByRole("article", { name: title });
    await card.waitFor();
    await screenshot(page, "oidc-curator-queue");
    await card.getByRole("button", { name: "Approve" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: `Approved: ${title}` })
      .waitFor();
    await card.waitFor({ state: "detached" });
    await signOut(page);

    const driver = testDriver(inject("neo4jUri"));
    try {
      const { records } = await driver.executeQuery(
        "MATCH (r:Resource {title: $title}) RETURN r.createdBy AS createdBy",
        { title },
      );
      expect(records.map((r): unknown => r.get("createdBy"))).toEqual(["Ann Curator"]);
    } finally {
      await driver.close();
    }
    expect(browser.session().cspViolations()).toEqual([]);
  });
});
