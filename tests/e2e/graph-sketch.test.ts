import { describe, expect, it } from "vitest";
import type { Page, Route } from "playwright-core";
import { openView } from "./support/app.js";
import { screenshot } from "./support/browser.js";
import { waitForGraph } from "./support/graph-state.js";
import { withBrowserPage } from "./support/with-browser-page.js";

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Where the sketch draws some nodes (their shapes, on screen), and the box it fills. */
const sketchBoxes = (page: Page, ids: readonly string[]) =>
  page.evaluate((wanted) => {
    const box = (el: Element | null): Box | null => {
      const r = el?.getBoundingClientRect();
      return r ? { x: r.x, y: r.y, w: r.width, h: r.height } : null;
    };
    const shapes = Object.fromEntries(
      wanted.map((id) => {
        const shape = document.querySelector(`[data-testid="graph-sketch"] [data-node-id="${id}"] > :last-child`);
        return [id, { box: box(shape), plainBorder: shape?.getAttribute("stroke-width") === "1.5" }];
      }),
    );
    return { shapes, frame: box(document.querySelector(".graph-box")) };
  }, ids);

/** Where Cytoscape draws the same nodes (shape only), in page coordinates, and its container. */
const canvasBoxes = (page: Page, ids: readonly string[]) =>
  page.evaluate((wanted) => {
    const cy = window.cy;
    const container = cy?.container();
    const origin = container?.getBoundingClientRect();
    if (!cy || !origin) return null;
    const shapes = Object.fromEntries(
      wanted.map((id) => {
        const bb = cy.getElementById(id).renderedBoundingBox({ includeLabels: false, includeOverlays: false });
        return [id, { x: origin.x + bb.x1, y: origin.y + bb.y1, w: bb.w, h: bb.h }];
      }),
    );
    return { shapes, frame: { x: origin.x, y: origin.y, w: origin.width, h: origin.height } };
  }, ids);

/** The chunk GraphWorkspace loads Cytoscape with (client/src/components/load-graph-canvas.ts). */
const CANVAS_CHUNK = /\/assets\/GraphCanvas-[^/]*\.js$/;

const centre = (b: Box) => ({ x: b.x + b.w / 2, y: b.y + b.h / 2 });

/**
 * Holds the Cytoscape canvas chunk until `release` is called, recording whether the sketch was
 * already on screen when the browser asked for it.
 */
async function holdCanvasChunk(page: Page) {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  const seen: { sketchDrawn: boolean }[] = [];
  const inFlight: Promise<void>[] = [];
  let asked: () => void = () => undefined;
  // The drawing is in the page's HTML, so the test reaches its checks before the app has asked
  // for the canvas (it does when idle): release only what was asked for, or the route is gone
  // when the request comes.
  const requested = new Promise<void>((resolve) => (asked = resolve));
  const handler = (route: Route) => {
    asked();
    const handled = (async () => {
      seen.push({ sketchDrawn: (await page.locator('[data-testid="graph-sketch"] svg').count()) > 0 });
      await held;
      await route.continue();
    })();
    inFlight.push(handled);
    return handled;
  };
  await page.route(CANVAS_CHUNK, handler);
  return {
    seen,
    release: async () => {
      await requested;
      release();
      // Every held request continues before the route goes, or Playwright would answer it twice.
      await Promise.all(inFlight);
      await page.unroute(CANVAS_CHUNK, handler);
    },
  };
}

