import { randomUUID } from "node:crypto";
import { parseFeed } from "@rowanmanning/feed-parser";
import type { Page } from "playwright-core";
import { afterAll, describe, expect, inject, it } from "vitest";
import { gqlAsData } from "@rrn/testkit/curation";
import { removeTestData } from "@rrn/testkit/neo4j";
import { baseUrl, openView } from "./support/app.js";
import { screenshot } from "./support/browser.js";
import { announced, curatorToken, pickByName, press, selectWithKeys, signInAsCurator } from "./support/curator.js";
import { withBrowserPage } from "./support/with-browser-page.js";

/**
 * Someone following the Six Core Strategies: a curator links a new resource to it in the
 * explorer, and the change appears on the "What's new" page (server-rendered, with links to
 * both nodes), in the site's Atom feed and in the framework's own feed, which its page's head
 * announces to feed readers.
 */
const run = randomUUID().slice(0, 6);
const title = `Quillwort Calm Rota ${run}`;
const id = `quillwort-calm-rota-${run}`;
const framework = "six-core-strategies";
const sentence = `${title} derives from Six Core Strategies`;

const panel = (page: Page) => page.getByTestId("detail-panel");

describe("journey: a curator's edit in What's new and in both feeds", () => {
  const browser = withBrowserPage();
  // The resource is this test's own (its relationship goes with it); so are its audit entries.
  afterAll(() =>
    removeTestData(
      inject("neo4jUri"),
      `MATCH (n) WHERE n.id = $id OR $id IN coalesce(n.entityIds, []) DETACH DELETE n`,
      { id },
    ),
  );

  it("links a new resource to the Six Core Strategies from the framework's page", async () => {
    await gqlAsData(
      `${baseUrl()}/graphql`,
      await curatorToken(),
      `mutation ($input: [ResourceCreateInput!]!) { createResources(input: $input) { resources { id } } }`,
      { input: [{ id, title, kind: "TOOLKIT", summary: "A made-up rota guide for this test." }] },
    );
    const page = browser.page();
    await signInAsCurator(page);
    await openView(page, `/node/${framework}?selected=${framework}`);
    await press(panel(page).getByRole("button", { name: "Add a relationship" }));
    const form = panel(page).getByRole("form", { name: "Add a relationship" });
    await selectWithKeys(form.getByRole("combobox", { name: "Relationship" }), "Derived into");
    await pickByName(form.getByRole("combobox", { name: "From (the other end)" }), "quillwort calm rota", title);
    await selectWithKeys(form.getByRole("combobox", { name: "How it derives" }), /^Adapts/);
    await form.getByRole("textbox", { name: /^Evidence/ }).fill("adapts the Six Core Strategies");
    await form.getByRole("textbox", { name: /^Source/ }).fill("https://example.org/quillwort-rota");
    await selectWithKeys(form.getByRole("combobox", { name: "How the quote supports it" }), /^Stated/);
    await press(form.getByRole("button", { name: "Add relationship" }));
    expect(await announced(page, "Added:")).toContain(title);
  });

  it("shows the change on the What's new page, linked from the footer, with links to both nodes", async () => {
    const page = browser.page();
    await openView(page, "/");
    await press(page.getByRole("contentinfo").getByRole("link", { name: "What's new" }));
    await page.waitForURL(/\/changes$/);
    const change = page.getByTestId("change").filter({ hasText: sentence });
    await change.waitFor();
    expect(await change.count()).toBe(1);
    expect(await change.getAttribute("data-kind")).toBe("EDIT");
    expect(await change.getByText("Curator edit").count()).toBe(1);
    await screenshot(page, "whats-new");
    // Server-rendered with its data: the change is in the page's own HTML, its nodes as links.
    const html = await (await fetch(`${baseUrl()}/changes`)).text();
    expect(html).toContain(`href="/node/${id}"`);
    expect(html).toMatch(new RegExp(`<a [^>]*href="/node/${framework}"[^>]*>Six Core Strategies</a>`));
    expect(html).toContain(`<link rel="alternate" type="application/atom+xml"`);
    await press(change.getByRole("link", { name: title }));
    await page.waitForURL(new RegExp(`/node/${id}`));
  });

  it("carries the change in the site feed and the framework's feed, which its page links", async () => {
    const entryOf = async (path: string) => {
      const res = await fetch(`${baseUrl()}${path}`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
      const feed = parseFeed(await res.text());
      return feed.items.filter((i) => i.title === `Curator edit: New relationship: ${sentence}`);
    };
    const [site] = await entryOf("/feeds/changes.atom");
    expect(site?.id).toMatch(/^urn:uuid:/);
    expect(site?.url).toMatch(new RegExp(`/node/${id}$`));
    const own = await entryOf(`/feeds/node/${framework}.atom`);
    expect(own.map((e) => e.id)).toEqual([site?.id]);

    // A feed reader finds the framework's feed from its page.
    const page = browser.page();
    await openView(page, `/node/${framework}`);
    const links = await page
      .locator('head link[rel="alternate"][type="application/atom+xml"]')
      .evaluateAll((els) => els.map((el) => el.getAttribute("href")));
    expect(links).toEqual([`/feeds/node/${framework}.atom`, "/feeds/changes.atom"]);
    // A page about no one node links the site's feed alone.
    await openView(page, "/");
    const siteLinks = await page
      .locator('head link[rel="alternate"][type="application/atom+xml"]')
      .evaluateAll((els) => els.map((el) => el.getAttribute("href")));
    expect(siteLinks).toEqual(["/feeds/changes.atom"]);
  });
});
