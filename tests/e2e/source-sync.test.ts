import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { BUMP_GRAPH_VERSION_CYPHER } from "@rrn/model";
import { testDriver } from "@rrn/testkit/neo4j";
import { removePageSyncProposals, runSourceSync, servePages, type PageServer } from "../support/source-page.js";
import { baseUrl, openView } from "./support/app.js";
import { screenshot } from "./support/browser.js";
import { announced, press, signInAsCurator } from "./support/curator.js";
import "./support/dom-globals.js";
import { withBrowserPage } from "./support/with-browser-page.js";

/**
 * Operator, curator, visitor: the page sync reads today's page (a fixture served locally) and
 * files its links for curators; a curator approves one on the Curate page; the resource's page
 * then opens the resource itself ("Open ↗", before "Find it"), in the browser and in the HTML.
 */
const RESOURCE = { id: "unrestrained-podcast", title: "Unrestrained" };
const LINK = "https://example.org/unrestrained-podcast";

describe("journey: page sync → approve the link → Open ↗", () => {
  const browser = withBrowserPage();
  const uri = inject("neo4jUri");
  let pages: PageServer;

  beforeAll(async () => {
    pages = await servePages();
  });
  afterAll(async () => {
    await pages.close();
    const driver = testDriver(uri);
    try {
      await removePageSyncProposals(driver);
      // Back to the seed's state, under a new graph version so the server's caches follow.
      await driver.executeQuery(`MATCH (r:Resource {id: $id}) REMOVE r.url, r.updatedBy, r.updatedAt`, {
        id: RESOURCE.id,
      });
      await driver.executeQuery(BUMP_GRAPH_VERSION_CYPHER, { floor: 0 });
    } finally {
      await driver.close();
    }
  });

  it("files the page's links, and an approved one becomes the resource's Open ↗", async () => {
    const synced = await runSourceSync(uri, pages.urlOf("today"), "--apply");
    expect(synced.status, synced.stderr).toBe(0);
    expect(synced.stdout).toMatch(/Links to propose:/);

    const page = browser.page();
    // Before: only "Find it", and the way to suggest the link.
    await openView(page, `/node/${RESOURCE.id}`);
    const getResource = page.locator(".get-resource");
    await getResource.getByRole("link", { name: /^Find it/ }).waitFor();
    expect(await getResource.getByRole("link", { name: /^Open/ }).count()).toBe(0);
    expect(await page.getByRole("link", { name: "Know where this is? Suggest the link" }).getAttribute("href")).toBe(
      `/suggest?resource=${RESOURCE.id}`,
    );

    await signInAsCurator(page);
    const card = page.locator(`article[data-test-suggestion-type="LINK_FOR_RESOURCE"]`, {
      has: page.getByRole("heading", { name: RESOURCE.title, exact: true }),
    });
    await card.waitFor();
    expect(await card.innerText()).toContain("from the page sync");
    expect(await card.getByRole("textbox", { name: "Link to set" }).inputValue()).toBe(LINK);
    await screenshot(page, "source-sync-link-proposal");
    await press(card.getByRole("button", { name: "Approve link" }));
    await announced(page, `Link approved: ${RESOURCE.title}`);
    await card.waitFor({ state: "detached" });

    await openView(page, `/node/${RESOURCE.id}`);
    const open = getResource.getByRole("link", { name: /^Open/ });
    await open.waitFor();
    expect(await open.getAttribute("href")).toBe(LINK);
    // What is seen is "Open ↗"; screen readers also hear what it opens and where.
    const seen = await open.evaluate((a) => {
      const copy = a.cloneNode(true) as HTMLElement;
      copy.querySelectorAll(".visually-hidden").forEach((hidden) => hidden.remove());
      return (copy.textContent ?? "").replace(/\s+/g, " ").trim();
    });
    expect(seen).toBe("Open ↗");
    expect(await open.getAttribute("target")).toBe("_blank");
    // Open comes first, then Find it.
    const order = await page
      .locator(".get-resource a")
      .evaluateAll((links) => links.map((a) => (a.textContent ?? "").split(/\s/)[0]));
    expect(order).toEqual(["Open", "Find"]);
    await screenshot(page, "source-sync-open-link");

    // The server-rendered page says so too, before any script.
    const html = await (await fetch(`${baseUrl()}/node/${RESOURCE.id}`)).text();
    expect(html).toContain(`href="${LINK}"`);
    expect(html.indexOf(`href="${LINK}"`)).toBeLessThan(html.indexOf(">Find it<"));
  });
});
