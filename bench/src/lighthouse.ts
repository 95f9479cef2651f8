/**
 * `npm run bench:lighthouse -- [--write] [--base URL] [--runs N] [PATH …]`: Lighthouse 12 (the last major
 * that runs on Node 20), default mobile profile, against pages of a running explorer (default
 * http://localhost:4000, e.g. from `npm start`; or a static export served by any file server),
 * in Debian's Chromium like every other browser measurement here; each page N times (default 5),
 * reporting the run with the median performance score. Without paths, the nine pages
 * the page targets name. Prints each page's category scores, total blocking time, largest
 * contentful paint, layout shift and every audit that did not pass; `--write` keeps them in
 * bench/results/lighthouse[-<name>].json (`--name static` for a static export). `npm run
 * bench:read` measures the same pages on a server of its own. Exits 1 when a page's SEO is below 100.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { CHROMIUM } from "@rrn/testkit/browser";
import { repoRoot } from "@rrn/testkit/paths";
import { BENCH_PAGES } from "./measure/pages.js";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

const report = z.object({
  categories: z.record(z.string(), z.object({ title: z.string(), score: z.number().nullable() })),
  audits: z.record(
    z.string(),
    z.object({
      title: z.string(),
      score: z.number().nullable(),
      scoreDisplayMode: z.string(),
      numericValue: z.number().optional(),
    }),
  ),
});

type Report = z.infer<typeof report>;

/** Lighthouse's own advice: a page's scores move from run to run, so report the median of several. */
const RUNS_DEFAULT = 5;

function audit(url: string): Report {
  const dir = mkdtempSync(path.join(os.tmpdir(), "rrn-lighthouse-"));
  const output = path.join(dir, "report.json");
  try {
    const res = spawnSync(
      path.join(repoRoot, "node_modules/.bin/lighthouse"),
      [
        url,
        `--only-categories=${CATEGORIES.join(",")}`,
        "--chrome-flags=--headless=new --no-sandbox",
        "--output=json",
        `--output-path=${output}`,
        "--quiet",
      ],
      { stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, CHROME_PATH: CHROMIUM } },
    );
    if (res.status !== 0) throw new Error(`lighthouse failed on ${url} (exit ${res.status ?? "signal"})`);
    // Chromium sometimes loses a trace's start (NO_NAVSTART): Lighthouse then exits 1 having
    // measured nothing, and that run is simply not counted (see auditMedian).
    return report.parse(JSON.parse(readFileSync(output, "utf8")));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The run with the median performance score of `runs` (a failed run is tried again, at most twice per page). */
function auditMedian(url: string, runs: number): { median: Report; performances: number[] } {
  const done: Report[] = [];
  let failures = 0;
  while (done.length < runs) {
    try {
      done.push(audit(url));
    } catch (error) {
      if (++failures > 2) throw error;
      console.warn(`  ${(error as Error).message}; measuring again`);
    }
  }
  const perf = (r: Report) => r.categories.performance?.score ?? 0;
  const sorted = [...done].sort((a, b) => perf(a) - perf(b));
  return { median: sorted[Math.floor(sorted.length / 2)]!, performances: done.map((r) => Math.round(perf(r) * 100)) };
}

const args = process.argv.slice(2).filter((a) => a !== "--");
const runsAt = args.indexOf("--runs");
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : RUNS_DEFAULT;
if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs takes a whole number of runs, at least 1");
const write = args.includes("--write");
const baseAt = args.indexOf("--base");
const nameAt = args.indexOf("--name");
const name = nameAt >= 0 ? args[nameAt + 1] : undefined;
const base = (baseAt >= 0 ? args[baseAt + 1] : undefined) ?? "http://localhost:4000";
const paths = args.filter(
  (a, i) => !a.startsWith("--") && ![baseAt, nameAt, runsAt].some((at) => at >= 0 && i === at + 1),
);

const pages: Record<string, unknown>[] = [];
let seoBelowTarget = false;
for (const page of paths.length > 0 ? paths : BENCH_PAGES) {
  const url = new URL(page, base).href;
  const { median: result, performances } = auditMedian(url, runs);
  const score = (id: string) => Math.round((result.categories[id]?.score ?? 0) * 100);
  const value = (id: string) => result.audits[id]?.numericValue;
  const failed = Object.entries(result.audits)
    .filter(([, a]) => a.score !== null && a.score < 1 && ["binary", "numeric"].includes(a.scoreDisplayMode))
    .map(([id]) => id);
  const figures = {
    page,
    performance: score("performance"),
    performanceRuns: performances,
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    totalBlockingTimeMs: Math.round(value("total-blocking-time") ?? NaN),
    largestContentfulPaintMs: Math.round(value("largest-contentful-paint") ?? NaN),
    cumulativeLayoutShift: Number((value("cumulative-layout-shift") ?? NaN).toFixed(3)),
    firstContentfulPaintMs: Math.round(value("first-contentful-paint") ?? NaN),
    notPassed: failed,
  };
  pages.push(figures);
  console.log(
    `${page}\n  performance ${figures.performance} (runs ${performances.join(", ")})  accessibility ${figures.accessibility}  best practices ${figures.bestPractices}  SEO ${figures.seo}` +
      `\n  TBT ${figures.totalBlockingTimeMs} ms  LCP ${figures.largestContentfulPaintMs} ms  CLS ${figures.cumulativeLayoutShift}  FCP ${figures.firstContentfulPaintMs} ms` +
      (failed.length ? `\n  not passed: ${failed.join(", ")}` : ""),
  );
  if (figures.seo < 100) seoBelowTarget = true;
}
if (write) {
  const file = path.join(repoRoot, `bench/results/lighthouse${name ? `-${name}` : ""}.json`);
  const load = os.loadavg().map((l) => Number(l.toFixed(2)));
  writeFileSync(
    file,
    `${JSON.stringify({ measuredAt: new Date().toISOString(), base, profile: "Lighthouse 12.2.3 default (mobile)", runsPerPage: runs, reported: "the run with the median performance score", loadAverage: load, pages }, null, 2)}\n`,
  );
  console.log(`written to ${path.relative(repoRoot, file)}`);
}
process.exitCode = seoBelowTarget ? 1 : 0;
