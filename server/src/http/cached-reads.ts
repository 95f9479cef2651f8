import type { ApolloServerPlugin } from "@apollo/server";
import type { RequestHandler } from "express";
import type { GraphContext } from "../context.js";
import type { GraphVersionTracker } from "../graph-version/tracker.js";
import type { Logger } from "../logger.js";
import { operationKey, requestKey } from "../read-cache/operation-key.js";
import { isPublicRead } from "../read-cache/public-reads.js";
import { staleHeaders, type Freshness } from "../read-cache/freshness.js";
import type { CachedResponse, ResponseCache } from "../read-cache/response-cache.js";
import { passesCsrfPrevention } from "./fetch-metadata.js";

export interface CachedReadsOptions {
  cache: ResponseCache;
  graphVersion: GraphVersionTracker;
  /** Whether cached answers are current, stale (database unreachable) or not to be used (../read-cache/freshness.ts). */
  freshness: () => Freshness;
  /** Root fields whose answers depend on who asks or on live server state: never cached. */
  personalFields: ReadonlySet<string>;
  /** Seconds a shared cache (CDN) may keep a public answer without asking; 0 for none. */
  sharedMaxAge: number;
  logger: Logger;
}

export const GRAPH_VERSION_HEADER = "x-graph-version";
/**
 * How long a miss waits for an identical read already being answered before asking itself. The
 * answer normally comes in milliseconds; past this, something is wrong with that request.
 */
const COALESCE_WAIT_MS = 5000;

/**
 * HTTP caching of public reads. Public means: a query with no personal root field, sent without
 * an Authorization header. Such an answer is
 *
 * - kept in the server's response cache under (graph version, operation key) — see ../read-cache;
 *   identical reads arriving while the first is being answered wait for its answer;
 * - sent with a weak ETag (graph version + hash of the body), answered `304 Not Modified` when
 *   the browser or CDN already holds it (If-None-Match), and, over GET,
 *   `Cache-Control: public, max-age=0, must-revalidate` (plus `s-maxage` if configured): anyone
 *   may keep it, but must ask before reusing it — a cheap question, answered from memory.
 *
 * Everything else — mutations, curator reads, anything with a token, errors — is
 * `private, no-store`. Every answer names the graph version in X-Graph-Version.
 *
 * While the database is unreachable, a read this cache holds under the last confirmed version is
 * still answered, `200` with `X-Data-Stale: as-of=…` and `Age`, as `no-store` with no ETag, so no
 * browser or CDN keeps the stale copy or its marker past the outage; any other read goes on to
 * Apollo, whose circuit breaker answers `503 SERVICE_UNAVAILABLE` at once.
 */
