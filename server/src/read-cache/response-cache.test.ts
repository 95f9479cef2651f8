import { gunzipSync, brotliDecompressSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { createResponseCache } from "./response-cache.js";

describe("response cache", () => {
  it("keeps an answer per version and key, with gzip and brotli copies of the same bytes", async () => {
    const cache = createResponseCache(1_000_000);
    const body = `${JSON.stringify({ data: { graph: { total: 3 } } })}\n`;
    await cache.store("7-abc", "k", body, () => true);
    const entry = cache.get("7-abc", "k")!;
    expect(entry.identity.toString()).toBe(body);
    expect(gunzipSync(entry.gzip).toString()).toBe(body);
    expect(brotliDecompressSync(entry.br).toString()).toBe(body);
    expect(entry.etag).toBe(cache.etagOf("7-abc", body));
    expect(entry.etag).toMatch(/^W\/"7-abc\./);
    expect(cache.get("8-def", "k")).toBeUndefined();
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 1, stores: 1, entries: 1 });
  });

  it("drops an answer whose version ended while it was being compressed", async () => {
    const cache = createResponseCache(1_000_000);
    await cache.store("1-a", "k", "{}\n", () => false);
    expect(cache.get("1-a", "k")).toBeUndefined();
  });

  it("stays within its byte budget, dropping the least recently used", async () => {
    const body = `${"x".repeat(4000)}\n`;
    const cache = createResponseCache(10_000);
    for (const key of ["a", "b", "c", "d"]) await cache.store("1-a", key, body, () => true);
    expect(cache.stats().bytes).toBeLessThanOrEqual(10_000);
    expect(cache.get("1-a", "a")).toBeUndefined();
    expect(cache.get("1-a", "d")).toBeDefined();
  });

  it("with a budget of 0 keeps nothing", async () => {
    const cache = createResponseCache(0);
    await cache.store("1-a", "k", "{}\n", () => true);
    expect(cache.enabled).toBe(false);
    expect(cache.get("1-a", "k")).toBeUndefined();
  });

  it("lets a later miss wait for the answer an earlier one is computing, until it is stored", async () => {
    const cache = createResponseCache(1_000_000);
    expect(cache.pending("1-a", "k")).toBeUndefined();
    const release = cache.claim("1-a", "k");
    const waiting = cache.pending("1-a", "k");
    expect(waiting).toBeInstanceOf(Promise);
    let settled = false;
    void waiting!.then(() => (settled = true));
    const storing = cache.store("1-a", "k", "{}\n", () => true);
    // The request ending while its answer compresses does not release the waiters early.
    release();
    await Promise.resolve();
    expect(settled).toBe(false);
    await storing;
    await waiting;
    expect(cache.get("1-a", "k")).toBeDefined();
    expect(cache.pending("1-a", "k")).toBeUndefined();
    expect(cache.stats().coalesced).toBe(1);
  });

  it("releases the waiters when the request that claimed a read ends without storing it", async () => {
    const cache = createResponseCache(1_000_000);
    const release = cache.claim("1-a", "k");
    // A second claim of the same read is not a leader: its release changes nothing.
    cache.claim("1-a", "k")();
    const waiting = cache.pending("1-a", "k")!;
    release();
    await waiting;
    expect(cache.pending("1-a", "k")).toBeUndefined();
    expect(cache.get("1-a", "k")).toBeUndefined();
  });
});
