/**
 * What this API instance believes the graph version is. Every cached answer is keyed by it, so
 * it must follow changes quickly, including writes made through another instance:
 *
 * - a write through this instance advances it as soon as the write has committed;
 * - a background poll reads it from Neo4j every `pollMs`, so another instance's write is seen
 *   within one poll interval plus the poll's round trip;
 * - a version not confirmed for `maxAgeMs` (Neo4j unreachable, polls failing) is not used:
 *   `current()` is undefined and every request goes to the database, as if nothing were cached.
 *
 * So a cached answer is at most about `pollMs` behind another instance's write, and never more
 * than `maxAgeMs`. While Neo4j is unreachable the last confirmed version is still known
 * (`lastConfirmed`): readers may be served what was cached under it, marked stale
 * (../read-cache/freshness.ts); `distrust` ends its confirmation at once when the database is
 * known to be gone, so nothing is served as fresh until a read succeeds again.
 */
export interface GraphVersionTracker {
  /** The version to serve and cache under, or undefined while none is confirmed recently enough. */
  current(): string | undefined;
  /** The last version read or written, and when it was last confirmed (ms, `now`'s clock); undefined before any. */
  lastConfirmed(): { version: string; confirmedAt: number } | undefined;
  /** The database is known to be unreachable: `current()` is undefined until the next successful read. */
  distrust(): void;
  /** Reads the version from Neo4j now (throws what the read throws). */
  refresh(): Promise<string>;
  /** A write through this instance committed with this version. */
  advance(version: string): void;
  /** Called with the new version whenever it changes. */
  onChange(listener: (version: string) => void): () => void;
  /** Starts polling (first read at once). */
  start(): void;
  stop(): void;
}

export interface TrackerOptions {
  read: () => Promise<string>;
  pollMs: number;
  maxAgeMs: number;
  onPollError?: (err: unknown) => void;
  now?: () => number;
}

export function createGraphVersionTracker({
  read,
  pollMs,
  maxAgeMs,
  onPollError = () => undefined,
  now = Date.now,
}: TrackerOptions): GraphVersionTracker {
  let version: string | undefined;
  let confirmedAt = -Infinity;
  // When it was last confirmed, kept through `distrust` (which only ends its use as current).
  let lastConfirmedAt = -Infinity;
  // Bumped by every local write: a read that began before one must not set an older version back.
  let epoch = 0;
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  const listeners = new Set<(version: string) => void>();

  const accept = (next: string) => {
    confirmedAt = now();
    lastConfirmedAt = confirmedAt;
    if (next === version) return;
    version = next;
    for (const listener of listeners) listener(next);
  };

  const refresh = async (): Promise<string> => {
    const started = epoch;
    const value = await read();
    if (started === epoch) accept(value);
    return version ?? value;
  };

  const poll = async () => {
    try {
      await refresh();
    } catch (err) {
      onPollError(err);
    }
    if (running) timer = setTimeout(() => void poll(), pollMs).unref();
  };

  return {
    current: () => (version !== undefined && now() - confirmedAt <= maxAgeMs ? version : undefined),
    lastConfirmed: () => (version === undefined ? undefined : { version, confirmedAt: lastConfirmedAt }),
    distrust: () => {
      // A read already in flight that succeeds still confirms it: the database answered.
      confirmedAt = -Infinity;
    },
    refresh,
    advance: (next) => {
      epoch += 1;
      accept(next);
    },
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start: () => {
      if (running) return;
      running = true;
      void poll();
    },
    stop: () => {
      running = false;
      if (timer) clearTimeout(timer);
    },
  };
}
