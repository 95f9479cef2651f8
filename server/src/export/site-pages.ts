import path from "node:path";

/**
 * Which pages a static export holds and where each is written. Pure, so the enumeration and the
 * path → file mapping are tested without a server.
 */

/** A node as the export enumerates it: organisations open at /org/:id, the rest at /node/:id. */
export interface SiteNode {
  id: string;
  organisation: boolean;
}

/**
 * The views with no id, each written once. `/path` and `/search` have no query: the path view
 * starts empty, and the search page answers `?q=` in the browser from the search index.
 * `/suggest`, `/curate` and `/set` (whose members are in its query) say in the static copy that
 * they need the live explorer.
 */
export const VIEW_PAGES = [
  "/",
  "/coverage",
  "/timeline",
  "/insights",
  "/path",
  "/search",
  "/routes",
  "/changes",
  "/suggest",
  "/curate",
  "/set",
] as const;

/** Every page of the export, views first, then the guided routes, then each node's pages in id order. */
export function sitePagePaths(nodes: readonly SiteNode[], routeIds: readonly string[]): string[] {
  const pages: string[] = [...VIEW_PAGES];
  for (const id of routeIds) pages.push(`/routes/${encodeURIComponent(id)}`);
  for (const node of [...nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const at = encodeURIComponent(node.id);
    if (node.organisation) pages.push(`/org/${at}`);
    else pages.push(`/node/${at}`, `/node/${at}/lineage`, `/node/${at}/similar`);
  }
  return pages;
}

/**
 * Where a page's HTML goes, relative to the export's folder: `PATH/index.html`, so any static
 * server answers `/node/x/lineage` and `/node/x/lineage/` alike. Segments are decoded as a
 * static server decodes the URL it is asked for; one that would leave its folder (`..`, a slash
 * inside an id) is refused rather than written somewhere else.
 */
export function pageFile(pagePath: string): string {
  if (!pagePath.startsWith("/")) throw new Error(`Not a site path: ${pagePath}`);
  const segments = pagePath
    .split("/")
    .filter((s) => s !== "")
    .map((s) => {
      let decoded: string;
      try {
        decoded = decodeURIComponent(s);
      } catch {
        throw new Error(`Not a valid path segment: ${s} (in ${pagePath})`);
      }
      if (decoded === "." || decoded === ".." || /[/\\\0]/.test(decoded))
        throw new Error(`A path segment that cannot be a folder name: ${JSON.stringify(decoded)} (in ${pagePath})`);
      return decoded;
    });
  return path.posix.join(...segments, "index.html");
}
