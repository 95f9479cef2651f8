import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { baseUrl, openView } from "./support/app.js";
import { screenshot } from "./support/browser.js";
import { waitForGraph } from "./support/graph-state.js";
import { withBrowserPage } from "./support/with-browser-page.js";

const HEADING = "Restraint reduction resources, connected";

/** Where the landing page's text sits, to compare the page before and after the app takes over. */
const boxes = (page: Page) =>
  page.evaluate(() => {
    const box = (el: Element | null) => {
      const r = el?.getBoundingClientRect();
      return r ? { x: Math.round(r.x), y: Math.round(r.y), w: Math.round(r.width), h: Math.round(r.height) } : null;
    };
    return { heading: box(document.querySelector("h1")), starters: box(document.querySelector(".starters")) };
  });

const canvasData = (page: Page) =>
  page.evaluate(() => {
    const c = document.querySelector<HTMLElement>('[data-testid="graph-canvas"]');
    return { source: c?.dataset.layoutSource, runs: Number(c?.dataset.layoutRuns), state: c?.dataset.layout };
  });

// A policy lead opens a shared link on a slow phone: the page must say what it is at once.
describe("first view", () => {
  const browser = withBrowserPage();

  it("sends the landing page's heading, introduction and starting points in the first HTML, with the overview's data", async () => {
    // As a browser navigates (Fetch Metadata), which is when the server adds preloads.
    const res = await fetch(`${baseUrl()}/`, { headers: { "sec-fetch-mode": "navigate", "sec-fetch-site": "none" } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(HEADING);
    expect(html).toContain("Sixty-odd toolkits");
    for (const starter of [
      "What derives from the Six Core Strategies?",
      "What has Mersey Care developed?",
      "What is covered where?",
    ]) {
      expect(html).toContain(starter);
    }
    // The answers it was rendered from, for the app to take it over with; nothing left to preload.
    const data = /<script id="rrn-ssr-data" type="application\/json">([\s\S]*?)<\/script>/.exec(html)?.[1];
    expect(JSON.parse(data ?? "null")).toMatchObject({ url: "/" });
    expect(html).not.toMatch(/<link rel="preload" as="fetch"/);
  });

  it("shows the same text without JavaScript, where the app later draws it (no layout shift)", async () => {
    const browserInstance = browser.session().context.browser();
    if (!browserInstance) throw new Error("no browser");
    const plain = await browserInstance.newContext({
      javaScriptEnabled: false,
      viewport: { width: 1280, height: 720 },
    });
    let before: Awaited<ReturnType<typeof boxes>>;
    try {
      const page = await plain.newPage();
      await page.goto(`${baseUrl()}/`);
      await page.getByRole("heading", { level: 1, name: HEADING }).waitFor();
      await page.getByRole("link", { name: /What is covered where\?/ }).waitFor();
      before = await boxes(page);
      await screenshot(page, "first-view-without-javascript");
    } finally {
      await plain.close();
    }
    expect(before.heading).not.toBeNull();
    expect(before.starters).not.toBeNull();

    const page = browser.page();
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.addInitScript(() => {
      window.layoutShifts = 0;
      new PerformanceObserver((list) => {
        // LayoutShift entries (not in TypeScript's DOM types): value, and hadRecentInput for user-caused shifts.
        for (const entry of list.getEntries()) {
          const userCaused = "hadRecentInput" in entry && entry.hadRecentInput === true;
          if ("value" in entry && typeof entry.value === "number" && !userCaused) {
            window.layoutShifts = (window.layoutShifts ?? 0) + entry.value;
          }
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    await openView(page, "/");
    await waitForGraph(page);
    expect(await boxes(page)).toEqual(before);
    const shifts = await page.evaluate(() => window.layoutShifts);
    // Layout-shift scores are fractions of the viewport; sub-pixel rounding alone stays far below this.
    expect(shifts).toBeLessThan(0.01);
  });

  it("draws the overview at the API's positions without running a layout, and lays out again on request", async () => {
    const page = browser.page();
    await openView(page, "/");
    await waitForGraph(page);
    expect(await canvasData(page)).toEqual({ source: "preset", runs: 0, state: "done" });
    await screenshot(page, "first-view-preset");

    await page.getByRole("button", { name: "Reset layout" }).click();
    await page.waitForFunction(
      () => Number(document.querySelector<HTMLElement>('[data-testid="graph-canvas"]')?.dataset.layoutRuns) === 1,
    );

    await page.getByRole("combobox", { name: "Layout" }).selectOption("concentric");
    await page.waitForURL(/layout=concentric/);
    await page.waitForFunction(() => {
      const c = document.querySelector<HTMLElement>('[data-testid="graph-canvas"]');
      return c?.dataset.layoutSource === "computed" && c.dataset.layout === "done";
    });
    expect((await canvasData(page)).runs).toBe(2);
    expect(browser.session().cspViolations()).toEqual([]);
  });
});
