import type { SSRData } from "urql";
import { settledUrl } from "../prerender/view-request";
import { curatorToken } from "./curator-token";

/** Where the server puts what a page was rendered from (server/src/http/html-shell.ts). */
const SSR_DATA_ID = "rrn-ssr-data";

/** What a server-rendered page carries for the browser to take it over with. */
export interface ServerRenderedPage {
  /** The path and query rendered: the URL the view settles on (navigation/route-table.tsx settledQuery). */
  url: string;
  /** urql's record of every answer the render used (ssrExchange). */
  answers: SSRData;
}

let read: ServerRenderedPage | null | undefined;

/**
 * The page to take over as it stands, or null to draw it afresh: a signed-in curator's view is
 * their own (what they may edit, their queue), and the server rendered it for anyone.
 */
export function pageToHydrate(): ServerRenderedPage | null {
  return curatorToken() ? null : serverRenderedPage();
}

/**
 * What the server rendered this page from, or null for a page sent without it. Read once, before
 * the router starts: the browser takes the URL rendered (the focus node's `selected=`, which the
 * view would otherwise add a moment later) so its first render matches the server's markup, and
 * the app's client hands the answers to that render.
 */
export function serverRenderedPage(): ServerRenderedPage | null {
  if (read !== undefined) return read;
  const text = typeof document === "undefined" ? null : document.getElementById(SSR_DATA_ID)?.textContent;
  try {
    read = text ? (JSON.parse(text) as ServerRenderedPage) : null;
  } catch {
    // A page cut short in transit: draw it afresh rather than not at all.
    read = null;
  }
  if (read) {
    // The page is taken over only if it was rendered for exactly the URL this page settles on,
    // else drawn afresh (a static copy's /search page opened as /search?q=…).
    const url = pageSettledUrl();
    if (url !== read.url) read = null;
    else if (url !== location.pathname + location.search) history.replaceState(history.state, "", url + location.hash);
  }
  return read;
}

/** The URL this page settles on, as the server keys a render by it (a static server's trailing slash dropped). */
function pageSettledUrl(): string {
  return settledUrl(location.pathname.replace(/(.)\/+$/, "$1"), new URLSearchParams(location.search));
}

/**
 * Where the static copy keeps renders of other URLs that share this page's file: a static server
 * answers `/path?from=a&to=b` with `/path/index.html`, so the export puts the answers of the
 * paths its pages link to there, by the URL each settles on (server/src/export/static-page.ts).
 */
const STATIC_PAGES_ID = "rrn-static-pages";

/**
 * The answers the first render starts from: the server-rendered page's, or in a static copy the
 * answers rendered for this URL when the page's file holds them (drawn afresh then, since the
 * markup is another URL's). Null: the first render asks.
 */
export function initialAnswers(): SSRData | null {
  const page = pageToHydrate();
  if (page) return page.answers;
  const text = typeof document === "undefined" ? null : document.getElementById(STATIC_PAGES_ID)?.textContent;
  if (!text) return null;
  try {
    return (JSON.parse(text) as Record<string, SSRData>)[pageSettledUrl()] ?? null;
  } catch {
    return null;
  }
}
