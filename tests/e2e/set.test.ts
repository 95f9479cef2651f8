import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { loadSeed, type Seed } from "@rrn/graph-seed";
import { parseRis } from "../support/citation-parsers.js";
import { baseUrl, openView } from "./support/app.js";
import { openBrowser, screenshot } from "./support/browser.js";
import { graphNodes, waitForGraph } from "./support/graph-state.js";
import { withBrowserPage } from "./support/with-browser-page.js";
import "./support/dom-globals.js";

// The node's name follows the visible words in a visually hidden span, which Chromium may part
// from them with a space ("Add to set : …").
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const RESTRAIN = "restrain-yourself-toolkit";
const NASMHPD = "nasmhpd-six-core-strategies-checklist";
const NZ = "nz-six-core-strategies-checklist";
const SIX_CORE = "six-core-strategies";

/** A seed node's title (or name): what the pages and references call it. */
const titleOf = (seed: Seed, id: string): string => {
  const node = seed.nodes.find((n) => n.id === id);
  const record = node?.record as { title?: string; name?: string } | undefined;
  const title = record?.title ?? record?.name;
  if (!title) throw new Error(`no seed node ${id}`);
  return title;
};

const setIdsOf = (page: Page): string[] =>
  (new URL(page.url()).searchParams.get("ids") ?? "").split(",").filter(Boolean);

