import { log } from "../log.js";
import { round } from "../stats.js";
import { loadAgainstFloor, rawGet, startFloor, type LoadFigures } from "./read.js";

/**
 * The explorer's pages warm, as a browser asks for them on a navigation (its Accept,
 * `Accept-Encoding: gzip, deflate, br` and Fetch Metadata), at N connections, each vs a bare Node
 * server sending the very bytes and headers the API sent for it, security headers included
 * (./bare-bytes-server.ts). The
 * pages come from the server's page cache (server/src/http/page-cache.ts); what is measured is
 * everything around it: Express's routing and middleware (security headers, request id) and
 * the cache lookup, against the floor of writing the same bytes. Also: whether the page carries
 * an ETag and a repeat with If-None-Match is answered 304.
 */
export interface PageFigures {
  path: string;
  status: number;
  encoding: string;
  bytes: number;
  etag: string | null;
  /** Status of the same request with If-None-Match: the ETag (304 expected). */
  revalidated: number | null;
  api: LoadFigures;
  floor: LoadFigures;
  /** API req/s ÷ floor req/s (target ≥ 0.8). */
  ratio: number;
}

/** The views the issue names, on ids of the seed graph. */
export const BENCH_PAGES = [
  "/",
  "/node/six-core-strategies",
  "/node/six-core-strategies/lineage",
  "/org/mersey-care",
  "/path?from=mersey-care&to=six-core-strategies&context=include",
  "/coverage",
  "/routes/family-or-carer",
  "/timeline",
  "/insights",
];

/** What Chromium sends when it navigates to a page of the explorer. */
export const NAVIGATION_HEADERS = {
  accept:
    "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7",
  "accept-encoding": "gzip, deflate, br",
  "accept-language": "en-GB,en;q=0.9",
  "sec-fetch-dest": "document",
  "sec-fetch-mode": "navigate",
  "sec-fetch-site": "none",
  "sec-fetch-user": "?1",
  "upgrade-insecure-requests": "1",
};

export async function measurePages(
  apiUrl: string,
  paths: readonly string[],
  connections: number,
  seconds: number,
  floorPort: number,
): Promise<PageFigures[]> {
  const figures: PageFigures[] = [];
  for (const pagePath of paths) {
    const url = `${apiUrl}${pagePath}`;
    // The first request renders and caches the page; measured from the second on.
    await rawGet(url, NAVIGATION_HEADERS);
    const response = await rawGet(url, NAVIGATION_HEADERS);
    const etag = typeof response.headers.etag === "string" ? response.headers.etag : null;
    const revalidated = etag ? (await rawGet(url, { ...NAVIGATION_HEADERS, "if-none-match": etag })).status : null;
    const floor = await startFloor(response, floorPort, "all");
    try {
      const { api, bare } = await loadAgainstFloor(
        url,
        `${floor.url}${pagePath}`,
        connections,
        seconds,
        NAVIGATION_HEADERS,
      );
      const page: PageFigures = {
        path: pagePath,
        status: response.status,
        encoding: String(response.headers["content-encoding"] ?? "identity"),
        bytes: response.body.length,
        etag,
        revalidated,
        api,
        floor: bare,
        ratio: round(api.rps / bare.rps, 3),
      };
      log(
        `  ${pagePath}: ${page.api.rps} req/s (p99 ${page.api.p99Ms} ms) vs bare ${page.floor.rps} req/s: ×${page.ratio}; ${page.bytes} B ${page.encoding}, ETag ${etag ? "yes" : "no"}, If-None-Match → ${revalidated ?? "-"}`,
      );
      figures.push(page);
    } finally {
      await floor.stop();
    }
  }
  return figures;
}
