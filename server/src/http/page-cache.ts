import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { brotliCompressSync, constants as zlib, gzipSync } from "node:zlib";
import type { Request, RequestHandler, Response } from "express";
import { LRUCache } from "lru-cache";
import { compressOnce } from "../read-cache/compress.js";
import { staleHeaders, type Freshness } from "../read-cache/freshness.js";
import { matchesIfNoneMatch } from "./cached-reads.js";

/** What a page's HTML may depend on: the request as the page renderer sees it. */
export interface PageRequest {
  /** The path asked for (`/node/six-core-strategies`). */
  path: string;
  /** The query string's parameters; only those a renderer puts in its key may change the page. */
  query: URLSearchParams;
  /** The site's address (PUBLIC_URL, else the request's scheme and host), for canonical URLs. */
  base: string;
  /** The browser sends Fetch Metadata (`Sec-Fetch-Mode`), so the page may preload its data. */
  fetchMetadata: boolean;
}

export interface RenderedPage {
  status: number;
  html: string;
  /** false: good for this request only (a stand-in sent while the server was busy); not cached. */
  keep?: false;
}

/**
 * Makes a page. The cache calls `render` once per (graph version, `keyOf`), so `keyOf` must
 * name everything `render` reads from the request; anything a later server-rendered view needs
 * (the query of `/path?from=…&to=…`, `/search?q=…`) goes into its key and its body.
 */
export interface PageRenderer {
  keyOf(page: PageRequest): string;
  /** The page; throws when it cannot be made now (the database unreachable). */
  render(page: PageRequest): Promise<RenderedPage>;
  /** Sent instead, never cached, when `render` throws: a page that still boots the app. */
  unavailable(page: PageRequest): RenderedPage;
}

interface CachedPage {
  status: number;
  version: string;
  /** Opaque part of the strong validator: graph version and body hash; each encoding adds its suffix. */
  tag: string;
  identity: Buffer;
  gzip: Buffer;
  br: Buffer;
}

interface StaleForms {
  confirmedAt: number;
  identity: Buffer;
  gzip: Buffer;
  br: Buffer;
}

export interface PageCacheStats {
  hits: number;
  misses: number;
  renders: number;
  stale: number;
  entries: number;
  bytes: number;
}

export interface PageCache {
  handler: RequestHandler;
  /**
   * Answers a request for a page this cache holds, fresh, before Express sees it (see
   * FastPathOptions); false when Express must answer (anything else, a miss, a stale or unknown
   * version), having written nothing.
   */
  serveFast(req: IncomingMessage, res: ServerResponse): boolean;
  clear(): void;
  stats(): PageCacheStats;
}

export interface PageCacheOptions {
  renderer: PageRenderer;
  freshness: () => Freshness;
  /** Memory for pages and their compressed forms; 0: every page rendered per request. */
  maxBytes: number;
  /** The site's address for a request (see PageRequest.base). */
  baseOf: (req: Request) => string;
  fastPath?: FastPathOptions;
}

/**
 * Warm pages without Express: its routing and middleware cost several times the write of a
 * page's bytes (bench/NOTES.md). Only requests Express would route to the pages (GET or HEAD of
 * a path with no dot outside /graphql, /health, /ready and /metrics) whose page is cached fresh
 * under exactly the key Express's request made it with; the answer is the one Express sends,
 * headers included.
 */
export interface FastPathOptions {
  /**
   * What every page carries besides its own headers (the security headers), fixed at start; or
   * fixed per kind of URL (an embeddable view's may be framed), given the request's path and query.
   * A function must answer the same for every URL of one cache key.
   */
  fixedHeaders: Readonly<Record<string, string>> | ((url: string) => Readonly<Record<string, string>>);
  /** The site's address as baseOf gives it, or undefined where only Express can tell (a trusted proxy). */
  rawBaseOf: (req: IncomingMessage) => string | undefined;
}

/** Paths the app routes to its pages (every other route has a dot or one of these prefixes). */
const PAGE_PATH = /^\/(?!graphql|health|ready|metrics)[^.]*$/i;
const HTML = "text/html; charset=utf-8";
const VARY = "Accept-Encoding, Sec-Fetch-Mode";

