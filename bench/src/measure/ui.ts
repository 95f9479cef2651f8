import type { BrowserContext, Page } from "playwright-core";
import { launchChromium } from "@rrn/testkit/browser";
import { log } from "../log.js";
import { percentile, round, summarise, type Summary } from "../stats.js";
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
  /**
   * Median milliseconds from navigation to each step, per page (see PHASE_SCRIPT): where the
   * app's time goes that the bare page does not spend.
   */
  phases: { app: Phases; bare: Phases };
  /** The app's median frame, in ms, while its drawn view is panned for 60 frames (16.7 is smooth). */
  frameP50Ms?: number;
  /** Only at the largest size: the same bare page with Cytoscape's WebGL renderer. */
  webgl?: { drawn: Summary; frameMsCanvas: number; frameMsWebgl: number; available: boolean; error?: string };
}

/** Step name → ms since navigation start (p50 over the measured repetitions). */
export type Phases = Record<string, number>;

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

/**
 * Instrumentation, the same in both pages: every fetch is recorded with its GraphQL operation
 * name (matched to its Resource Timing entry afterwards for the time the body was in), the
 * first render into #root is marked, and window.cy gets a setter that marks when the Cytoscape
 * instance is created, when cy.layout() is called and when each layout starts and stops (so a
 * second layout shows up).
 */
const PHASE_SCRIPT = `(() => {
  const ops = (window.__benchOps = []);
  const realFetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    let name;
    try {
      const body = init && typeof init.body === "string" ? JSON.parse(init.body) : undefined;
      name = body && (body.operationName || ((body.query || "").match(/(?:query|mutation)\\s+(\\w+)/) || [])[1]);
    } catch {}
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    ops.push({ name: name || new URL(url, location.href).pathname, start: performance.now() });
    return realFetch(input, init);
  };
  new MutationObserver((_, obs) => {
    const root = document.getElementById("root");
    if (root && root.firstChild) { performance.mark("bench:first-render"); obs.disconnect(); }
  }).observe(document, { childList: true, subtree: true });
  let current;
  Object.defineProperty(window, "cy", {
    configurable: true,
    get() { return current; },
    set(v) {
      current = v;
      if (!v || typeof v.on !== "function") return;
      performance.mark("bench:cy-created");
      const layout = v.layout;
      v.layout = function (...args) { performance.mark("bench:layout-called"); return layout.apply(this, args); };
      v.on("layoutstart", () => performance.mark("bench:layout-start"));
      v.on("layoutstop", () => performance.mark("bench:layout-stop"));
    },
  });
})();`;

/** Reads the marks and timings PHASE_SCRIPT left, once the graph is drawn. */
const COLLECT_SCRIPT = `(() => {
  const out = {};
  const nav = performance.getEntriesByType("navigation")[0];
  if (nav) out["html"] = nav.responseEnd;
  const resources = performance.getEntriesByType("resource");
  for (const r of resources) {
    const file = new URL(r.name).pathname;
    if (/\\.js$/.test(file)) out["js " + file.split("/").pop().replace(/-[\\w-]{8}\\.js$/, ".js")] = r.responseEnd;
  }
  const fcp = performance.getEntriesByName("first-contentful-paint")[0];
  if (fcp) out["first paint"] = fcp.startTime;
  const marks = performance.getEntriesByType("mark");
  const first = (n) => marks.find((m) => m.name === n);
  const last = (n) => [...marks].reverse().find((m) => m.name === n);
  if (first("bench:first-render")) out["react render"] = first("bench:first-render").startTime;
  if (first("bench:cy-created")) out["cy created"] = first("bench:cy-created").startTime;
  if (first("bench:layout-called")) out["layout called"] = first("bench:layout-called").startTime;
  // fcose computes first and emits layoutstart only as it applies the positions.
  if (first("bench:layout-start")) out["layout positions"] = first("bench:layout-start").startTime;
  if (last("bench:layout-stop")) out["layout stop"] = last("bench:layout-stop").startTime;
  out["layouts run"] = marks.filter((m) => m.name === "bench:layout-start").length;
  // Each fetch's Resource Timing entry is the unused one for its URL that started closest to it.
  const used = new Set();
  for (const op of window.__benchOps || []) {
    const entry = resources
      .filter((r) => !used.has(r) && (r.initiatorType === "fetch") && Math.abs(r.startTime - op.start) < 50)
      .sort((a, b) => Math.abs(a.startTime - op.start) - Math.abs(b.startTime - op.start))[0];
    if (entry) used.add(entry);
    out["fetch " + op.name + " start"] = op.start;
    if (entry) out["fetch " + op.name + " end"] = entry.responseEnd;
  }
  out["drawn"] = window.__benchDrawnAt;
  return out;
})()`;

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

/**
 * The median frame while the view is panned a few pixels per frame for 60 frames (half one way,
 * half back), as a reader dragging the graph: each frame's time includes Cytoscape redrawing.
 */
