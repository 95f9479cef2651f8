import type { AddressInfo } from "node:net";
import http from "node:http";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Freshness } from "../read-cache/freshness.js";
import { codingFor, createPageCache, STALE_PAGE_META, type PageRenderer, type PageRequest } from "./page-cache.js";

/** A renderer whose pages say how often they were made, and which fails on request. */
function countingRenderer() {
  const renders: string[] = [];
  let failing = false;
  const renderer: PageRenderer = {
    keyOf: (page) => `${page.fetchMetadata ? "fm" : "-"} ${page.path}`,
    render: (page: PageRequest) => {
      if (failing && page.path.startsWith("/node/")) return Promise.reject(new Error("database unavailable"));
      renders.push(page.path);
      const status = page.path.includes("missing") ? 404 : 200;
      const body = `<p>${page.path} ${"x".repeat(2000)} ${page.fetchMetadata ? "with preloads" : ""}</p>`;
      return Promise.resolve({
        status,
        html: `<html><head><title>${page.path}</title></head><body>${body}</body></html>`,
      });
    },
    unavailable: () => ({ status: 503, html: "<html><head></head><body>unavailable</body></html>" }),
  };
  return { renderer, renders, fail: (on: boolean) => (failing = on) };
}

describe("page cache", () => {
  let freshness: Freshness = { state: "fresh", version: "1-a" };
  const pages = countingRenderer();
  const cache = createPageCache({
    renderer: pages.renderer,
    freshness: () => freshness,
    maxBytes: 1024 * 1024,
    baseOf: () => "http://localhost",
  });
  let server: http.Server;
  let url: string;

  beforeAll(async () => {
    const app = express();
    app.get(/.*/, cache.handler);
    server = http.createServer(app);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${url}${path}`, { headers });

  it("renders a page once per version and key, and answers repeats from memory with a strong ETag and 304", async () => {
    const first = await get("/coverage", { "accept-encoding": "identity" });
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"1-a\.[\w-]{22}"$/);
    expect(first.headers.get("cache-control")).toBe("no-cache");
    expect(first.headers.get("vary")).toBe("Accept-Encoding, Sec-Fetch-Mode");
    const body = await first.text();
    const again = await get("/coverage", { "accept-encoding": "identity" });
    expect(await again.text()).toBe(body);
    expect(again.headers.get("etag")).toBe(etag);
    const revalidated = await get("/coverage", { "accept-encoding": "identity", "if-none-match": etag! });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe("");
    expect(pages.renders.filter((p) => p === "/coverage")).toHaveLength(1);
  });

  it("sends brotli or gzip as accepted, each with its own validator", async () => {
    const plain = await get("/timeline", { "accept-encoding": "identity" });
    const text = await plain.text();
    const br = await get("/timeline", { "accept-encoding": "gzip, deflate, br" });
    expect(br.headers.get("content-encoding")).toBe("br");
    expect(br.headers.get("etag")).toBe(`${plain.headers.get("etag")!.slice(0, -1)}-br"`);
    expect(Number(br.headers.get("content-length"))).toBeLessThan(text.length / 4);
    expect(await br.text()).toBe(text);
    const gz = await get("/timeline", { "accept-encoding": "gzip" });
    expect(gz.headers.get("content-encoding")).toBe("gzip");
    expect(gz.headers.get("etag")).toMatch(/-gz"$/);
    // A validator of another representation is not this one's.
    const other = await get("/timeline", { "accept-encoding": "gzip", "if-none-match": br.headers.get("etag")! });
    expect(other.status).toBe(200);
  });

  it("keeps pages with and without Fetch Metadata apart, and 404s as 404s", async () => {
    const withMetadata = await (await get("/insights", { "sec-fetch-mode": "navigate" })).text();
    // Node's fetch always sends Sec-Fetch-Mode; a bare request does not.
    const without = await new Promise<string>((resolve, reject) => {
      http
        .get(`${url}/insights`, (res) => {
          let text = "";
          res.setEncoding("utf8");
          res.on("data", (chunk: string) => (text += chunk));
          res.on("end", () => resolve(text));
        })
        .on("error", reject);
    });
    expect(withMetadata).toContain("with preloads");
    expect(without).not.toContain("with preloads");
    const missing = await get("/node/missing");
    expect(missing.status).toBe(404);
    await missing.text();
    expect((await get("/node/missing")).status).toBe(404);
    expect(pages.renders.filter((p) => p === "/node/missing")).toHaveLength(1);
  });

  it("renders again under a new version", async () => {
    const before = pages.renders.filter((p) => p === "/coverage").length;
    freshness = { state: "fresh", version: "2-b" };
    const res = await get("/coverage");
    expect(res.headers.get("etag")).toMatch(/^"2-b\./);
    expect(pages.renders.filter((p) => p === "/coverage")).toHaveLength(before + 1);
  });

  it("while the database is away, serves cached pages marked stale, uncached node pages 503", async () => {
    await (await get("/node/kept")).text();
    pages.fail(true);
    freshness = { state: "stale", version: "2-b", confirmedAt: Date.parse("2026-12-07T08:00:00Z") };
    try {
      const stale = await get("/node/kept", { "if-none-match": "*", "accept-encoding": "gzip" });
      expect(stale.status).toBe(200);
      expect(stale.headers.get("x-data-stale")).toBe("as-of=2026-12-07T08:00:00.000Z");
      expect(Number(stale.headers.get("age"))).toBeGreaterThan(0);
      expect(stale.headers.get("etag")).toBeNull();
      expect(stale.headers.get("cache-control")).toBe("no-store");
      expect(await stale.text()).toContain(`<meta name="${STALE_PAGE_META}" content="2026-12-07T08:00:00.000Z" />`);
      const uncached = await get("/node/never-seen");
      expect(uncached.status).toBe(503);
      expect(uncached.headers.get("cache-control")).toBe("no-store");
      // A view needs no database: rendered, marked stale, not kept.
      const view = await get("/routes");
      expect(view.status).toBe(200);
      expect(await view.text()).toContain(STALE_PAGE_META);
    } finally {
      pages.fail(false);
    }
    freshness = { state: "fresh", version: "2-b" };
    const back = await get("/node/kept");
    expect(back.headers.get("x-data-stale")).toBeNull();
    expect(await back.text()).not.toContain(STALE_PAGE_META);
    expect(back.headers.get("etag")).toMatch(/^"2-b\./);
  });

  it("renders per request, uncached, while no version is known", async () => {
    freshness = { state: "unknown" };
    const before = pages.renders.length;
    await (await get("/path")).text();
    await (await get("/path")).text();
    expect(pages.renders.length).toBe(before + 2);
    expect((await get("/path")).headers.get("etag")).toBeNull();
    freshness = { state: "fresh", version: "2-b" };
  });

  it("stays within its byte budget", () => {
    expect(cache.stats().bytes).toBeLessThanOrEqual(1024 * 1024);
    expect(cache.stats().hits).toBeGreaterThan(0);
  });
});

describe("page cache fast path", () => {
  const pages = countingRenderer();
  const cache = createPageCache({
    renderer: pages.renderer,
    freshness: () => ({ state: "fresh", version: "5-e" }),
    maxBytes: 1024 * 1024,
    baseOf: () => "http://site",
    fastPath: { fixedHeaders: { "x-frame-options": "DENY" }, rawBaseOf: () => "http://site" },
  });
  let server: http.Server;
  let url: string;
  let viaExpress = 0;

  beforeAll(async () => {
    const app = express();
    app.disable("x-powered-by"); // as the server's app does
    app.use((_req, res, next) => {
      viaExpress += 1;
      res.setHeader("x-frame-options", "DENY");
      next();
    });
    app.get(/.*/, cache.handler);
    server = http.createServer((req, res) => {
      if (!cache.serveFast(req, res)) app(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const headersOf = (res: Response) =>
    Object.fromEntries(
      [...res.headers.entries()].filter(([name]) => !["date", "keep-alive", "connection"].includes(name)),
    );

  it("answers a cached page without Express, with the same bytes and headers Express sent", async () => {
    for (const encoding of ["gzip, deflate, br", "gzip", "identity"]) {
      const path = `/org/fast-${encoding.length}`;
      const first = await fetch(`${url}${path}`, { headers: { "accept-encoding": encoding } });
      const firstBody = await first.text();
      const before = viaExpress;
      const second = await fetch(`${url}${path}`, { headers: { "accept-encoding": encoding } });
      expect(viaExpress, "the repeat went through Express").toBe(before);
      expect(await second.text()).toBe(firstBody);
      expect(headersOf(second)).toEqual(headersOf(first));
      const revalidated = await fetch(`${url}${path}`, {
        headers: { "accept-encoding": encoding, "if-none-match": first.headers.get("etag")! },
      });
      expect(revalidated.status).toBe(304);
      expect(viaExpress).toBe(before);
    }
  });

  it("leaves misses, other methods and other routes to Express", async () => {
    const before = viaExpress;
    await (await fetch(`${url}/never-seen`)).text();
    await (await fetch(`${url}/never-seen`, { method: "POST" })).text();
    await (await fetch(`${url}/favicon.svg`)).text();
    await (await fetch(`${url}/graphql`)).text();
    expect(viaExpress - before).toBe(4);
  });
});

describe("codingFor", () => {
  it("prefers brotli whenever it is accepted, then gzip, then the bytes as they are", () => {
    expect(codingFor("gzip, deflate, br, zstd")).toBe("br");
    expect(codingFor("gzip, br;q=0")).toBe("gzip");
    expect(codingFor("*")).toBe("br");
    expect(codingFor("*, br;q=0")).toBe("gzip");
    expect(codingFor("deflate")).toBe("identity");
    expect(codingFor(undefined)).toBe("identity");
  });
});
