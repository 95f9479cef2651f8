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
