import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { parseBibtex, parseRis, yearOf } from "../support/citation-parsers.js";
import { baseUrl, openView } from "./support/app.js";
import { screenshot } from "./support/browser.js";
import { graphNodes, waitForGraph } from "./support/graph-state.js";
import { withBrowserPage } from "./support/with-browser-page.js";
import "./support/dom-globals.js";

/** Clicks a button that starts a download and returns the file's name and text. */
async function download(page: Page, button: Locator): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent("download"), button.click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), "utf8") };
}

const selectedInUrl = (page: Page) => new URL(page.url()).searchParams.get("selected");

// Researcher: "Open it, get the document, cite it, and show me what else is like it."
describe("journey: find, read and cite a resource", () => {
  const browser = withBrowserPage();
  const panel = () => browser.page().getByTestId("detail-panel");

  beforeAll(async () => {
    // Cite copies to the clipboard; the test reads back what it copied.
    await browser.session().context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseUrl() });
  });

  it("opens a resource with its details shown, without a click, and the URL saying so", async () => {
    const page = browser.page();
    await openView(page, "/node/positive-and-proactive-guidance");
    await panel().getByRole("heading", { level: 2, name: "Positive and Proactive guidance" }).waitFor();
    await page.waitForURL(/selected=positive-and-proactive-guidance/);
    // Publisher, year and kind in one line above the summary.
    const byline = panel().getByTestId("byline");
    expect((await byline.innerText()).replace(/\s+/g, " ")).toBe("Department of Health · 2014 · Guidance");
    // No link recorded: "Find it" searches for the exact title, with the publisher's name.
    const findIt = panel().getByRole("link", { name: /^Find it/ });
    expect(await findIt.getAttribute("rel")).toBe("noopener noreferrer");
    expect(await findIt.getAttribute("target")).toBe("_blank");
    const href = new URL((await findIt.getAttribute("href")) ?? "");
    expect(href.searchParams.get("q")).toBe('"Positive and Proactive guidance" Department of Health');
    expect(
      await panel()
        .getByRole("link", { name: /Open resource/ })
        .count(),
    ).toBe(0);
  });

  it("shows that a newer version exists, and on the newer one what it replaced", async () => {
    const page = browser.page();
    const note = panel().getByTestId("newer-version");
    expect(await note.innerText()).toMatch(
      /^A newer version exists: Guidance on restrictive intervention with children and young people \(following Positive and Proactive\)/,
    );
    await screenshot(page, "cite-detail-newer-version");
    await note.getByRole("link").first().click();
    await page.waitForURL(/\/node\/cyp-restrictive-intervention-guidance/);
    const replaced = panel().getByTestId("older-version");
    await replaced.waitFor();
    expect(await replaced.innerText()).toMatch(/^Replaces: Positive and Proactive guidance \(2014\)/);
    expect(await panel().getByTestId("newer-version").count()).toBe(0);
  });

  it("Cite copies a Harvard reference and downloads a RIS file that parses back with the same title and year", async () => {
    const page = browser.page();
    await openView(page, "/node/positive-and-proactive-guidance");
    await panel().getByRole("button", { name: "Cite", exact: true }).click();
    const cite = page.getByTestId("cite-panel");
    const reference = "Department of Health (2014) Positive and Proactive guidance. Department of Health.";
    await cite.getByTestId("cite-preview").getByText(reference).waitFor();
    // Focus moves into the panel, for keyboard and screen-reader users.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Cite this resource");

    await cite.getByRole("button", { name: /^Copy Harvard/ }).click();
    await cite.getByTestId("cite-status").getByText("Harvard reference copied to the clipboard.").waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(reference);
    await screenshot(page, "cite-detail-panel");

    const ris = await download(page, cite.getByRole("button", { name: /^Download RIS/ }));
    expect(ris.name).toBe("positive-and-proactive-guidance.ris");
    const [entry, ...rest] = parseRis(ris.text);
    expect(rest).toEqual([]);
    expect(entry?.title).toBe("Positive and Proactive guidance");
    expect(entry && yearOf(entry)).toBe(2014);

    // Escape closes it and gives focus back to the Cite button.
    await page.keyboard.press("Escape");
    await cite.waitFor({ state: "detached" });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Cite");
  });

  it("lists at least three similar resources, each with reasons, and draws them as a graph", async () => {
    const page = browser.page();
    const toolkit = "post-incident-debriefing-and-support-toolkit";
    await openView(page, `/node/${toolkit}`);
    const list = panel().getByTestId("similar-list");
    await list.getByRole("listitem").first().waitFor();
    const items = list.locator(":scope > ol > li");
    expect(await items.count()).toBeGreaterThanOrEqual(3);
    for (const item of await items.all()) {
      const reasons = await item.locator(".similar-reasons li").allInnerTexts();
      expect(reasons.length).toBeGreaterThan(0);
      expect(reasons.every((r) => /^Both |this one/i.test(r))).toBe(true);
    }
    const first = (await items.first().getByRole("link").innerText()).trim();

    await list.getByRole("link", { name: "Show similar resources as a graph" }).click();
    await page.waitForURL(new RegExp(`/node/${toolkit}/similar`));
    await waitForGraph(page);
    const drawn = await graphNodes(page);
    expect(drawn.find((n) => n.id === toolkit)?.visible).toBe(true);
    expect(drawn.some((n) => n.label === first)).toBe(true);
    await page.waitForURL(new RegExp(`selected=${toolkit}`));
    await panel().getByRole("heading", { level: 2, name: "Post-Incident Debriefing and Support Toolkit" }).waitFor();
    const ranking = page.getByTestId("similar-ranking");
    expect(await ranking.getByRole("listitem").count()).toBeGreaterThanOrEqual(3);
    await screenshot(page, "cite-similar-view");
  });

  it("cites a selection and everything in view from the List tab", async () => {
    const page = browser.page();
    await page.getByRole("tab", { name: "List" }).click();
    const list = page.getByTestId("list-view");
    const boxes = list.getByRole("checkbox", { name: /to cite$/ });
    // The tab renders after the click: wait for its rows before counting them.
    await boxes.first().waitFor();
    const citable = await boxes.count();
    expect(citable).toBeGreaterThanOrEqual(4);
    // Keyboard: Space ticks a focused checkbox.
    await boxes.nth(0).focus();
    await page.keyboard.press("Space");
    await boxes.nth(2).check();
    const picked = await Promise.all(
      [0, 2].map(async (i) => (await boxes.nth(i).getAttribute("aria-label"))?.replace(/^Select (.*) to cite$/, "$1")),
    );
    await list.getByRole("button", { name: "Cite selection (2)" }).click();
    const cite = page.getByTestId("cite-panel");
    await cite.getByRole("heading", { name: "Cite 2 selected items" }).waitFor();
    await screenshot(page, "cite-list-selection");
    const bib = parseBibtex((await download(page, cite.getByRole("button", { name: /^Download BibTeX/ }))).text);
    // A title of our own is cited in square brackets.
    expect(bib.map((e) => e.title?.replace(/^\[(.*)\]$/, "$1"))).toEqual(picked);

    await list.getByRole("button", { name: `Cite all in view (${citable})` }).click();
    await cite.getByRole("heading", { name: `Cite all ${citable} items in view` }).waitFor();
    const all = await download(page, cite.getByRole("button", { name: /^Download RIS/ }));
    expect(all.name).toBe(`rrn-references-${citable}.ris`);
    expect(parseRis(all.text)).toHaveLength(citable);
    expect(browser.session().cspViolations()).toEqual([]);
  });

  it("opens lineage and organisation views with the focus selected, and follows a new selection", async () => {
    const page = browser.page();
    await openView(page, "/node/six-core-strategies/lineage");
    await panel().getByRole("heading", { level: 2, name: "Six Core Strategies" }).waitFor();
    expect(selectedInUrl(page)).toBe("six-core-strategies");

    await openView(page, "/org/mersey-care");
    await panel()
      .getByRole("heading", { level: 2, name: /Mersey Care/ })
      .waitFor();
    expect(selectedInUrl(page)).toBe("mersey-care");
    // The organisation's kind reads with its acronym intact.
    expect(await panel().locator(".facts").innerText()).toMatch(/NHS trust/);
    await page.getByRole("tab", { name: "List" }).click();
    await page.getByTestId("list-view").getByRole("link", { name: "HOPE model", exact: true }).click();
    await panel().getByRole("heading", { level: 2, name: "HOPE model" }).waitFor();
    expect(selectedInUrl(page)).toBe("hope-model");
    expect(browser.session().cspViolations()).toEqual([]);
  });
});
