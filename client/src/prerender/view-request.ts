import { settledQuery } from "../navigation/route-table";
import { canonicalQuery } from "../navigation/url-state";

/** The URL (path and canonical query) a view settles on, as the browser's first render rewrites it. */
export function settledUrl(path: string, query: URLSearchParams): string {
  const settled = canonicalQuery(settledQuery(path, query));
  return settled ? `${path}?${settled}` : path;
}

/**
 * `fetchImpl`, noting any 5xx answer: a render that needed one (the database unreachable) drew
 * an error in place of data, and what it made must not be kept.
 */
export function watchedFetch(fetchImpl: typeof fetch): { fetch: typeof fetch; failed: () => boolean } {
  let failed = false;
  return {
    fetch: async (input, init) => {
      const res = await fetchImpl(input, init);
      if (res.status >= 500) failed = true;
      return res;
    },
    failed: () => failed,
  };
}
