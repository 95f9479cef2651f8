import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { baseUrl, openView } from "./support/app.js";
import { seriousViolations } from "./support/axe.js";
import { screenshot } from "./support/browser.js";
import { announced, curatorToken, pickByName, press, removeJourneyNodes, selectWithKeys } from "./support/curator.js";
import { withBrowserPage } from "./support/with-browser-page.js";

/**
 * Newcomer and curator: a visitor suggests a resource from the form, a curator signs in with a
 * token, approves it with a DERIVES_FROM relationship and its evidence, and the resource is
 * then found by search and shown with that evidence.
 */
const run = randomUUID().slice(0, 6);
const title = `Quillwort Calm Ward Guide ${run}`;

describe("journey: suggest → approve → visible", () => {
  // axe is injected as a script, which the app's Content Security Policy would refuse.
  const browser = withBrowserPage({ bypassCSP: true });
  afterAll(() => removeJourneyNodes({ title, run }));

  it("a visitor's suggestion appears in the graph once a curator approves it", async () => {
    const page = browser.page();
    await openView(page, "/suggest");
    await page.getByRole("textbox", { name: "Title (required)" }).fill(title);
    await page.getByRole("textbox", { name: "Link" }).fill("https://example.org/calm-ward");
    await page.getByRole("textbox", { name: "What is it about?" }).fill("A ward guide to calmer shifts.");
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Send suggestion" }).click();
    await page.getByRole("status").filter({ hasText: "waiting for a curator" }).waitFor();
    await screenshot(page, "curation-suggested");

    // Not in the public graph yet.
    const before = await fetchSearch("Quillwort");
    expect(before).toEqual([]);

    // Curation is on here, so the navigation offers it.
    await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Curate" }).click();
    await page.getByRole("textbox", { name: "Curator token" }).fill(await curatorToken());
    await page.getByRole("button", { name: "Sign in" }).click();
    const card = page.getByRole("article", { name: title });
    await card.waitFor();
    // The same pickers as the detail panel: the relationship by its plain name, the other end by name.
    await selectWithKeys(card.getByRole("combobox", { name: "Relationship" }), "Derives from");
    await pickByName(card.getByRole("combobox", { name: "To (the other end)" }), "six core", "Six Core Strategies");
    await selectWithKeys(card.getByRole("combobox", { name: "How it derives" }), /^Adapts/);
    await card
      .getByTestId("relationship-preview")
      .getByRole("img", { name: `${title} derives from (adapts) Six Core Strategies` })
      .waitFor();
    await card.getByRole("textbox", { name: /^Evidence/ }).fill("adapts the Six Core Strategies");
    await screenshot(page, "curation-queue");
    expect(await seriousViolations(page)).toEqual([]);
    await press(card.getByRole("button", { name: "Approve" }));
    expect(await announced(page, `Approved: ${title}`)).toContain("derives from (adapts) Six Core Strategies");
    await card.waitFor({ state: "detached" });

    const after = await fetchSearch("Quillwort");
    expect(after).toHaveLength(1);
    await openView(page, "/search?q=Quillwort");
    await page.getByRole("main").getByText(title).first().waitFor();
    await screenshot(page, "curation-visible");
  });
});

describe("journey: the curator sign-in link npm start prints", () => {
  const browser = withBrowserPage();

  it("signs in from /curate#token=…, keeps the token out of every request URL, and clears the address bar", async () => {
    const page = browser.page();
    const token = await curatorToken();
    const urls: string[] = [];
    page.on("request", (request) => urls.push(request.url()));
    await openView(page, `/curate#token=${token}`);
    await page.getByText("Signed in as E2E Curator").waitFor();
    expect(new URL(page.url()).hash).toBe("");
    expect(urls.filter((u) => u.includes(token))).toEqual([]);
    // The sign-in lasts for the tab, like a pasted token, until "Sign out".
    await page.reload();
    await page.getByText("Signed in as E2E Curator").waitFor();
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("textbox", { name: "Curator token" }).waitFor();
    expect(browser.session().cspViolations()).toEqual([]);
  });
});

async function fetchSearch(text: string): Promise<string[]> {
  const res = await fetch(`${baseUrl()}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: `query($q: String!) { search(query: $q) { id } }`, variables: { q: text } }),
  });
  const body = (await res.json()) as { data: { search: { id: string }[] } };
  return body.data.search.map((n) => n.id);
}
