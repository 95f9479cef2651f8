import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import neo4j, { type Driver } from "neo4j-driver";
import { z } from "zod";
import { NODE_LABELS } from "@rrn/model";
import { pollUntil } from "@rrn/testkit/poll";
import { log } from "../log.js";
import { round, summarise, type Summary } from "../stats.js";
import { repoRoot } from "@rrn/testkit/paths";
import type { PageFigures } from "./pages.js";

/**
 * The read path on the real seed graph, as a visitor meets it:
 *
 * - warm: the landing page's overview request, exactly as the browser sends it (the GET URL the
 *   built HTML shell preloads, with the browser's Accept-Encoding and preflight header), at N
 *   connections, vs a bare Node server answering the very same bytes and headers;
 * - cold: the same request with the server's response cache switched off
 *   (RESPONSE_CACHE_MAX_BYTES=0, so every request runs Cypher, GraphQL and serialisation), vs
 *   fetching every node and relationship with its evidence straight through neo4j-driver;
 * - Lighthouse 12 scores for the nine pages the targets name (mobile default profile; desktop performance).
 */
export interface ReadMeasurement {
  graph: { nodes: number; relationships: number };
  /** The explorer's pages warm, each vs a bare server sending its bytes (./pages.ts). */
  pages?: PageFigures[];
  warm: {
    connections: number;
    seconds: number;
    url: string;
    encoding: string;
    bytes: number;
    api: LoadFigures;
    floor: LoadFigures;
    /** API req/s ÷ floor req/s (target ≥ 0.5). */
    ratio: number;
  };
  cold: {
    api: Summary;
    raw: Summary;
    /** API p50 ÷ raw p50. */
    ratio: number;
    /** The very first overview after start (layout computed for this graph version), ms. */
    firstRequestMs: number;
  };
  lighthouse: Record<string, LighthouseFigures>;
}

export interface LoadFigures {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}

export interface LighthouseScores {
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  seo: number | null;
  fcpMs: number | null;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
}

export type LighthouseFigures =
  { path: string; mobile: LighthouseScores; desktop: LighthouseScores } | { path: string; error: string };

/** The nine pages the page targets name (pages.ts), by a short name. */
export const LIGHTHOUSE_VIEWS: Record<string, string> = {
  overview: "/",
  node: "/node/six-core-strategies",
  lineage: "/node/six-core-strategies/lineage",
  org: "/org/mersey-care",
  path: "/path?from=mersey-care&to=six-core-strategies",
  coverage: "/coverage",
  route: "/routes/family-or-carer",
  timeline: "/timeline",
  insights: "/insights",
};

/** What Chromium sends with a fetch() from the explorer (plus the header Apollo's CSRF check asks of GETs). */
const BROWSER_HEADERS = {
  accept: "application/graphql-response+json, application/json",
  "accept-encoding": "gzip, deflate, br, zstd",
  "apollo-require-preflight": "true",
};

const preloadFile = z.object({ routes: z.array(z.object({ pattern: z.string(), urls: z.array(z.string()) })) });

/** The landing page's overview request, as the built HTML shell preloads it (client build's preload.json). */
export function overviewUrl(clientDist: string): string {
  const table = preloadFile.parse(JSON.parse(readFileSync(path.join(clientDist, "preload.json"), "utf8")));
  const url = table.routes.find((r) => r.pattern === "/")?.urls.find((u) => u.includes("operationName=Overview"));
  if (!url) throw new Error(`${clientDist}/preload.json lists no Overview request for /`);
  return url;
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** One GET with the raw bytes kept (fetch would decompress them). */
export function rawGet(url: string, headers: Record<string, string>): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on("error", reject);
      })
      .on("error", reject);
  });
}

async function timedGet(url: string): Promise<number> {
  const t = performance.now();
  const res = await rawGet(url, BROWSER_HEADERS);
  const ms = performance.now() - t;
  if (res.status !== 200) throw new Error(`GET ${url.slice(0, 80)}… answered ${res.status}`);
  return ms;
}

export async function load(
  url: string,
  connections: number,
  seconds: number,
  headers: Record<string, string> = BROWSER_HEADERS,
): Promise<LoadFigures> {
  const r = await autocannon({ url, headers, connections, duration: seconds, timeout: 10 });
  return {
    rps: Math.round(r.requests.average),
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    errors: r.errors + r.timeouts + r.non2xx,
  };
}

/**
 * The app's URL and the floor's, loaded in alternating halves (app, floor, app, floor) so load
 * from other processes hits both sides alike; each side's figures are the two halves' mean.
 */
