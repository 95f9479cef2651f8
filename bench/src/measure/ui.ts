import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { log } from "../log.js";
import { round, summarise, type Summary } from "../stats.js";
import { barePageHtml } from "./bare-page.js";
import { serveStatic } from "./static-server.js";

export interface UiMeasurement {
  /** Target element count (nodes + edges). */
  target: number;
  elements: number;
  nodes: number;
  nodeLimit: number;
  app: Summary;
  bare: Summary;
  ratio: number;
  /** Only at the largest size: the same bare page with Cytoscape's WebGL renderer. */
  webgl?: { drawn: Summary; frameMsCanvas: number; frameMsWebgl: number; available: boolean; error?: string };
}

interface Element {
  data: { id: string; label?: string; source?: string; target?: string };
}

/**
 * Marks the moment a laid-out graph is on screen: the app's canvas says data-layout="done"
 * (GraphCanvas.tsx) or the bare page sets __benchLayoutDone; one more animation frame later it
 * has been painted. Polled every frame in both pages alike.
 */
const READY_SCRIPT = `(() => {
  const tick = () => {
    const canvas = document.querySelector('[data-testid="graph-canvas"]');
    const appDone = canvas && canvas.dataset.layout === "done" && window.cy && window.cy.nodes().length > 0;
    if (appDone || window.__benchLayoutDone) {
      requestAnimationFrame(() => { window.__benchDrawnAt = performance.now(); });
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

const FRAME_SCRIPT = `(async () => {
  const cy = window.cy;
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  await frame();
  const t0 = performance.now();
  for (let i = 0; i < 30; i++) {
    cy.zoom(cy.zoom() * 1.03);
    await frame();
  }
  const webgl = Boolean(document.createElement("canvas").getContext("webgl2"));
  return { ms: (performance.now() - t0) / 30, webgl };
})()`;

async function graphElements(api: string, limit: number): Promise<Element[]> {
  const body = await fetch(`${api}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: `query($limit: Int!) { graph(limit: $limit) { nodes { id label } edges { id source target } } }`,
      variables: { limit },
    }),
  });
  const json = (await body.json()) as {
    data: {
      graph: { nodes: { id: string; label: string }[]; edges: { id: string; source: string; target: string }[] };
    };
  };
  const g = json.data.graph;
  return [
    ...g.nodes.map((n) => ({ data: { id: n.id, label: n.label } })),
    ...g.edges.map((e) => ({ data: { id: e.id, source: e.source, target: e.target } })),
  ];
}

/** The node limit (≤ 1000, the API's maximum) whose overview has about `target` elements. */
async function limitFor(api: string, target: number): Promise<{ limit: number; elements: Element[] }> {
  let lo = 1;
  let hi = 1000;
  let best = { limit: hi, elements: await graphElements(api, hi) };
  if (best.elements.length <= target) return best;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    const elements = await graphElements(api, mid);
    if (Math.abs(elements.length - target) < Math.abs(best.elements.length - target)) best = { limit: mid, elements };
    if (elements.length < target) lo = mid + 1;
    else hi = mid;
  }
  return best;
}

async function timeToDrawn(context: BrowserContext, url: string, timeout = 120_000): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction(() => (window as { __benchDrawnAt?: number }).__benchDrawnAt !== undefined, undefined, {
      timeout,
    });
    return await page.evaluate(() => (window as unknown as { __benchDrawnAt: number }).__benchDrawnAt);
  } finally {
    await page.close();
  }
}

/** Mean time per frame while zooming in 30 steps: where a renderer shows its worth. */
async function frameMs(context: BrowserContext, url: string): Promise<{ ms: number; webgl: boolean }> {
  const page: Page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction(() => (window as { __benchDrawnAt?: number }).__benchDrawnAt !== undefined, undefined, {
      timeout: 60_000,
    });
    // A string, not a function: tsx (esbuild keepNames) wraps functions in a `__name` helper that
    // does not exist inside the page.
    return await page.evaluate<{ ms: number; webgl: boolean }>(FRAME_SCRIPT);
  } finally {
    await page.close();
  }
}

async function repeat(times: number, work: () => Promise<number>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < times; i++) out.push(await work());
  return out;
}

/**
 * Navigation → laid-out, painted graph in headless Chromium: the app's overview (`/?limit=N`,
 * test build so window.cy exists) against the bare Cytoscape page on the same elements.
 * Pages alternate so machine load hits both alike; the first of each is a discarded warm-up.
 */
export async function measureUi(
  api: string,
  targets: number[],
  repetitions: number,
  barePort: number,
): Promise<UiMeasurement[]> {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), "rrn-bench-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    viewport: { width: 1440, height: 900 },
    reducedMotion: "reduce",
  });
  await context.addInitScript(READY_SCRIPT);
  const results: UiMeasurement[] = [];
  try {
    for (const target of targets) {
      const { limit, elements } = await limitFor(api, target);
      const nodes = elements.filter((e) => !e.data.source).length;
      const bare = await serveStatic(barePort, {
        "/": { type: "text/html", body: barePageHtml() },
        "/elements.json": { type: "application/json", body: JSON.stringify(elements) },
      });
      try {
        const appUrl = `${api}/?limit=${limit}`;
        await timeToDrawn(context, appUrl);
        await timeToDrawn(context, bare.url);
        const app: number[] = [];
        const bareTimes: number[] = [];
        for (let i = 0; i < repetitions; i++) {
          app.push(await timeToDrawn(context, appUrl));
          bareTimes.push(await timeToDrawn(context, bare.url));
        }
        const a = summarise(app);
        const b = summarise(bareTimes);
        const m: UiMeasurement = {
          target,
          elements: elements.length,
          nodes,
          nodeLimit: limit,
          app: a,
          bare: b,
          ratio: round(a.p50 / b.p50),
        };
        log(
          `  ~${target} elements (${elements.length}: ${nodes} nodes, limit ${limit}): app p50 ${a.p50} ms p95 ${a.p95} | bare p50 ${b.p50} ms p95 ${b.p95} | ×${m.ratio}`,
        );
        if (target === Math.max(...targets)) {
          // Software WebGL (--disable-gpu) may be too slow to finish at all: a miss is a finding,
          // not a reason to lose the rest of the run.
          try {
            const drawn = summarise(await repeat(2, () => timeToDrawn(context, `${bare.url}/?webgl=1`, 60_000)));
            const canvas = await frameMs(context, bare.url);
            const gl = await frameMs(context, `${bare.url}/?webgl=1`);
            m.webgl = { drawn, frameMsCanvas: round(canvas.ms), frameMsWebgl: round(gl.ms), available: gl.webgl };
            log(
              `  WebGL renderer (WebGL2 ${gl.webgl ? "available" : "NOT available"}): drawn p50 ${drawn.p50} ms; zoom frame ${m.webgl.frameMsWebgl} ms vs canvas ${m.webgl.frameMsCanvas} ms`,
            );
          } catch (err) {
            const error = (err instanceof Error ? err.message : String(err)).split("\n")[0]!;
            m.webgl = {
              drawn: { p50: Number.NaN, p95: Number.NaN, n: 0 },
              frameMsCanvas: Number.NaN,
              frameMsWebgl: Number.NaN,
              available: false,
              error,
            };
            log(`  WebGL renderer: did not draw (${error})`);
          }
        }
        results.push(m);
      } finally {
        await bare.close();
      }
    }
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
  return results;
}
