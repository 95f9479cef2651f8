import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { baseUrl, openView } from "./support/app.js";
import { screenshot } from "./support/browser.js";
import { followSuggestLink, resourceLinks } from "./support/resource-links.js";
import { withBrowserPage } from "./support/with-browser-page.js";
import "./support/dom-globals.js";

const PHONE = { width: 390, height: 844 };

/** Every view a phone visitor may land on, a node's and an organisation's included. */
const VIEWS = [
  "/",
  "/node/six-core-strategies",
  "/node/six-core-strategies/lineage",
  "/org/mersey-care",
  "/routes",
  "/routes/family-or-carer",
  "/path?from=six-core-strategies&to=mersey-care",
  "/coverage",
  "/timeline",
  "/insights",
  "/search?q=restraint",
  "/suggest",
];

/** How far the page reaches past the screen's right edge, and the widest culprits. */
const sideways = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const past = (el: Element) => el.getBoundingClientRect().right > width + 1;
    // Drawn past the edge but cut off by a box that is not (the graph sketch's labels): unseen, harmless.
    const clipped = (el: Element) => {
      for (let a = el.parentElement; a; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== "visible" && !past(a)) return true;
      }
      return false;
    };
    const over = Array.from(document.querySelectorAll<HTMLElement>("body *"))
      .filter((el) => past(el) && el.getClientRects().length > 0 && !clipped(el))
      // Only the outermost of each overflowing branch, named so a failure says where.
      .filter((el) => !(el.parentElement && past(el.parentElement)))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute("class") ?? ""}`);
    return { scroll: document.documentElement.scrollWidth - width, over };
  });

const top = async (page: Page, selector: string): Promise<number> => {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not on the page`);
  return box.y;
};