// A visitor on a slow phone sees the graph as soon as the data is there; the interactive canvas
// arrives later and must not move anything when it replaces the drawing.
describe("the graph drawn before the canvas", () => {
  const browser = withBrowserPage();

  for (const view of ["/", "/org/mersey-care"]) {
    it(`draws ${view} as an SVG first, then Cytoscape takes over at the same place and zoom`, async () => {
      const page = browser.page();
      await page.setViewportSize({ width: 1280, height: 800 });
      const chunk = await holdCanvasChunk(page);
      await openView(page, view);
      const sketch = page.getByRole("img", { name: /: a drawing of \d+ nodes? and \d+ relationships?\. The List tab/ });
      await sketch.waitFor();
      // No Cytoscape yet: its chunk is held back, and the page is whole without it.
      expect(await page.locator('[data-testid="graph-canvas"]').count()).toBe(0);
      expect(await page.evaluate(() => window.cy === undefined)).toBe(true);
      const ids = await page
        .locator('[data-testid="graph-sketch"] [data-node-id]')
        .evaluateAll((els) => els.slice(0, 6).map((el) => el.getAttribute("data-node-id") ?? ""));
      expect(ids.length).toBeGreaterThan(1);
      const before = await sketchBoxes(page, ids);
      await screenshot(page, `graph-sketch${view.replaceAll("/", "-")}-before-canvas`);

      await chunk.release();
      await waitForGraph(page);
      await page.locator('[data-testid="graph-sketch"]').waitFor({ state: "detached" });
      const after = await canvasBoxes(page, ids);
      await screenshot(page, `graph-sketch${view.replaceAll("/", "-")}-canvas`);

      // The browser asked for Cytoscape only after the sketch was on screen.
      expect(chunk.seen.length).toBeGreaterThan(0);
      expect(chunk.seen.every((s) => s.sketchDrawn)).toBe(true);
      if (!after || !before.frame) throw new Error("no canvas or no sketch box");
      // The canvas fills the box the sketch filled.
      for (const k of ["x", "y", "w", "h"] as const) expect(Math.abs(after.frame[k] - before.frame[k])).toBeLessThan(1);
      // Each node's shape is where the sketch drew it, within a few pixels (borders are drawn
      // slightly differently), at the same size.
      for (const id of ids) {
        const drawn = before.shapes[id]?.box;
        const live = after.shapes[id];
        if (!drawn || !live) throw new Error(`node ${id} missing`);
        const [a, b] = [centre(drawn), centre(live)];
        expect(Math.abs(a.x - b.x), `${id} x`).toBeLessThan(3);
        expect(Math.abs(a.y - b.y), `${id} y`).toBeLessThan(3);
        // The same size, where the border is the plain one (Cytoscape counts borders in, the SVG's box does not).
        if (before.shapes[id]?.plainBorder) expect(Math.abs(drawn.w - live.w), `${id} width`).toBeLessThan(3);
      }
      expect(browser.session().cspViolations()).toEqual([]);
    });
  }

  it("loads the canvas at the first pointer on the graph when the browser never idles", async () => {
    const page = await browser.session().context.newPage();
    try {
      // A browser busy for ever: only the visitor's pointer can bring the canvas in.
      await page.addInitScript(() => {
        window.requestIdleCallback = () => 0;
      });
      const requested: string[] = [];
      page.on("request", (req) => {
        if (CANVAS_CHUNK.test(req.url())) requested.push(req.url());
      });
      await openView(page, "/org/mersey-care");
      await page.locator('[data-testid="graph-sketch"] svg').waitFor();
      expect(requested).toEqual([]);
      await page.locator(".graph-box").hover();
      await waitForGraph(page);
      expect(requested).toHaveLength(1);
      await page.locator('[data-testid="graph-sketch"]').waitFor({ state: "detached" });
    } finally {
      await page.close();
    }
  });

  it("waits for the first touch on a touch screen, where the drawing is what most visits need", async () => {
    const instance = browser.session().context.browser();
    if (!instance) throw new Error("no browser");
    const phone = await instance.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
      deviceScaleFactor: 2,
    });
    try {
      const page = await phone.newPage();
      const requested: string[] = [];
      page.on("request", (req) => {
        if (CANVAS_CHUNK.test(req.url())) requested.push(req.url());
      });
      await openView(page, "/node/six-core-strategies");
      await page.locator('[data-testid="graph-sketch"] svg').waitFor();
      // Idle time comes and goes: still no Cytoscape until the visitor touches the graph.
      await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 500))));
      expect(requested).toEqual([]);
      expect(await page.evaluate(() => window.cy === undefined)).toBe(true);
      await page.locator(".graph-box").tap();
      await waitForGraph(page);
      expect(requested).toHaveLength(1);
    } finally {
      await phone.close();
    }
  });
});
