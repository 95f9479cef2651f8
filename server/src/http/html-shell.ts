import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import express, { type Router } from "express";
import { z } from "zod";
import {
  createPageCache,
  type PageCache,
  type PageCacheOptions,
  type PageRenderer,
  type PageRequest,
} from "./page-cache.js";
import { precompressedAssets } from "./precompressed-assets.js";
import { withHead } from "./seo.js";
import { scriptSafeJson } from "./structured-data.js";

/**
 * The explorer's HTML, served for every client-side route. The build (client's
 * build/prerender-plugin.ts) leaves two pages: index.html with the landing page already rendered
 * into it (heading, introduction, starting points, the canvas's reserved box) and shell.html with
 * the frame every other view starts from. This module makes each page once (the page cache,
 * ./page-cache.ts, keeps it per graph version): it picks the frame, writes the page's head
 * (./seo.ts), puts a view's server-rendered body in where one exists (PageBodies), and adds, for views opened
 * directly, `<link rel="preload" as="fetch">` of the exact GET URLs the client will send first
 * (preload.json), so the data is on its way before any JavaScript has run and the client's own
 * fetch is answered from the preload.
 *
 * Preloads are only offered to browsers that send Fetch Metadata: a preload cannot carry the
 * header Apollo's CSRF prevention asks of a GET, and such browsers mark it `Sec-Fetch-Site:
 * same-origin` instead, which the server accepts (./fetch-metadata.ts). Elsewhere (plain http on
 * a LAN address) there is no preload and the client simply fetches.
 */
const preloadFile = z.object({
  routeId: z.string().regex(/^[A-Za-z0-9]+$/),
  routes: z.array(z.object({ pattern: z.string(), urls: z.array(z.string().startsWith("/graphql?")) })),
});

/** Ids are kebab-case; anything else is not preloaded (the view will say it found nothing). */
const ID = /^[a-z0-9][a-z0-9-]{0,199}$/;

export interface HtmlShell {
  /** Makes each page (for ./page-cache.ts). */
  renderer: PageRenderer;
  /** The landing page's first requests (for warming the caches after a graph change). */
  landingRequests: readonly string[];
}

/** A page's head tags and status (404 for an unknown id); throws when the database is needed and away. */
export type PageHeadFor = (page: PageRequest) => Promise<{ status: number; tags: string }>;

/**
 * A view's own server-rendered body (./view-renderer.ts): the inner HTML of `<div id="root">`,
 * replacing the frame's, and the data it was rendered from, for the client to hydrate with;
 * `{ keep: false }` when it could not be rendered now (the frame is sent, and not kept).
 */
export type PageBody = { root: string; head: string; data: unknown } | { keep: false };

export interface PageBodies {
  /** The part of the page's cache key its query string makes: what the views read of it. */
  queryKey(page: PageRequest): string;
  /** The body, or undefined for a page that has none (the frame is the page); throws when it cannot be made now. */
  render(page: PageRequest): Promise<PageBody | undefined>;
}

/** The element the client reads its hydration data from (client/src/api/server-rendered-data.ts). */
export const SSR_DATA_ID = "rrn-ssr-data";

/** The build's pages are re-read when a rebuild replaced them; checked at most this often. */
const BUILD_CHECK_MS = 1000;

/** A file's text, read again when a rebuild replaced it, so a page never names assets that are gone. */
function fileReader(file: string): { text: () => string; stamp: () => number } {
  let cached = { mtimeMs: 0, text: "", checkedAt: -Infinity };
  const refresh = () => {
    const now = Date.now();
    if (now - cached.checkedAt < BUILD_CHECK_MS) return cached;
    const { mtimeMs } = statSync(file);
    cached =
      mtimeMs !== cached.mtimeMs
        ? { mtimeMs, text: readFileSync(file, "utf8"), checkedAt: now }
        : { ...cached, checkedAt: now };
    return cached;
  };
  return { text: () => refresh().text, stamp: () => refresh().mtimeMs };
}

const ROOT = /(<div id="root">)([\s\S]*)(<\/div>\s*<\/body>)/;

