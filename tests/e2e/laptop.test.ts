import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openView } from "./support/app.js";
import { screenshot } from "./support/browser.js";
import { waitForGraph } from "./support/graph-state.js";
import { watchPageShrink } from "./support/page-shrink.js";
import { followSuggestLink, resourceLinks } from "./support/resource-links.js";
import { withBrowserPage } from "./support/with-browser-page.js";
import "./support/dom-globals.js";

const LAPTOP = { width: 1366, height: 850 };

const searchBox = (page: Page) => page.getByRole("combobox", { name: "Search the graph" });

/**
 * Where the reader is: the focused element's accessible bits, and how far from the top of the
 * window the control they work with sits (`control`), with the page's scroll and the top of the
 * view's layout, to say what moved when something did.
 */
const where = (page: Page, control: string) =>
  page.evaluate((selector) => {
    const active = document.activeElement as HTMLInputElement | null;
    return {
      focused: `${active?.tagName ?? ""}:${active?.name ?? ""}:${active?.value ?? ""}`,
      onScreen: Math.round(document.querySelector(selector)?.getBoundingClientRect().top ?? NaN),
      scrollY: Math.round(window.scrollY),
      layoutTop: Math.round(
        (document.querySelector(".overview-layout, .narrow-by")?.getBoundingClientRect().top ?? NaN) + window.scrollY,
      ),
    };
  }, control);