export function cachedReads({
  cache,
  graphVersion,
  freshness,
  personalFields,
  sharedMaxAge,
  logger,
}: CachedReadsOptions): {
  /** Express middleware before Apollo: answers repeats from the cache. */
  serveFromCache: RequestHandler;
  /** Apollo plugin: stores first answers and sets the caching headers on every answer. */
  plugin: ApolloServerPlugin<GraphContext>;
} {
  const publicPolicy = `public, max-age=0, must-revalidate${sharedMaxAge > 0 ? `, s-maxage=${sharedMaxAge}` : ""}`;
  const privatePolicy = "private, no-store";

  const serveFromCache: RequestHandler = async (req, res, next) => {
    const fresh = freshness();
    const version = fresh.state === "unknown" ? undefined : fresh.version;
    if (version) res.setHeader(GRAPH_VERSION_HEADER, version);
    if (!cache.enabled || !version || req.headers.authorization !== undefined) return next();
    const get = req.method === "GET";
    if (!get && req.method !== "POST") return next();
    // Never answer what Apollo would refuse as a possible forgery.
    if (!passesCsrfPrevention(req.headers)) return next();
    const body: unknown = req.body;
    const fields: Record<string, unknown> = get
      ? Object.fromEntries(new URL(req.url, "http://localhost").searchParams)
      : typeof body === "object" && body !== null && !Array.isArray(body)
        ? Object.fromEntries(Object.entries(body))
        : {};
    const key = requestKey(fields, get);
    if (key === undefined) return next();
    if (fresh.state === "stale") {
      const stale = cache.get(version, key);
      if (!stale) return next();
      res.setHeader("content-type", "application/json; charset=utf-8");
      res.setHeader("x-cache", "STALE");
      res.setHeader("cache-control", privatePolicy);
      for (const [name, value] of Object.entries(staleHeaders(fresh.confirmedAt))) res.setHeader(name, value);
      res.vary("Accept-Encoding");
      sendEncoded(req.acceptsEncodings("br", "gzip", "identity"), stale, res);
      logger.debug({ operationName: fields.operationName ?? null }, "graphql request from cache, stale");
      return;
    }
    let entry = cache.get(version, key);
    const earlier = entry ? undefined : cache.pending(version, key);
    if (earlier) {
      // The same read is being answered for someone else: wait for that answer, not the database.
      await Promise.race([earlier, new Promise((resolve) => setTimeout(resolve, COALESCE_WAIT_MS).unref())]);
      entry = cache.get(version, key);
    }
    if (!entry) {
      // This request computes the answer; the same read arriving meanwhile waits for it.
      res.on("close", cache.claim(version, key));
      return next();
    }
    const log = () =>
      logger.debug(
        { operationName: fields.operationName ?? null, status: res.statusCode },
        "graphql request from cache",
      );
    res.setHeader("content-type", "application/json; charset=utf-8");
    res.setHeader("x-cache", "HIT");
    if (get) {
      res.setHeader("cache-control", publicPolicy);
      res.setHeader("etag", entry.etag);
      res.vary("Accept-Encoding");
      res.vary("Authorization");
      if (matchesIfNoneMatch(req.headers["if-none-match"], entry.etag)) {
        res.status(304).end();
        log();
        return;
      }
    } else {
      res.setHeader("cache-control", privatePolicy);
    }
    sendEncoded(req.acceptsEncodings("br", "gzip", "identity"), entry, res);
    log();
  };

  const plugin: ApolloServerPlugin<GraphContext> = {
    requestDidStart: () => {
      const versionAtStart = graphVersion.current();
      return Promise.resolve({
        willSendResponse: (rc) => {
          const headers = rc.response.http.headers;
          const version = graphVersion.current();
          if (version) headers.set(GRAPH_VERSION_HEADER, version);
          const body = rc.response.body;
          const http = rc.request.http;
          const cacheable =
            body.kind === "single" &&
            body.singleResult.data != null &&
            !body.singleResult.errors?.length &&
            rc.operation !== undefined &&
            isPublicRead(rc.operation, rc.document, personalFields) &&
            http !== undefined &&
            !http.headers.has("authorization") &&
            (http.method === "GET" || http.method === "POST") &&
            rc.queryHash !== undefined &&
            // Part of it fell short this time (a layout that failed): sent, but not kept.
            rc.contextValue.transient !== true &&
            // An answer computed while the version changed may mix both: not kept, not validated.
            version !== undefined &&
            version === versionAtStart;
          if (!cacheable) {
            headers.set("cache-control", privatePolicy);
            return Promise.resolve();
          }
          const { data, extensions } = body.singleResult;
          // As Apollo serialises a single result (JSON and a newline), so hits send the same bytes.
          const text = `${JSON.stringify(extensions ? { data, extensions } : { data })}\n`;
          const key = operationKey(rc.queryHash, rc.request.operationName, rc.request.variables);
          headers.set("etag", cache.etagOf(version, text));
          headers.set("x-cache", "MISS");
          if (http.method === "GET") {
            headers.set("cache-control", publicPolicy);
            headers.set("vary", "Accept-Encoding, Authorization");
          } else {
            headers.set("cache-control", privatePolicy);
          }
          void cache
            .store(version, key, text, () => graphVersion.current() === version)
            .catch((err: unknown) => logger.warn({ err }, "could not cache an answer"));
          return Promise.resolve();
        },
      });
    },
  };

  return { serveFromCache, plugin };
}

function sendEncoded(accepted: string | false, entry: CachedResponse, res: Parameters<RequestHandler>[1]): void {
  const [encoding, bytes] =
    accepted === "br" ? ["br", entry.br] : accepted === "gzip" ? ["gzip", entry.gzip] : ["identity", entry.identity];
  if (encoding !== "identity") res.setHeader("content-encoding", encoding);
  res.setHeader("content-length", bytes.length);
  res.end(bytes);
}

/**
 * Whether a client's If-None-Match names this validator (weak comparison, RFC 9110 13.1.2).
 * Not Express's `req.fresh`: that refuses any request carrying `Cache-Control: no-cache`, which
 * fetch() adds to every request with a hand-set If-None-Match; the origin may still answer 304.
 */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  const mine = opaque(etag);
  return header.split(",").some((tag) => tag.trim() === "*" || opaque(tag) === mine);
}