export async function loadAgainstFloor(
  url: string,
  floorUrl: string,
  connections: number,
  seconds: number,
  headers: Record<string, string> = BROWSER_HEADERS,
): Promise<{ api: LoadFigures; bare: LoadFigures; seconds: number }> {
  const half = Math.max(1, Math.round(seconds / 2));
  const api1 = await load(url, connections, half, headers);
  const floor1 = await load(floorUrl, connections, half, headers);
  const api2 = await load(url, connections, half, headers);
  const floor2 = await load(floorUrl, connections, half, headers);
  const mean = (a: LoadFigures, b: LoadFigures): LoadFigures => ({
    rps: Math.round((a.rps + b.rps) / 2),
    p50Ms: Math.max(a.p50Ms, b.p50Ms),
    p99Ms: Math.max(a.p99Ms, b.p99Ms),
    errors: a.errors + b.errors,
  });
  return { api: mean(api1, api2), bare: mean(floor1, floor2), seconds: half * 2 };
}

/** Starts bare-bytes-server.ts answering `response` on `port`. */
export async function startFloor(
  response: RawResponse,
  port: number,
  /** "all": every header the API sent but those Node writes itself, as a page's floor must (its security headers are part of its bytes). */
  headerSet: "caching" | "all" = "caching",
): Promise<{ url: string; stop: () => Promise<void> }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "rrn-read-floor-"));
  const file = path.join(dir, "response.json");
  const own = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length"]);
  const keep =
    headerSet === "all"
      ? Object.keys(response.headers).filter((h) => !own.has(h))
      : ["content-type", "content-encoding", "etag", "cache-control", "vary", "x-graph-version"];
  const headers = Object.fromEntries(
    keep.flatMap((h) => {
      const v = response.headers[h];
      return typeof v === "string" ? [[h, v]] : [];
    }),
  );
  writeFileSync(file, JSON.stringify({ headers, bodyBase64: response.body.toString("base64") }));
  const child: ChildProcess = spawn(
    path.join(repoRoot, "node_modules/.bin/tsx"),
    [path.join(import.meta.dirname, "bare-bytes-server.ts"), file, String(port)],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout?.once("data", () => resolve());
    child.once("exit", (code) => reject(new Error(`bare server exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      child.kill("SIGTERM");
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function measureWarm(
  apiUrl: string,
  requestPath: string,
  connections: number,
  seconds: number,
  floorPort: number,
): Promise<ReadMeasurement["warm"]> {
  const url = `${apiUrl}${requestPath}`;
  // Until it is cached (the first one may also compute the layout for this graph version).
  const outcome = await pollUntil(
    async () => {
      const res = await rawGet(url, BROWSER_HEADERS);
      return res.headers["x-cache"] === "HIT" ? res : undefined;
    },
    { timeoutMs: 5_000, intervalMs: 100 },
  );
  const response = "answer" in outcome ? outcome.answer : await rawGet(url, BROWSER_HEADERS);
  if (response.status !== 200 || response.headers["x-cache"] !== "HIT") {
    throw new Error(
      `the overview is not answered from the cache (HTTP ${response.status}, x-cache ${String(response.headers["x-cache"])})`,
    );
  }
  const floor = await startFloor(response, floorPort);
  try {
    const {
      api,
      bare,
      seconds: measured,
    } = await loadAgainstFloor(url, `${floor.url}${requestPath}`, connections, seconds);
    return {
      connections,
      seconds: measured,
      url: requestPath,
      encoding: String(response.headers["content-encoding"] ?? "identity"),
      bytes: response.body.length,
      api,
      floor: bare,
      ratio: round(api.rps / bare.rps, 3),
    };
  } finally {
    await floor.stop();
  }
}

/**
 * The floor for a cold overview: every public node and every relationship between them with its
 * evidence, in one read transaction, every record read — what the overview draws, with nothing
 * of the API's work (GraphQL, row checks, layout lookup, JSON, HTTP).
 */
export async function rawOverview(driver: Driver): Promise<number> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(async (tx) => {
      const labels = [...NODE_LABELS];
      const nodes = await tx.run(
        `MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) AND n.deletedAt IS NULL
         RETURN n.id AS id, labels(n)[0] AS type, coalesce(n.title, n.name) AS label, n.kind AS kind, n.year AS year`,
        { labels },
      );
      const rels = await tx.run(
        `MATCH (a)-[r]->(b) WHERE any(l IN labels(a) WHERE l IN $labels) AND any(l IN labels(b) WHERE l IN $labels)
         RETURN a.id AS source, b.id AS target, type(r) AS type, r.evidence AS evidence`,
        { labels },
      );
      return nodes.records.map((r) => r.toObject()).length + rels.records.map((r) => r.toObject()).length;
    });
  } finally {
    await session.close();
  }
}

export async function measureCold(
  coldApiUrl: string,
  requestPath: string,
  driver: Driver,
  repetitions: number,
): Promise<ReadMeasurement["cold"]> {
  const url = `${coldApiUrl}${requestPath}`;
  const firstRequestMs = round(await timedGet(url));
  for (let i = 0; i < 3; i++) {
    await timedGet(url);
    await rawOverview(driver);
  }
  const api: number[] = [];
  const raw: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    api.push(await timedGet(url));
    const t = performance.now();
    await rawOverview(driver);
    raw.push(performance.now() - t);
  }
  const a = summarise(api);
  const r = summarise(raw);
  return { api: a, raw: r, ratio: round(a.p50 / r.p50), firstRequestMs };
}

const lighthouseReport = z.object({
  categories: z.record(z.string(), z.object({ score: z.number().nullable() })),
  audits: z.record(z.string(), z.object({ numericValue: z.number().optional() }).loose()),
});

function scores(report: z.infer<typeof lighthouseReport>): LighthouseScores {
  const score = (id: string) => {
    const s = report.categories[id]?.score;
    return s === undefined || s === null ? null : Math.round(s * 100);
  };
  const metric = (id: string) => {
    const v = report.audits[id]?.numericValue;
    return v === undefined ? null : round(v, id === "cumulative-layout-shift" ? 3 : 0);
  };
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    fcpMs: metric("first-contentful-paint"),
    lcpMs: metric("largest-contentful-paint"),
    tbtMs: metric("total-blocking-time"),
    cls: metric("cumulative-layout-shift"),
  };
}

/** One Lighthouse run through its CLI, in Debian's Chromium (CHROME_PATH), headless. */
async function lighthouse(url: string, desktop: boolean): Promise<LighthouseScores> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "rrn-lighthouse-"));
  const out = path.join(dir, "report.json");
  const args = [
    url,
    "--output=json",
    `--output-path=${out}`,
    "--quiet",
    "--chrome-flags=--headless=new --no-sandbox",
    ...(desktop
      ? ["--preset=desktop", "--only-categories=performance"]
      : ["--only-categories=performance,accessibility,best-practices,seo"]),
  ];
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(path.join(repoRoot, "node_modules/.bin/lighthouse"), args, {
        env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" },
        stdio: ["ignore", "ignore", "pipe"],
      });
      let stderr = "";
      child.stderr?.on("data", (c: Buffer) => (stderr += c.toString()));
      child.once("exit", (code) =>
        code === 0 ? resolve() : reject(new Error(`lighthouse exited ${code}: ${stderr.trim().slice(-300)}`)),
      );
    });
    return scores(lighthouseReport.parse(JSON.parse(readFileSync(out, "utf8"))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Lighthouse for each view: the default (mobile) profile with all four categories, then desktop performance. */
export async function measureLighthouse(
  apiUrl: string,
  views: Record<string, string> = LIGHTHOUSE_VIEWS,
): Promise<Record<string, LighthouseFigures>> {
  const results: Record<string, LighthouseFigures> = {};
  for (const [name, viewPath] of Object.entries(views)) {
    try {
      // One visit first, so the view's data is cached as after any earlier visitor.
      await fetch(`${apiUrl}${viewPath}`).then((r) => r.arrayBuffer());
      const mobile = await lighthouse(`${apiUrl}${viewPath}`, false);
      const desktop = await lighthouse(`${apiUrl}${viewPath}`, true);
      results[name] = { path: viewPath, mobile, desktop };
      log(
        `  ${name.padEnd(9)} mobile perf ${mobile.performance} a11y ${mobile.accessibility} bp ${mobile.bestPractices} seo ${mobile.seo} ` +
          `(FCP ${mobile.fcpMs} ms, LCP ${mobile.lcpMs} ms, TBT ${mobile.tbtMs} ms, CLS ${mobile.cls}); desktop perf ${desktop.performance}`,
      );
    } catch (err) {
      const error = (err instanceof Error ? err.message : String(err)).slice(0, 300);
      log(`  ${name.padEnd(9)} FAILED: ${error}`);
      results[name] = { path: viewPath, error };
    }
  }
  return results;
}
