import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync, constants as zlib, gzipSync } from "node:zlib";
import express, { type Request, type RequestHandler, type Response, type Router } from "express";
import { z } from "zod";
import { precompressedAssets } from "./precompressed-assets.js";

/**
 * The explorer's HTML, served for every client-side route. The build (client's
 * build/prerender-plugin.ts) leaves two pages: index.html with the landing page already rendered
 * into it (heading, introduction, starting points, the canvas's reserved box) and shell.html with
 * the frame every other view starts from. This module picks the page and adds, for views opened
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
  /** Express handler for the app's routes. */
  handler: RequestHandler;
  /** The landing page's first requests (for warming the caches after a graph change). */
  landingRequests: readonly string[];
}

/** Adds what depends on the page asked for (its head tags) and says its status (404 for an unknown id). */
export type DecoratePage = (req: Request, html: string) => Promise<{ status: number; html: string }>;

/** A file's text, read again when a rebuild replaced it, so a page never names assets that are gone. */
function fileReader(file: string): () => string {
  let cached = { mtimeMs: 0, text: "" };
  return () => {
    const { mtimeMs } = statSync(file);
    if (mtimeMs !== cached.mtimeMs) cached = { mtimeMs, text: readFileSync(file, "utf8") };
    return cached.text;
  };
}

export function htmlShell(clientDist: string, decorate?: DecoratePage): HtmlShell {
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

  const handler: RequestHandler = async (req, res) => {
    const page = req.path === "/" ? index() : frame();
    const decorated = decorate ? await decorate(req, page) : { status: 200, html: page };
    // A page the server knows is missing (404) fetches nothing.
    const urls = req.get("sec-fetch-mode") && decorated.status === 200 ? preloadsFor(req.path) : [];
    const links = urls
      .map((url) => `<link rel="preload" as="fetch" crossorigin="anonymous" href="${escapeAttribute(url)}">`)
      .join("\n    ");
    const html = links ? decorated.html.replace("</head>", () => `    ${links}\n  </head>`) : decorated.html;
    res.status(decorated.status);
    res.setHeader("content-type", "text/html; charset=utf-8");
    // Revalidated on every visit, so a new build or graph shows at once.
    res.setHeader("cache-control", "no-cache");
    res.vary("Sec-Fetch-Mode");
    sendCompressed(req, res, html);
  };

  return { handler, landingRequests: preloadsFor("/") };
}

/** The page, compressed per request when the browser accepts it: a few kB, a fraction of a millisecond. */
function sendCompressed(req: Request, res: Response, html: string): void {
  const encoding = req.acceptsEncodings("br", "gzip", "identity");
  res.vary("Accept-Encoding");
  if (encoding !== "br" && encoding !== "gzip") {
    res.send(html);
    return;
  }
  const body =
    encoding === "br"
      ? brotliCompressSync(html, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } })
      : gzipSync(html, { level: 6 });
  res.setHeader("content-encoding", encoding);
  res.setHeader("content-length", body.length);
  res.end(req.method === "HEAD" ? undefined : body);
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
 * with the HTML shell. Undefined when no build exists.
 */
export function clientApp(
  clientDist: string,
  decorate?: DecoratePage,
): { router: Router; shell: HtmlShell } | undefined {
  if (!existsSync(path.join(clientDist, "index.html"))) return undefined;
  const shell = htmlShell(clientDist, decorate);
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
  router.get(/^\/(?!graphql|health|ready).*/, shell.handler);
  return { router, shell };
}