/** Marks a page served while the database is unreachable; the client shows its note (client StaleDataNote). */
export const STALE_PAGE_META = "rrn-data-stale";
/** A share of the memory kept for pages that are not 200 (unknown ids), so a flood of them cannot evict real pages. */
const MISSING_SHARE = 8;

/**
 * The explorer's pages, rendered once per graph version and request key, and kept with their
 * gzip and brotli forms in a least-recently-used cache bounded in bytes (lru-cache's maxSize),
 * so a warm page costs a lookup and a write of bytes already compressed.
 *
 * - Validators: a strong `ETag` per representation (`"<version>.<hash>"`, `-br` / `-gz` for the
 *   compressed ones, since they are other bytes), `304 Not Modified` on a matching
 *   `If-None-Match`; `Cache-Control: no-cache`, so a browser asks every time and a new graph
 *   version or build shows at once. `Vary: Accept-Encoding, Sec-Fetch-Mode`.
 * - A new graph version makes every older page unreachable (`clear` frees them).
 * - Pages that are not found (404) are cached too, in their own smaller share of the memory.
 * - While the database is unreachable, pages cached under the last confirmed version are still
 *   served, with a `<meta name="rrn-data-stale">` marker, `X-Data-Stale` and `Age`, and
 *   `no-store` without a validator so the marked copy outlives the outage nowhere. A page not
 *   cached is rendered if it needs no database; otherwise `renderer.unavailable` (503).
 */
