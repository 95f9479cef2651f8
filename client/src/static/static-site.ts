import { useSyncExternalStore } from "react";

/**
 * Static mode: `npm run export:site` writes every page with `<meta name="rrn-static"
 * content="<graph version>">` (and `rrn-live`, the live explorer's address, when it was given
 * one). There is no /graphql behind such a page: the client answers from what the page carries
 * and from the search index (./static-fetch.ts), and moves between views by loading pages
 * (./StaticNavigation.tsx).
 */
export interface StaticSite {
  graphVersion: string;
  /** The live explorer, for what the static copy cannot answer; null when the export was not told it. */
  liveUrl: string | null;
}

let site: StaticSite | null | undefined;

/** The static site this page belongs to, or null on the live explorer (and on the server). */
export function staticSite(): StaticSite | null {
  if (site === undefined) {
    const meta = (name: string) =>
      typeof document === "undefined"
        ? null
        : (document.querySelector(`meta[name="${name}"]`)?.getAttribute("content") ?? null);
    const graphVersion = meta("rrn-static");
    const live = meta("rrn-live");
    site = graphVersion === null ? null : { graphVersion, liveUrl: live ? live.replace(/\/+$/, "") : null };
  }
  return site;
}

const never = () => () => undefined;

/**
 * For rendering: null on the server and in the hydrating render (the server cannot know), the
 * static site after, so the first client render matches the server's markup.
 */
export function useStaticSite(): StaticSite | null {
  return useSyncExternalStore(never, staticSite, () => null);
}

/** The same page on the live explorer, when its address is known. */
export function liveHref(live: StaticSite, pathAndQuery: string): string | null {
  return live.liveUrl === null ? null : `${live.liveUrl}${pathAndQuery}`;
}
