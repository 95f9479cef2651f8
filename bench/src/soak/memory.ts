import { round } from "../stats.js";

export interface MemorySample {
  /** Date.now() when taken. */
  at: number;
  rssMb: number;
  heapMb: number;
}

export interface MemoryFigures {
  rssStartMb: number;
  rssEndMb: number;
  heapStartMb: number;
  heapEndMb: number;
  /** Least-squares slope of heap used against time, MB per minute, after the warm-up. */
  heapSlopeMbPerMin: number;
  /** Seconds into the load from which the slope was fitted. */
  fittedFromS: number;
}

/**
 * The server's memory over the load: where it began and ended, and how fast the heap grew
 * once warmed up. The first minute (a quarter of a shorter run) is left out of the fit: caches
 * and JIT fill then, and that growth is not a leak.
 */
export function memoryFigures(samples: readonly MemorySample[], loadStarted: number, seconds: number): MemoryFigures {
  const during = samples.filter((s) => s.at >= loadStarted);
  const first = during[0];
  const last = during.at(-1);
  const fittedFromS = Math.min(60, seconds / 4);
  const fitted = during.filter((s) => s.at >= loadStarted + fittedFromS * 1000);
  return {
    rssStartMb: round(first?.rssMb ?? Number.NaN, 1),
    rssEndMb: round(last?.rssMb ?? Number.NaN, 1),
    heapStartMb: round(first?.heapMb ?? Number.NaN, 1),
    heapEndMb: round(last?.heapMb ?? Number.NaN, 1),
    heapSlopeMbPerMin: round(slope(fitted.map((s) => [(s.at - loadStarted) / 60_000, s.heapMb] as const)), 3),
    fittedFromS,
  };
}

/** Least-squares slope of y against x; NaN with fewer than two points. */
export function slope(points: readonly (readonly [number, number])[]): number {
  const n = points.length;
  if (n < 2) return Number.NaN;
  const mx = points.reduce((a, [x]) => a + x, 0) / n;
  const my = points.reduce((a, [, y]) => a + y, 0) / n;
  let num = 0;
  let den = 0;
  for (const [x, y] of points) {
    num += (x - mx) * (y - my);
    den += (x - mx) ** 2;
  }
  return den === 0 ? Number.NaN : num / den;
}