export function createPageCache({ renderer, freshness, maxBytes, baseOf, fastPath }: PageCacheOptions): PageCache {
  const sized = (entry: CachedPage, key: string) =>
    Math.max(1, entry.identity.length + entry.gzip.length + entry.br.length + key.length);
  const found =
    maxBytes > 0
      ? new LRUCache<string, CachedPage>({
          maxSize: maxBytes - Math.floor(maxBytes / MISSING_SHARE),
          sizeCalculation: sized,
        })
      : undefined;
  const missing =
    maxBytes >= MISSING_SHARE
      ? new LRUCache<string, CachedPage>({ maxSize: Math.floor(maxBytes / MISSING_SHARE), sizeCalculation: sized })
      : undefined;
  const counts = { hits: 0, misses: 0, renders: 0, stale: 0 };
  // Identical misses arriving together (a link shared at once) wait for one rendering.
  const inflight = new Map<string, Promise<CachedPage>>();
  // A page's marked copy while the database is away, made once per outage.
  const staleForms = new WeakMap<CachedPage, StaleForms>();

  const lookup = (key: string) => found?.get(key) ?? missing?.get(key);

  const renderAndKeep = (key: string, page: PageRequest, keep: () => boolean): Promise<CachedPage> => {
    const earlier = inflight.get(key);
    if (earlier) return earlier;
    const made = (async () => {
      counts.renders += 1;
      const rendered = await renderer.render(page);
      const version = key.slice(0, key.indexOf("\n"));
      const entry = await cachedForm(version, rendered);
      if (keep() && rendered.keep !== false) (entry.status === 200 ? found : missing)?.set(key, entry);
      return entry;
    })();
    inflight.set(key, made);
    void made.then(
      () => inflight.delete(key),
      () => inflight.delete(key),
    );
    return made;
  };

  const handler: RequestHandler = async (req, res) => {
    const page: PageRequest = {
      path: req.path,
      query: new URL(req.originalUrl, "http://localhost").searchParams,
      base: baseOf(req),
      fetchMetadata: req.get("sec-fetch-mode") !== undefined,
    };
    res.setHeader("content-type", HTML);
    res.vary("Accept-Encoding");
    res.vary("Sec-Fetch-Mode");
    const now = freshness();
    if (now.state === "unknown") {
      // No version to key by: rendered for this request alone, as before there was a cache.
      counts.misses += 1;
      let rendered: RenderedPage;
      try {
        rendered = await renderer.render(page);
      } catch {
        rendered = renderer.unavailable(page);
      }
      res.setHeader("cache-control", rendered.status === 200 ? "no-cache" : "no-store");
      sendText(req, res, rendered);
      return;
    }
    const key = `${now.version}\n${renderer.keyOf(page)}`;
    let entry = lookup(key);
    if (entry) counts.hits += 1;
    else {
      counts.misses += 1;
      try {
        // Kept only while that version is still the one served (not stale): a page rendered
        // across a version change, or while the database is away, may mix what it read.
        entry = await renderAndKeep(key, page, () => {
          const after = freshness();
          return now.state === "fresh" && after.state === "fresh" && after.version === now.version;
        });
      } catch {
        const fallback = renderer.unavailable(page);
        res.setHeader("cache-control", "no-store");
        sendText(req, res, fallback);
        return;
      }
    }
    res.status(entry.status);
    res.setHeader("x-graph-version", now.version);
    const encoding = chooseEncoding(req);
    if (now.state === "stale") {
      counts.stale += 1;
      const forms = staleFormsOf(entry, now.confirmedAt, staleForms);
      res.setHeader("cache-control", "no-store");
      for (const [name, value] of Object.entries(staleHeaders(now.confirmedAt))) res.setHeader(name, value);
      sendForm(req, res, encoding, forms);
      return;
    }
    const etag = etagOf(entry, encoding);
    res.setHeader("cache-control", "no-cache");
    res.setHeader("etag", etag);
    if (matchesIfNoneMatch(req.get("if-none-match"), etag)) {
      res.status(304).end();
      return;
    }
    sendForm(req, res, encoding, entry);
  };

  // The whole header set of each cached page per coding, made once: the fast path's per-request
  // work is then the lookup and the write.
  const fastHeaders = new WeakMap<CachedPage, Partial<Record<Coding, Record<string, string>>>>();
  const headersFor = (entry: CachedPage, coding: Coding, fixed: Readonly<Record<string, string>>) => {
    let forms = fastHeaders.get(entry);
    if (!forms) fastHeaders.set(entry, (forms = {}));
    let headers = forms[coding];
    if (!headers) {
      const bytes = coding === "br" ? entry.br : coding === "gzip" ? entry.gzip : entry.identity;
      headers = {
        ...fixed,
        "content-type": HTML,
        vary: VARY,
        "cache-control": "no-cache",
        "x-graph-version": entry.version,
        etag: etagOf(entry, coding),
        ...(coding === "identity" ? {} : { "content-encoding": coding }),
        "content-length": String(bytes.length),
      };
      forms[coding] = headers;
    }
    return headers;
  };

  const serveFast = (req: IncomingMessage, res: ServerResponse): boolean => {
    if (!fastPath || (req.method !== "GET" && req.method !== "HEAD")) return false;
    const url = req.url ?? "";
    const q = url.indexOf("?");
    const pathname = q < 0 ? url : url.slice(0, q);
    if (!PAGE_PATH.test(pathname)) return false;
    const now = freshness();
    if (now.state !== "fresh") return false;
    const base = fastPath.rawBaseOf(req);
    if (base === undefined) return false;
    const page: PageRequest = {
      path: pathname,
      // Parsed only if the renderer's key reads it.
      get query() {
        return new URLSearchParams(q < 0 ? "" : url.slice(q + 1));
      },
      base,
      fetchMetadata: req.headers["sec-fetch-mode"] !== undefined,
    };
    const entry = lookup(`${now.version}\n${renderer.keyOf(page)}`);
    if (!entry) return false;
    counts.hits += 1;
    const coding = codingFor(req.headers["accept-encoding"]);
    const fixed = typeof fastPath.fixedHeaders === "function" ? fastPath.fixedHeaders(url) : fastPath.fixedHeaders;
    const headers = headersFor(entry, coding, fixed);
    if (matchesIfNoneMatch(req.headers["if-none-match"], headers.etag!)) {
      const { "content-length": _length, "content-encoding": _coding, ...unchanged } = headers;
      res.writeHead(304, unchanged).end();
      return true;
    }
    const bytes = coding === "br" ? entry.br : coding === "gzip" ? entry.gzip : entry.identity;
    res.writeHead(entry.status, headers).end(req.method === "HEAD" ? undefined : bytes);
    return true;
  };

  return {
    handler,
    serveFast,
    clear: () => {
      found?.clear();
      missing?.clear();
    },
    stats: () => ({
      ...counts,
      entries: (found?.size ?? 0) + (missing?.size ?? 0),
      bytes: (found?.calculatedSize ?? 0) + (missing?.calculatedSize ?? 0),
    }),
  };
}