const PAN_SCRIPT = `(async () => {
  const cy = window.cy;
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  await frame();
  const times = [];
  let last = performance.now();
  for (let i = 0; i < 60; i++) {
    cy.panBy(i < 30 ? { x: 6, y: 3 } : { x: -6, y: -3 });
    await frame();
    const now = performance.now();
    times.push(now - last);
    last = now;
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
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
    data?: {
      graph: { nodes: { id: string; label: string }[]; edges: { id: string; source: string; target: string }[] };
    } | null;
    errors?: { message: string }[];
  };
  if (!json.data?.graph) throw new Error(`graph(limit: ${limit}) failed: ${JSON.stringify(json.errors ?? json)}`);
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

/** A page stuck in software WebGL must not hold the run: give close() 10 s, then move on. */
async function closePage(page: Page): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    page.close({ runBeforeUnload: false }).catch(() => undefined),
    new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        log(`  (a page did not close within 10 s; the browser is killed at the end if it still hangs)`);
        resolve();
      }, 10_000);
    }),
  ]);
  clearTimeout(timer);
}

export async function drawnWithPhases(context: BrowserContext, url: string, timeout = 120_000): Promise<Phases> {
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction(() => (window as { __benchDrawnAt?: number }).__benchDrawnAt !== undefined, undefined, {
      timeout,
    });
    return await page.evaluate<Phases>(COLLECT_SCRIPT);
  } finally {
    await closePage(page);
  }
}

/** Every page of the context reports its phases and when its graph was drawn. */
export async function instrument(context: BrowserContext): Promise<void> {
  await context.addInitScript(PHASE_SCRIPT);
  await context.addInitScript(READY_SCRIPT);
}

async function timeToDrawn(context: BrowserContext, url: string, timeout = 120_000): Promise<number> {
  return (await drawnWithPhases(context, url, timeout))["drawn"]!;
}

/** p50 per step over repetitions; a step missing from some runs is summarised over the rest. */
export function medianPhases(runs: readonly Phases[]): Phases {
  const names = [...new Set(runs.flatMap((r) => Object.keys(r)))];
  const out: Phases = {};
  for (const n of names) {
    const values = runs.map((r) => r[n]).filter((v): v is number => typeof v === "number" && Number.isFinite(v));
    if (values.length) out[n] = Math.round(percentile(values, 50));
  }
  return Object.fromEntries(Object.entries(out).sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])));
}

/** One line per page: steps in time order, "name start→end" for fetches. */
export function formatPhases(phases: Phases): string {
  const parts: string[] = [];
  for (const [name, ms] of Object.entries(phases)) {
    if (name === "layouts run") continue;
    const fetch = /^fetch (.+) (start|end)$/.exec(name);
    if (fetch) {
      if (fetch[2] === "end") continue;
      parts.push(`${fetch[1]} ${ms}→${phases[`fetch ${fetch[1]} end`] ?? "?"}`);
    } else parts.push(`${name} ${ms}`);
  }
  return `${parts.join(" | ")} (layouts run: ${phases["layouts run"] ?? "?"})`;
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
    await closePage(page);
  }
}

/** The median frame while panning the drawn view at `url` (PAN_SCRIPT). */
async function panFrameMs(context: BrowserContext, url: string): Promise<number> {
  const page: Page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction(() => (window as { __benchDrawnAt?: number }).__benchDrawnAt !== undefined, undefined, {
      timeout: 120_000,
    });
    return await page.evaluate<number>(PAN_SCRIPT);
  } finally {
    await closePage(page);
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
  const browser = await launchChromium();
  const { context } = browser;
  await instrument(context);
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
        const appRuns: Phases[] = [];
        const bareRuns: Phases[] = [];
        for (let i = 0; i < repetitions; i++) {
          appRuns.push(await drawnWithPhases(context, appUrl));
          bareRuns.push(await drawnWithPhases(context, bare.url));
        }
        const a = summarise(appRuns.map((r) => r["drawn"]!));
        const b = summarise(bareRuns.map((r) => r["drawn"]!));
        const m: UiMeasurement = {
          target,
          elements: elements.length,
          nodes,
          nodeLimit: limit,
          app: a,
          bare: b,
          ratio: round(a.p50 / b.p50),
          phases: { app: medianPhases(appRuns), bare: medianPhases(bareRuns) },
        };
        log(
          `  ~${target} elements (${elements.length}: ${nodes} nodes, limit ${limit}): app p50 ${a.p50} ms p95 ${a.p95} | bare p50 ${b.p50} ms p95 ${b.p95} | ×${m.ratio}`,
        );
        // Panning, on the app's own canvas: the median of three runs' medians.
        const pans = await repeat(3, () => panFrameMs(context, appUrl));
        m.frameP50Ms = round(pans.sort((x, y) => x - y)[1]!);
        log(`    app frame while panning: p50 ${m.frameP50Ms} ms (runs ${pans.map(round).join(", ")})`);
        log(`    app phases (p50 ms): ${formatPhases(m.phases.app)}`);
        log(`    bare phases (p50 ms): ${formatPhases(m.phases.bare)}`);
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
    await browser.close();
  }
  return results;
}