export function htmlShell(clientDist: string, head?: PageHeadFor, bodies?: PageBodies): HtmlShell {
  const index = fileReader(path.join(clientDist, "index.html"));
  const shellFile = path.join(clientDist, "shell.html");
  const frame = existsSync(shellFile) ? fileReader(shellFile) : index;
  const table = readPreloads(path.join(clientDist, "preload.json"));
  const routes = (table?.routes ?? []).map((r) => ({ ...r, match: matcher(r.pattern) }));

  const preloadsFor = (pathname: string): string[] => {
    for (const route of routes) {
      const params = route.match(pathname);
      if (!params) continue;
      const id = params.id;
      if (id !== undefined && !ID.test(id)) return [];
      // The id sits inside a JSON string inside a query parameter: encoded as the client encodes it.
      const encoded =
        id === undefined ? "" : new URLSearchParams({ v: JSON.stringify(id).slice(1, -1) }).toString().slice(2);
      return route.urls.map((url) => (id === undefined || !table ? url : url.replaceAll(table.routeId, encoded)));
    }
    return [];
  };

  const pageOf = (page: PageRequest) => (page.path === "/" ? index : frame);

  const compose = (
    page: PageRequest,
    html: string,
    status: number,
    tags: string | undefined,
    body?: { root: string; head: string; data: unknown },
  ) => {
    let out = tags === undefined ? html : withHead(html, tags);
    // A page the server knows is missing (404) fetches nothing; one rendered with its data neither.
    const urls = page.fetchMetadata && status === 200 && !body ? preloadsFor(page.path) : [];
    const links = urls
      .map((url) => `<link rel="preload" as="fetch" crossorigin="anonymous" href="${escapeAttribute(url)}">`)
      .join("\n    ");
    if (links) out = out.replace("</head>", () => `    ${links}\n  </head>`);
    if (body?.head) out = out.replace("</head>", () => `    ${body.head}\n  </head>`);
    if (body !== undefined) {
      const data = `<script id="${SSR_DATA_ID}" type="application/json">${scriptSafeJson(body.data)}</script>`;
      out = out.replace(ROOT, (_, open: string) => `${open}${body.root}</div>\n    ${data}\n  </body>`);
    }
    return out;
  };

  const renderer: PageRenderer = {
    keyOf: (page) => {
      const query = bodies?.queryKey(page) ?? "";
      return [pageOf(page).stamp(), page.base, page.fetchMetadata ? "fm" : "-", page.path, query].join("\n");
    },
    render: async (page) => {
      const html = pageOf(page).text();
      const decorated = head ? await head(page) : { status: 200, tags: undefined };
      // Unknown ids too: the view says what it did not find, with the page's 404.
      const body = bodies && decorated.status !== 503 ? await bodies.render(page) : undefined;
      const rendered = body && "root" in body ? body : undefined;
      return {
        status: decorated.status,
        html: compose(page, html, decorated.status, decorated.tags, rendered),
        ...(body && !rendered ? { keep: false } : {}),
      };
    },
    unavailable: (page) => ({ status: 503, html: compose(page, pageOf(page).text(), 503, undefined) }),
  };

  return { renderer, landingRequests: preloadsFor("/") };
}

function readPreloads(file: string): z.infer<typeof preloadFile> | undefined {
  if (!existsSync(file)) return undefined;
  return preloadFile.parse(JSON.parse(readFileSync(file, "utf8")));
}

/** `/node/:id/lineage` → a function from a path to its params, or undefined when it does not match. */
function matcher(pattern: string): (pathname: string) => Record<string, string> | undefined {
  const parts = pattern.split("/");
  return (pathname) => {
    const segments = pathname.split("/");
    if (segments.length !== parts.length) return undefined;
    const params: Record<string, string> = {};
    for (const [i, part] of parts.entries()) {
      const segment = segments[i]!;
      if (part.startsWith(":")) {
        try {
          params[part.slice(1)] = decodeURIComponent(segment);
        } catch {
          return undefined;
        }
        if (!segment) return undefined;
      } else if (part !== segment) {
        return undefined;
      }
    }
    return params;
  };
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

/**
 * The built client: its hashed files (/assets/…) cached for a year — a new build has new names —
 * and sent brotli- or gzip-compressed from memory (./precompressed-assets.ts);
 * anything else for an hour, and every client-side route (/node/:id, /coverage, …) answered
 * with its page from the page cache (./page-cache.ts). Undefined when no build exists.
 */
export function clientApp(
  clientDist: string,
  pages: Omit<PageCacheOptions, "renderer"> & { head?: PageHeadFor; bodies?: PageBodies },
): { router: Router; shell: HtmlShell; pages: PageCache } | undefined {
  if (!existsSync(path.join(clientDist, "index.html"))) return undefined;
  const shell = htmlShell(clientDist, pages.head, pages.bodies);
  const cache = createPageCache({ ...pages, renderer: shell.renderer });
  const router = express.Router();
  const assets = path.join(clientDist, "assets");
  router.use(
    "/assets",
    // The same caching headers as express.static below gives the files it serves.
    precompressedAssets(assets, (res) => res.setHeader("cache-control", "public, max-age=31536000, immutable")),
    express.static(assets, {
      index: false,
      immutable: true,
      maxAge: "365d",
      fallthrough: false,
    }),
  );
  router.use(express.static(clientDist, { index: false, maxAge: "1h" }));
  router.get(/^\/(?!graphql|health|ready).*/, cache.handler);
  return { router, shell, pages: cache };
}
