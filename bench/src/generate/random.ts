/**
 * A seeded pseudo-random source (mulberry32): the same size always yields the same graph, so
 * runs can be compared and the queried ids exist in every run.
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /**
   * An index in [0, n) with a power-law bias towards 0: a few hubs (the NHS Englands of the
   * graph) collect most relationships, as in the real resource bank.
   */
  skewed(n: number, exponent?: number): number;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error("pick from an empty list");
      return item;
    },
    skewed: (n, exponent = 2.5) => Math.min(n - 1, Math.floor(n * Math.pow(next(), exponent))),
  };
}
