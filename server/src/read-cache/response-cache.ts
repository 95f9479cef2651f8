import { createHash } from "node:crypto";
import { LRUCache } from "lru-cache";
import { compressOnce } from "./compress.js";

/** One cached answer: the JSON body as sent, compressed once, and its validator. */
export interface CachedResponse {
  version: string;
  etag: string;
  identity: Buffer;
  gzip: Buffer;
  br: Buffer;
}

export interface ResponseCacheStats {
  hits: number;
  misses: number;
  stores: number;
  /** Requests that waited for another's answer to the same read instead of computing it too. */
  coalesced: number;
  entries: number;
  bytes: number;
}

export interface ResponseCache {
  readonly enabled: boolean;
  get(version: string, key: string): CachedResponse | undefined;
  /** The validator for a body under a version (also what `store` will record). */
  etagOf(version: string, body: string): string;
  /** Compresses and keeps the body; `stillCurrent` is asked once that is done, so an answer of a
   * version that ended meanwhile is dropped rather than kept. */
  store(version: string, key: string, body: string, stillCurrent: () => boolean): Promise<void>;
  /**
   * A miss that will compute the answer: later misses of the same read wait for it (`pending`)
   * instead of running the same query at once. Settled when its answer is stored (or dropped),
   * or by the returned function — call it when the request ends, in case it stored nothing.
   */
  claim(version: string, key: string): () => void;
  /** The in-flight computation of this read by an earlier miss, if there is one. */
  pending(version: string, key: string): Promise<void> | undefined;
  clear(): void;
  stats(): ResponseCacheStats;
}

/**
 * Public answers by (graph version, operation key), in a least-recently-used cache bounded in
 * bytes (lru-cache's maxSize). Each body is kept with its gzip and brotli forms, made once off
 * the event loop, so a repeat costs no Cypher, no GraphQL execution and no compression.
 */
export function createResponseCache(maxBytes: number): ResponseCache {
  const lru =
    maxBytes > 0
      ? new LRUCache<string, CachedResponse>({
          maxSize: maxBytes,
          sizeCalculation: (entry, key) =>
            Math.max(1, entry.identity.length + entry.gzip.length + entry.br.length + key.length),
        })
      : undefined;
  const counts = { hits: 0, misses: 0, stores: 0, coalesced: 0 };
  const keyOf = (version: string, key: string) => `${version}\n${key}`;
  // One entry per read being computed. A newsletter's readers, or a soak's clients, arriving at
  // once on a cold cache would otherwise each run the same query (and compress the same answer).
  const inflight = new Map<string, { promise: Promise<void>; settle: () => void; storing: boolean }>();
  const settle = (k: string) => {
    inflight.get(k)?.settle();
    inflight.delete(k);
  };
  // Weak: the same answer goes out identity, gzip or brotli encoded under one validator.
  const etagOf = (version: string, body: string) =>
    `W/"${version}.${createHash("sha256").update(body).digest("base64url").slice(0, 22)}"`;
  return {
    enabled: lru !== undefined,
    get: (version, key) => {
      if (!lru) return undefined;
      const entry = lru.get(keyOf(version, key));
      if (entry) counts.hits += 1;
      else counts.misses += 1;
      return entry;
    },
    etagOf,
    store: async (version, key, body, stillCurrent) => {
      if (!lru) return;
      const k = keyOf(version, key);
      const claimed = inflight.get(k);
      // The request's end must not release the waiters while its answer is still compressing.
      if (claimed) claimed.storing = true;
      try {
        const identity = Buffer.from(body, "utf8");
        const { gzip: gz, br } = await compressOnce(identity);
        if (stillCurrent()) {
          lru.set(k, { version, etag: etagOf(version, body), identity, gzip: gz, br });
          counts.stores += 1;
        }
      } finally {
        if (claimed && inflight.get(k) === claimed) settle(k);
      }
    },
    claim: (version, key) => {
      const k = keyOf(version, key);
      if (!lru || inflight.has(k)) return () => undefined;
      let release!: () => void;
      const promise = new Promise<void>((resolve) => {
        release = resolve;
      });
      const entry = { promise, settle: release, storing: false };
      inflight.set(k, entry);
      return () => {
        if (inflight.get(k) === entry && !entry.storing) settle(k);
      };
    },
    pending: (version, key) => {
      const entry = inflight.get(keyOf(version, key));
      if (entry) counts.coalesced += 1;
      return entry?.promise;
    },
    clear: () => lru?.clear(),
    stats: () => ({ ...counts, entries: lru?.size ?? 0, bytes: lru?.calculatedSize ?? 0 }),
  };
}