async function cachedForm(version: string, page: RenderedPage): Promise<CachedPage> {
  const identity = Buffer.from(page.html, "utf8");
  const { gzip, br } = await compressOnce(identity);
  const hash = createHash("sha256").update(identity).digest("base64url").slice(0, 22);
  return { status: page.status, version, tag: `${version}.${hash}`, identity, gzip, br };
}

/** The page with the stale marker in its head, compressed once per outage (quickly: outages are short). */
function staleFormsOf(entry: CachedPage, confirmedAt: number, memo: WeakMap<CachedPage, StaleForms>): StaleForms {
  const known = memo.get(entry);
  if (known && known.confirmedAt === confirmedAt) return known;
  const marker = `<meta name="${STALE_PAGE_META}" content="${new Date(confirmedAt).toISOString()}" />`;
  const html = entry.identity.toString("utf8").replace("</head>", () => `    ${marker}\n  </head>`);
  const identity = Buffer.from(html, "utf8");
  const forms: StaleForms = {
    confirmedAt,
    identity,
    gzip: gzipSync(identity, { level: 6 }),
    br: brotliCompressSync(identity, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } }),
  };
  memo.set(entry, forms);
  return forms;
}

type Coding = "br" | "gzip" | "identity";

const chooseEncoding = (req: Request): Coding => codingFor(req.headers["accept-encoding"]);

/**
 * Brotli whenever the browser accepts it, else gzip, else the bytes as they are: browsers list
 * `gzip, deflate, br` with equal weight, and Express's negotiation would take the first listed,
 * gzip, a fifth larger. A coding is accepted when named (or `*`) with a weight above 0.
 */
export function codingFor(header: string | undefined): Coding {
  if (!header) return "identity";
  let br: boolean | undefined;
  let gzip: boolean | undefined;
  let any = false;
  for (const part of header.split(",")) {
    const [name = "", ...params] = part.split(";").map((p) => p.trim().toLowerCase());
    const q = params.find((p) => p.startsWith("q="));
    const accepted = q === undefined || Number(q.slice(2)) > 0;
    if (name === "br") br = accepted;
    else if (name === "gzip" || name === "x-gzip") gzip = accepted;
    else if (name === "*") any = accepted;
  }
  if (br ?? any) return "br";
  if (gzip ?? any) return "gzip";
  return "identity";
}

/** The strong validator of one representation: its own suffix per coding, as the bytes differ. */
function etagOf(entry: CachedPage, coding: Coding): string {
  return `"${entry.tag}${coding === "br" ? "-br" : coding === "gzip" ? "-gz" : ""}"`;
}

function sendForm(
  req: Request,
  res: Response,
  encoding: Coding,
  forms: { identity: Buffer; gzip: Buffer; br: Buffer },
): void {
  const [name, bytes] =
    encoding === "br" ? ["br", forms.br] : encoding === "gzip" ? ["gzip", forms.gzip] : ["identity", forms.identity];
  if (name !== "identity") res.setHeader("content-encoding", name);
  res.setHeader("content-length", bytes.length);
  res.end(req.method === "HEAD" ? undefined : bytes);
}

/** A page made for one request only: compressed now, quickly. */
function sendText(req: Request, res: Response, page: RenderedPage): void {
  res.status(page.status);
  const identity = Buffer.from(page.html, "utf8");
  const encoding = chooseEncoding(req);
  sendForm(req, res, encoding, {
    identity,
    gzip: encoding === "gzip" ? gzipSync(identity, { level: 6 }) : identity,
    br: encoding === "br" ? brotliCompressSync(identity, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } }) : identity,
  });
}