// Researcher: "These three resources: what ties them together? Send the list to a colleague."
describe("journey: a set of resources, what connects them, shared and exported", () => {
  const browser = withBrowserPage();
  let seed: Seed;
  let setPath = "";

  beforeAll(async () => {
    seed = await loadSeed();
  });

  it("builds a set of three from search results and a List tab's ticks", async () => {
    const page = browser.page();
    await openView(page, "/search?q=REsTRAIN");
    const restrain = titleOf(seed, RESTRAIN);
    await page.getByRole("button", { name: new RegExp(`^Add to set ?: ${escapeRegExp(restrain)}$`) }).click();
    await page.getByRole("button", { name: new RegExp(`^In set ✓ ?: ${escapeRegExp(restrain)}$`) }).waitFor();
    expect(await page.getByTestId("open-set").first().innerText()).toBe("Open set (1)");

    // The Six Core Strategies' lineage as a list: tick both checklists and add them.
    await openView(page, `/node/${SIX_CORE}/lineage?tab=list`);
    const list = page.getByTestId("list-view");
    for (const id of [NASMHPD, NZ]) {
      await list.getByRole("checkbox", { name: `Select ${titleOf(seed, id)} to cite`, exact: true }).check();
    }
    await list.getByTestId("add-ticked-to-set").click();
    const open = list.getByTestId("open-set");
    await expect.poll(() => open.innerText()).toBe("Open set (3)");
    await open.click();
    await page.waitForURL(/\/set\?/);
    expect(setIdsOf(page)).toEqual([RESTRAIN, NASMHPD, NZ]);
    const members = page.getByTestId("set-members");
    await members.waitFor();
    expect(await members.locator("li").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-id")))).toEqual([
      RESTRAIN,
      NASMHPD,
      NZ,
    ]);
    setPath = new URL(page.url()).pathname + new URL(page.url()).search;
    await screenshot(page, "set-of-three");
  });

  it("opens the shared link in a fresh browser: members, the connectors and through which links, drawn", async () => {
    const fresh = await openBrowser();
    try {
      const page = await fresh.context.newPage();
      await openView(page, setPath);
      const connectors = page.getByTestId("connector");
      const first = connectors.first();
      expect(await first.getAttribute("data-id")).toBe(SIX_CORE);
      const head = (await first.locator(".connector-head").innerText()).replace(/\s+/g, " ");
      expect(head).toContain("Six Core Strategies");
      expect(head).toContain("links 3 of 3 directly");
      // Each member's own link to it, in words with its basis: the seed's DERIVES_FROM relationships.
      const vias = (await first.getByTestId("connector-via").allInnerTexts()).map((t) => t.replace(/\s+/g, " "));
      const seeded = seed.relationships.filter((r) => [RESTRAIN, NASMHPD, NZ].includes(r.from) && r.to === SIX_CORE);
      expect(vias).toHaveLength(seeded.length);
      for (const r of seeded) {
        expect(vias.some((v) => v.startsWith(titleOf(seed, r.from)) && /derives from/i.test(v))).toBe(true);
      }
      // The canvas draws the members and the connector.
      await waitForGraph(page);
      const drawn = await graphNodes(page);
      for (const id of [RESTRAIN, NASMHPD, NZ, SIX_CORE]) expect(drawn.map((n) => n.id)).toContain(id);

      // The Export menu's RIS holds the three members (not the connectors), read by a real parser.
      await page.getByTestId("export-menu").locator("summary").click();
      const [file] = await Promise.all([
        page.waitForEvent("download"),
        page.getByTestId("export-menu").locator('button[data-format="RIS"]').click(),
      ]);
      const entries = parseRis(readFileSync(await file.path(), "utf8"));
      expect(entries.map((e) => e.title?.replace(/^\[(.*)\]$/, "$1")).sort()).toEqual(
        [RESTRAIN, NASMHPD, NZ].map((id) => titleOf(seed, id)).sort(),
      );
      expect(fresh.cspViolations()).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  it("is in the server's HTML with its data, and Remove is a plain link to the set without it", async () => {
    const html = await (await fetch(`${baseUrl()}${setPath}`)).text();
    expect(html).toContain('data-testid="connectors"');
    expect(html).toContain(`data-id="${SIX_CORE}"`);
    const page = browser.page();
    await openView(page, setPath);
    const remove = page.getByRole("link", { name: `Remove ${titleOf(seed, NZ)}`, exact: true });
    const href = new URL((await remove.getAttribute("href")) ?? "", baseUrl());
    expect(href.pathname).toBe("/set");
    expect(href.searchParams.get("ids")).toBe(`${RESTRAIN},${NASMHPD}`);
    await remove.click();
    await page.waitForURL((url) => url.searchParams.get("ids") === `${RESTRAIN},${NASMHPD}`);
    await expect.poll(() => page.getByTestId("connector").first().getAttribute("data-id")).toBe(SIX_CORE);

    // Shift-click on the canvas adds a node to the set being built, and selects nothing.
    await waitForGraph(page);
    // The canvas is below the lists: in view, or the click lands outside the window.
    await page.getByTestId("graph-canvas").scrollIntoViewIfNeeded();
    const at = await page.evaluate((id) => window.cy?.$id(id).renderedPosition(), SIX_CORE);
    const box = await page.getByTestId("graph-canvas").boundingBox();
    if (!at || !box) throw new Error("the canvas has no Six Core Strategies node");
    await page.keyboard.down("Shift");
    await page.mouse.click(box.x + at.x, box.y + at.y);
    await page.keyboard.up("Shift");
    const tray = page.getByRole("toolbar", { name: "Canvas controls" }).getByTestId("open-set");
    await expect.poll(() => tray.innerText()).toBe("Open set (3)");
    expect(new URL((await tray.getAttribute("href")) ?? "", baseUrl()).searchParams.get("ids")).toBe(
      `${RESTRAIN},${NASMHPD},${SIX_CORE}`,
    );
    expect(new URL(page.url()).searchParams.get("selected")).toBeNull();
    expect(browser.session().cspViolations()).toEqual([]);
  });

  it("grows from search without JavaScript: a GET form, then an Add link", async () => {
    const plain = await openBrowser({ javaScriptEnabled: false });
    try {
      const page = await plain.context.newPage();
      await page.goto(`${baseUrl()}/set?ids=${RESTRAIN}`);
      const form = page.getByRole("search", { name: "Find something to add" });
      await form.getByRole("searchbox").fill("NASMHPD");
      await form.getByRole("button", { name: "Search" }).click();
      await page.waitForURL((url) => url.searchParams.get("q") === "NASMHPD");
      expect(new URL(page.url()).searchParams.get("ids")).toBe(RESTRAIN);
      await page.getByRole("link", { name: `Add ${titleOf(seed, NASMHPD)} to the set`, exact: true }).click();
      await page.waitForURL((url) => url.searchParams.get("ids") === `${RESTRAIN},${NASMHPD}`);
      expect(new URL(page.url()).searchParams.get("q")).toBeNull();
      expect(await page.getByTestId("connector").first().getAttribute("data-id")).toBe(SIX_CORE);
    } finally {
      await plain.close();
    }
  });
});
