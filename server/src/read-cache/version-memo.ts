import { LRUCache } from "lru-cache";

/**
 * Answers that depend on the graph version and their arguments alone, and whose size does not
 * grow with the graph — coverage's counts, insights' aggregates — computed once per version
 * however they are asked (GET or POST, cached response or not), so their cost does not grow with
 * the graph either once the version has been seen. A new version drops them all. While the
 * version is unknown (the database unreachable, or not yet read), every call computes: nothing
 * is kept that could outlive the version it was computed for.
 */
export interface VersionMemo {
  get<T>(key: string, compute: () => Promise<T>): Promise<T>;
  /** How many answers are held, and how many calls they answered, for tests and metrics. */
  stats(): { entries: number; hits: number; computed: number };
}

/** Kinds of answer × their arguments in use at once: a handful each. */
const MAX_ENTRIES = 256;

export function createVersionMemo(currentVersion: () => string | undefined): VersionMemo {
  const answers = new LRUCache<string, Promise<unknown>>({ max: MAX_ENTRIES });
  let version: string | undefined;
  const counts = { hits: 0, computed: 0 };
  return {
    get: <T>(key: string, compute: () => Promise<T>): Promise<T> => {
      const now = currentVersion();
      if (now !== undefined && now !== version) {
        answers.clear();
        version = now;
      }
      const held = now === undefined ? undefined : (answers.get(key) as Promise<T> | undefined);
      if (held) {
        counts.hits += 1;
        return held;
      }
      counts.computed += 1;
      if (now === undefined) return compute();
      // Kept as the promise, so callers arriving while it computes share the one computation.
      const answer = compute();
      answers.set(key, answer);
      // A failure (a timeout, the database gone) is not an answer: the next call tries again.
      answer.catch(() => {
        if (answers.get(key) === answer) answers.delete(key);
      });
      return answer;
    },
    stats: () => ({ entries: answers.size, ...counts }),
  };
}
