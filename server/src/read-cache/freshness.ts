import type { GraphVersionTracker } from "../graph-version/tracker.js";

/**
 * Whether what is cached may be served, and how:
 *
 * - `fresh`: the graph version is confirmed (../graph-version/tracker.ts); cached answers and
 *   pages of that version are current.
 * - `stale`: the database is known to be unreachable (the circuit breaker is open), and this
 *   instance confirmed `version` at `confirmedAt`. What was cached under it is still served,
 *   marked stale, so readers keep reading through a database restart; nothing new is cached.
 * - `unknown`: no version to trust (none ever confirmed, or the database is back but the
 *   version not yet read again): nothing cached is served, every read goes to the database.
 *
 * So once Neo4j answers again nothing stale is served: the breaker closes, the version is read
 * again, and if it changed the caches are dropped (./response-cache.ts, ../http/page-cache.ts).
 */
export type Freshness =
  { state: "fresh"; version: string } | { state: "stale"; version: string; confirmedAt: number } | { state: "unknown" };

export interface FreshnessOptions {
  graphVersion: Pick<GraphVersionTracker, "current" | "lastConfirmed">;
  /** True while the database is known to be unreachable (the circuit breaker is open). */
  databaseDown: () => boolean;
  /** Serve what is cached under the last confirmed version while the database is down (SERVE_STALE). */
  serveStale: boolean;
}

export function createFreshness({ graphVersion, databaseDown, serveStale }: FreshnessOptions): () => Freshness {
  return () => {
    if (databaseDown()) {
      const last = serveStale ? graphVersion.lastConfirmed() : undefined;
      return last ? { state: "stale", version: last.version, confirmedAt: last.confirmedAt } : { state: "unknown" };
    }
    const version = graphVersion.current();
    return version === undefined ? { state: "unknown" } : { state: "fresh", version };
  };
}

/**
 * The header that marks an answer served from the cache while the database is unreachable. Its
 * value, `as-of=<ISO time>`, is when this server last confirmed that the graph version the
 * answer belongs to was current: the data is the graph as it was then. (RFC 7234's
 * `Warning: 110` said this once; RFC 9111 dropped the Warning header.)
 */
export const DATA_STALE_HEADER = "x-data-stale";

/** The headers of a stale answer: X-Data-Stale and `Age` (seconds since the version was last confirmed). */
export function staleHeaders(confirmedAt: number, now: number = Date.now()): Record<string, string> {
  return {
    [DATA_STALE_HEADER]: `as-of=${new Date(confirmedAt).toISOString()}`,
    age: String(Math.max(0, Math.floor((now - confirmedAt) / 1000))),
  };
}