// A laptop visitor (1,366 × 850): the header's search is the main way in, filters are ticked
// one after another, and references go to a reference manager.
describe("journey: on a laptop", () => {
  const browser = withBrowserPage();

  it("has a header search box at least 280 px wide from 1,024 px up, beside the views' links", async () => {
    const page = browser.page();
    for (const width of [1024, 1280, 1366, 1920]) {
      await page.setViewportSize({ width, height: 850 });
      await openView(page, "/");
      const box = await searchBox(page).boundingBox();
      expect(box?.width, `search box at ${width} px`).toBeGreaterThanOrEqual(280);
      // Every view's link is on screen and none lies over the search box.
      const nav = page.getByRole("navigation", { name: "Views" });
      for (const name of ["Overview", "Find a path", "Coverage", "Suggest a resource"]) {
        const link = await nav.getByRole("link", { name }).boundingBox();
        expect(link, `${name} at ${width} px`).not.toBeNull();
        expect(link!.x + link!.width).toBeLessThanOrEqual(width);
        const overlaps =
          box !== null &&
          link!.x < box.x + box.width &&
          box.x < link!.x + link!.width &&
          link!.y < box.y + box.height &&
          box.y < link!.y + link!.height;
        expect(overlaps, `${name} over the search box at ${width} px`).toBe(false);
      }
    }
  });

  it("shows search results a full title to a line, with whole group names", async () => {
    const page = browser.page();
    await page.setViewportSize(LAPTOP);
    await openView(page, "/");
    await searchBox(page).fill("restraint");
    await page.getByRole("option").first().waitFor();
    const popup = await page.evaluate(() => {
      const list = document.querySelector<HTMLElement>(".app-header [role=listbox]");
      const lineHeight = (el: Element) => parseFloat(getComputedStyle(el).lineHeight);
      return {
        width: list?.getBoundingClientRect().width ?? 0,
        right: list?.getBoundingClientRect().right ?? Infinity,
        // A group name cut short ("ORGANISATI") is wider than its box.
        cutGroups: Array.from(list?.querySelectorAll<HTMLElement>(".searchbox-group") ?? [])
          .filter((g) => g.scrollWidth > g.clientWidth)
          .map((g) => g.textContent),
        // A title on more than one line is taller than one line.
        wrapped: Array.from(list?.querySelectorAll<HTMLElement>(".option-label") ?? [])
          .filter((l) => l.getBoundingClientRect().height > lineHeight(l) * 1.5)
          .map((l) => l.textContent),
        titles: list?.querySelectorAll(".option-label").length ?? 0,
      };
    });
    expect(popup.titles).toBeGreaterThan(5);
    expect(popup.width).toBeGreaterThanOrEqual(560);
    expect(popup.right).toBeLessThanOrEqual(LAPTOP.width);
    expect(popup.cutGroups).toEqual([]);
    expect(popup.wrapped).toEqual([]);
    await screenshot(page, "laptop-search-results-1366");
  });

  it("keeps the reader's place and the focus when a filter changes the URL", async () => {
    const page = browser.page();
    await page.setViewportSize(LAPTOP);
    await openView(page, "/");
    const filters = page.getByRole("form", { name: "Filters" });
    await filters.locator("summary", { hasText: /^Setting/ }).click();
    const box = filters.getByRole("checkbox", { name: "Schools and education settings" });
    await box.scrollIntoViewIfNeeded();
    // Well down the page, as a reader working through the filters is, but short of its end: a
    // filtered view may rightly be a little shorter, and at the very end the page would then move.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight - innerHeight - 150));
    const schools = 'input[name="setting"][value="schools"]';
    const before = await where(page, schools);
    expect(before.scrollY).toBeGreaterThan(200);
    expect(before.onScreen, "the box is on screen").toBeGreaterThan(0);
    expect(before.onScreen).toBeLessThan(LAPTOP.height - 20);
    // The place is the box on screen where it was: the page may scroll to keep it there (the
    // browser's scroll anchoring does when something above it changes), but it must not jump.
    const kept = (now: { focused: string; onScreen: number }) => ({ focused: now.focused, onScreen: now.onScreen });
    const tickShrink = await watchPageShrink(page, ".overview-main");
    await box.click();
    await page.waitForURL((url) => url.searchParams.get("setting") === "schools");
    await waitForGraph(page);
    const ticked = await where(page, schools);
    expect(kept(ticked), `${JSON.stringify({ before, ticked })}; ${await tickShrink()}`).toEqual({
      focused: "INPUT:setting:schools",
      onScreen: before.onScreen,
    });

    // Un-ticking it (the group's last choice) neither moves it nor folds the group away. With the
    // keyboard, as the box has the focus (a reader may use either).
    const shrink = await watchPageShrink(page, ".overview-main");
    await box.press("Space");
    await page.waitForURL((url) => !url.searchParams.has("setting"));
    await waitForGraph(page);
    const unticked = await where(page, schools);
    expect(kept(unticked), `${JSON.stringify({ ticked, unticked })}; ${await shrink()}`).toEqual({
      ...kept(ticked),
      focused: "INPUT:setting:schools",
    });
    expect(await box.isVisible()).toBe(true);

    // The organisation view's "Narrow to" selects: the same.
    await openView(page, "/org/mersey-care");
    const select = page.getByRole("combobox", { name: "Setting" });
    await select.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, 120));
    await select.focus();
    const setting = '[data-testid="narrow-by"] select[name="setting"]';
    const focusedBefore = await where(page, setting);
    const narrowShrink = await watchPageShrink(page, "main");
    await select.selectOption({ label: "Mental health inpatient services" });
    await page.waitForURL((url) => url.searchParams.has("setting"));
    await page.getByTestId("narrow-by").waitFor();
    await page.waitForFunction(() => !document.querySelector(".narrowing-wait, .org-picture[aria-busy=true]"));
    const after = await where(page, setting);
    expect(after.onScreen, `${JSON.stringify({ focusedBefore, after })}; ${await narrowShrink()}`).toBe(
      focusedBefore.onScreen,
    );
    expect(after.focused).toMatch(/^SELECT:setting:/);
    expect(browser.session().cspViolations()).toEqual([]);
  });

  it("exports the references of what is in view as RIS, BibTeX and CSL-JSON from every graph view's Export menu", async () => {
    const page = browser.page();
    await page.setViewportSize(LAPTOP);
    const download = async (format: string): Promise<string> => {
      await page.getByTestId("export-menu").locator("summary").click();
      const button = page.getByTestId("export-menu").locator(`button[data-format="${format}"]`);
      const [file] = await Promise.all([
        page.waitForEvent("download", { timeout: 15_000 }).catch(async (err: unknown) => {
          const status = await page.getByTestId("export-status").textContent();
          throw new Error(`no ${format} download (disabled: ${await button.isDisabled()}): "${status}"`, {
            cause: err,
          });
        }),
        button.click(),
      ]);
      return readFileSync(await file.path(), "utf8");
    };
    for (const view of [
      "/",
      "/node/six-core-strategies",
      "/node/six-core-strategies/lineage",
      "/org/mersey-care",
      "/path?from=restrain-yourself-toolkit&to=nz-six-core-strategies-checklist",
      "/timeline",
    ]) {
      await openView(page, view);
      await waitForGraph(page);
      const inView = await page.evaluate(() =>
        (
          window.cy
            ?.nodes(":childless")
            .filter((n) => ["RESOURCE", "LEGISLATION"].includes(String(n.data("type"))))
            .map((n) => n.id()) ?? []
        ).sort(),
      );
      expect(inView.length, view).toBeGreaterThan(0);
      const items = JSON.parse(await download("CSL_JSON")) as { id: string }[];
      expect(items.map((i) => i.id).sort(), view).toEqual(inView.slice(0, 200));
      const ris = await download("RIS");
      expect(ris.match(/^TY {2}- /gm)?.length, view).toBe(Math.min(inView.length, 200));
      const bib = await download("BIBTEX");
      expect(bib.match(/^@\w+\{/gm)?.length, view).toBe(Math.min(inView.length, 200));
    }
    expect(browser.session().cspViolations()).toEqual([]);
  });

  it("offers a resource's Find it and “Know where this is? Suggest the link” on the first screen", async () => {
    const page = browser.page();
    await page.setViewportSize(LAPTOP);
    const { suggest, boxes } = await resourceLinks(page, "restrain-yourself-toolkit");
    for (const [name, box] of boxes) {
      expect(box.x + box.width, name).toBeLessThanOrEqual(LAPTOP.width);
      expect(box.y + box.height, name).toBeLessThanOrEqual(LAPTOP.height);
    }
    await followSuggestLink(page, suggest, "restrain-yourself-toolkit");
    expect(browser.session().cspViolations()).toEqual([]);
  });

  it("screenshots: the landing page, a resource and a guided route at 1,366 px", async () => {
    const page = browser.page();
    await page.setViewportSize(LAPTOP);
    for (const [name, view] of [
      ["landing", "/"],
      // A resource, not a framework: it has the byline, "Find it" and "Suggest the link".
      ["resource", "/node/restrain-yourself-toolkit"],
      ["guided-route", "/routes/family-or-carer"],
    ] as const) {
      await openView(page, view);
      await screenshot(page, `${name}-1366`);
    }
  });
});
