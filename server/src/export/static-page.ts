import { escapeHtml } from "../http/seo.js";
import { scriptSafeJson } from "../http/structured-data.js";

/**
 * What turns a page as the server sends it into a page of the static export: the client's
 * static mode switched on (`rrn-static`, with the graph version it shows; `rrn-live`, the live
 * explorer to send visitors to for what a static copy cannot answer), the `<link rel="preload">`
 * of API answers taken out (a static host has no /graphql) and those answers embedded instead,
 * keyed by the URL the client would have sent. They are embedded even beside a server render's
 * own data (`rrn-ssr-data`): the preloads also name what the view asks once its effects have run
 * (a node's detail, once it is selected), which a server render never sees. Pure, so it is
 * tested on strings.
 */

/** The meta tag that switches the client to static mode; its content is the graph version. */
export const STATIC_META = "rrn-static";
/** The live explorer's address, when the export was told it. */
export const LIVE_META = "rrn-live";
/** The embedded answers: `{ "<GET URL>": <JSON answer> }`. */
export const STATIC_DATA_ID = "rrn-static-data";

const PRELOAD = /[ \t]*<link rel="preload" as="fetch"[^>]*?href="(\/graphql[^"]*)"[^>]*>\n?/g;

/** The API GET URLs a served page preloads, as the client will request them. */
export function preloadedRequests(html: string): string[] {
  return [...html.matchAll(PRELOAD)].map((m) => unescapeAttribute(m[1]!));
}

export interface StaticPageOptions {
  graphVersion: string;
  liveUrl?: string;
  /** The answers to embed, by request URL (from `preloadedRequests`). */
  data: Readonly<Record<string, unknown>>;
  /** An origin to make root-relative (the stand-in base of an export given no base URL). */
  relativeOrigin?: string;
}

export function staticPage(html: string, { graphVersion, liveUrl, data, relativeOrigin }: StaticPageOptions): string {
  let out = html.replace(PRELOAD, "");
  if (relativeOrigin) out = out.split(relativeOrigin).join("");
  const metas = [`<meta name="${STATIC_META}" content="${escapeHtml(graphVersion)}" />`];
  if (liveUrl) metas.push(`<meta name="${LIVE_META}" content="${escapeHtml(liveUrl)}" />`);
  out = out.replace("</head>", () => `  ${metas.join("\n    ")}\n  </head>`);
  if (Object.keys(data).length > 0) {
    const script = `<script id="${STATIC_DATA_ID}" type="application/json">${scriptSafeJson(data)}</script>`;
    out = out.replace("</body>", () => `  ${script}\n  </body>`);
  }
  return out;
}

/**
 * The path views a page links to with both ends given (`/path?from=a&to=b…`), as the browser
 * would request them. A static server answers any of them with `/path/index.html`, so the export
 * renders each and puts its answers there (`withRenderedPages`).
 */
export function linkedPaths(html: string): string[] {
  const out = new Set<string>();
  for (const m of html.matchAll(/href="(\/path\?[^"#]*)"/g)) {
    const href = unescapeAttribute(m[1]!);
    const query = new URLSearchParams(href.slice("/path?".length));
    if (query.get("from") && query.get("to")) out.add(href);
  }
  return [...out];
}

/** What a server-rendered page carries for the browser (`rrn-ssr-data`): the URL it settled on and urql's answers. */
export interface RenderedPage {
  url: string;
  answers: unknown;
}

const SSR_DATA = /<script id="rrn-ssr-data" type="application\/json">([\s\S]*?)<\/script>/;

/** The render a served page carries, or null for a page sent without one (the server was too busy to render it). */
export function renderedPage(html: string): RenderedPage | null {
  const text = SSR_DATA.exec(html)?.[1];
  if (!text) return null;
  const page = JSON.parse(text) as Partial<RenderedPage>;
  return typeof page.url === "string" ? { url: page.url, answers: page.answers } : null;
}

/** Where `withRenderedPages` keeps the renders of other URLs (read by the client's api/server-rendered-data.ts). */
export const STATIC_PAGES_ID = "rrn-static-pages";

/**
 * A page of the export that also holds the renders of other URLs answered by the same file, by
 * the URL each settled on: a visitor who opens one is drawn from its answers, with no API.
 */
export function withRenderedPages(html: string, pages: readonly RenderedPage[]): string {
  if (pages.length === 0) return html;
  const byUrl = Object.fromEntries(pages.map((p) => [p.url, p.answers]));
  const script = `<script id="${STATIC_PAGES_ID}" type="application/json">${scriptSafeJson(byUrl)}</script>`;
  return html.replace("</body>", () => `  ${script}\n  </body>`);
}

function unescapeAttribute(value: string): string {
  return value.replace(/&(amp|quot|lt|gt|#39);/g, (_, name: string) =>
    name === "amp" ? "&" : name === "quot" ? '"' : name === "lt" ? "<" : name === "gt" ? ">" : "'",
  );
}

/**
 * robots.txt for the export: the server's, without its Sitemap line when the export has no
 * base URL (a sitemap needs absolute addresses, so none is written then).
 */
export function staticRobots(robots: string, hasBase: boolean): string {
  return hasBase ? robots : robots.replace(/\n*Sitemap:.*\n?/g, "\n");
}

/** The parts a sitemap index lists (`/sitemap-1.xml`, …), as paths; none for a plain sitemap. */
export function sitemapParts(xml: string, base: string): string[] {
  if (!xml.includes("<sitemapindex")) return [];
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => {
    const url = m[1]!.replace(/&amp;/g, "&");
    return url.startsWith(base) ? url.slice(base.length) : new URL(url).pathname;
  });
}