// A phone visitor (390 × 844): nothing scrolls sideways, the header is one short row with a
// Menu, and a resource's words come before its picture.
describe("journey: on a phone", () => {
  const browser = withBrowserPage();

  it("never scrolls sideways, and its header is no taller than 72 px", async () => {
    const page = browser.page();
    await page.setViewportSize(PHONE);
    for (const view of VIEWS) {
      await openView(page, view);
      expect(await sideways(page), view).toEqual({ scroll: 0, over: [] });
      const header = await page.locator(".app-header").boundingBox();
      expect(header?.height, view).toBeLessThanOrEqual(72);
    }
    // With the menu open, too.
    await openView(page, "/org/mersey-care");
    await page.getByRole("button", { name: "Menu" }).click();
    expect(await sideways(page)).toEqual({ scroll: 0, over: [] });
  });

  it("opens the views' links from a Menu button, by touch or keyboard, and closes it", async () => {
    const page = browser.page();
    await page.setViewportSize(PHONE);
    await openView(page, "/");
    const menu = page.getByRole("button", { name: "Menu" });
    const coverage = page.getByRole("link", { name: "Coverage" });
    expect(await menu.getAttribute("aria-expanded")).toBe("false");
    expect(await coverage.isVisible()).toBe(false);

    // Keyboard: Enter opens it, Tab reaches the links, Escape closes it and returns to the button.
    await menu.focus();
    await page.keyboard.press("Enter");
    expect(await menu.getAttribute("aria-expanded")).toBe("true");
    const nav = page.getByRole("navigation", { name: "Views" });
    expect(await menu.getAttribute("aria-controls")).toBe(await nav.getAttribute("id"));
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Overview");
    await page.keyboard.press("Escape");
    expect(await menu.getAttribute("aria-expanded")).toBe("false");
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe("Menu");

    // Touch: every link is on screen once open; following one closes the menu.
    await menu.click();
    for (const name of ["Overview", "Guided routes", "Find a path", "Coverage", "Suggest a resource"]) {
      const box = await nav.getByRole("link", { name }).boundingBox();
      expect(box, name).not.toBeNull();
      expect(box!.x + box!.width, name).toBeLessThanOrEqual(PHONE.width);
    }
    await screenshot(page, "phone-menu-open-390");
    await coverage.click();
    await page.waitForURL((url) => url.pathname === "/coverage");
    expect(await menu.getAttribute("aria-expanded")).toBe("false");
    expect(browser.session().cspViolations()).toEqual([]);
  });

  it("puts a resource's, an organisation's and a path's words before a shorter graph that opens full screen", async () => {
    const page = browser.page();
    await page.setViewportSize(PHONE);
    await openView(page, "/node/six-core-strategies");
    expect(await top(page, "#detail-heading")).toBeLessThan(await top(page, ".graph-box"));
    expect(await top(page, ".detail .summary")).toBeLessThan(await top(page, ".graph-box"));
    const height = (await page.locator(".graph-box").boundingBox())?.height ?? Infinity;
    expect(height).toBeLessThanOrEqual(PHONE.height * 0.6);

    // A resource: its byline, summary and "Open ↗" or "Find it ↗" (whichever the graph allows).
    await openView(page, "/node/restrain-yourself-toolkit");
    const graph = await top(page, ".graph-box");
    for (const selector of [
      "#detail-heading",
      '[data-testid="byline"]',
      ".detail .summary",
      ".get-resource a.external",
    ]) {
      expect(await top(page, selector), selector).toBeLessThan(graph);
    }

    await openView(page, "/org/mersey-care");
    expect(await top(page, "#detail-heading")).toBeLessThan(await top(page, ".graph-box"));
    // Its "Narrow to" selects fit the screen.
    for (const select of await page.getByTestId("narrow-by").locator("select").all()) {
      const box = await select.boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
    }

    await openView(page, "/path?from=six-core-strategies&to=mersey-care&context=include");
    expect(await top(page, '[data-testid="path-summary"]')).toBeLessThan(await top(page, ".graph-box"));
    expect(await top(page, '[data-testid="path-steps"]')).toBeLessThan(await top(page, ".graph-box"));

    // Full screen fills the screen with the graph; Escape gives the page back.
    const full = page.getByTestId("full-screen");
    await full.click();
    expect(await full.getAttribute("aria-pressed")).toBe("true");
    const filled = await page.locator(".workspace-main").boundingBox();
    expect(filled).toEqual({ x: 0, y: 0, width: PHONE.width, height: PHONE.height });
    const box = await page.locator(".graph-box").boundingBox();
    expect(box!.height).toBeGreaterThan(PHONE.height * 0.6);
    await screenshot(page, "phone-graph-full-screen-390");
    await page.keyboard.press("Escape");
    expect(await full.getAttribute("aria-pressed")).toBe("false");
    expect(browser.session().cspViolations()).toEqual([]);
  });

  it("puts a guided route's answer before its list of questions, on screen and in reading order", async () => {
    const page = browser.page();
    await page.setViewportSize(PHONE);
    await openView(page, "/routes/family-or-carer");
    const answer = page.getByTestId("route-step");
    const questions = page.getByRole("navigation", { name: "Questions in this route" });
    // The answer: the question, its explanation, its resources and the pager, all above the list.
    expect(await answer.locator(".guide-cards > li").count()).toBeGreaterThan(0);
    const answerEnds = await answer.boundingBox();
    const questionsStart = await questions.boundingBox();
    expect(answerEnds).not.toBeNull();
    expect(questionsStart).not.toBeNull();
    expect(answerEnds!.y + answerEnds!.height).toBeLessThanOrEqual(questionsStart!.y);
    // The question itself is on the first screen.
    const heading = await answer.getByRole("heading", { level: 2 }).boundingBox();
    expect(heading!.y + heading!.height).toBeLessThanOrEqual(PHONE.height);
    // A screen reader meets them in the same order.
    expect(
      await answer.evaluate(
        (step, nav) => Boolean(step.compareDocumentPosition(nav) & Node.DOCUMENT_POSITION_FOLLOWING),
        await questions.elementHandle(),
      ),
    ).toBe(true);
  });

  it("offers a resource's Find it and “Know where this is? Suggest the link” within the screen", async () => {
    const page = browser.page();
    await page.setViewportSize(PHONE);
    const { suggest, boxes } = await resourceLinks(page, "restrain-yourself-toolkit");
    for (const [name, box] of boxes) {
      expect(box.x, name).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, name).toBeLessThanOrEqual(PHONE.width);
    }
    await followSuggestLink(page, suggest, "restrain-yourself-toolkit");
    expect(browser.session().cspViolations()).toEqual([]);
  });

  it("does not move the page when the app takes it over (header and canvas box are in the first HTML)", async () => {
    const page = browser.page();
    await page.setViewportSize(PHONE);
    await page.addInitScript(() => {
      window.layoutShifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          const userCaused = "hadRecentInput" in entry && entry.hadRecentInput === true;
          if ("value" in entry && typeof entry.value === "number" && !userCaused) {
            window.layoutShifts = (window.layoutShifts ?? 0) + entry.value;
          }
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    for (const view of ["/", "/node/six-core-strategies", "/node/restrain-yourself-toolkit", "/org/mersey-care"]) {
      await openView(page, view);
      // The takeover's effects (the focus's selection, the curation check) have run by the next frames.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      expect(await page.evaluate(() => window.layoutShifts), view).toBeLessThanOrEqual(0.02);
    }
  });

  it("screenshots: the landing page, a resource and a guided route at 390 px", async () => {
    const page = browser.page();
    await page.setViewportSize(PHONE);
    for (const [name, view] of [
      ["landing", "/"],
      // A resource, not a framework: it has the byline, "Find it" and "Suggest the link".
      ["resource", "/node/restrain-yourself-toolkit"],
      ["guided-route", "/routes/family-or-carer"],
    ] as const) {
      await openView(page, view);
      await screenshot(page, `${name}-390`);
    }
  });
});

describe("journey: on a phone without JavaScript", () => {
  const browser = withBrowserPage({ javaScriptEnabled: false });

  it("shows the views' links instead of a Menu button that could not work", async () => {
    const page = browser.page();
    await page.setViewportSize(PHONE);
    await page.goto(`${baseUrl()}/node/six-core-strategies`);
    expect(await page.getByRole("button", { name: "Menu" }).isVisible()).toBe(false);
    const coverage = page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Coverage" });
    expect(await coverage.isVisible()).toBe(true);
    expect(await sideways(page)).toEqual({ scroll: 0, over: [] });
    await coverage.click();
    await page.waitForURL((url) => url.pathname === "/coverage");
  });
});
