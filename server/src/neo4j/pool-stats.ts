import type { Driver } from "neo4j-driver";
import { z } from "zod";

/**
 * neo4j-driver (6.x) keeps its pool's counts to itself: the driver's connection provider holds a
 * pool with, per server address, the idle connections (`_pools[key].length`) and how many are
 * lent out (`_activeResourceCounts[key]`). This reads exactly those fields, checked with zod, so
 * a driver upgrade that moves them gives NaN (visible on the dashboard and failing the metrics
 * integration test) rather than a wrong number. Before the first query there is no pool: 0 and 0.
 */
const poolShape = z.object({
  _pools: z.record(z.string(), z.object({ length: z.number() })),
  _activeResourceCounts: z.record(z.string(), z.number()),
});
const driverShape = z.object({
  _connectionProvider: z.union([z.null(), z.object({ _connectionPool: poolShape })]),
});

export interface PoolConnections {
  inUse: number;
  idle: number;
}

export function poolConnections(driver: Driver): PoolConnections {
  const parsed = driverShape.safeParse(driver);
  if (!parsed.success) return { inUse: Number.NaN, idle: Number.NaN };
  const pool = parsed.data._connectionProvider?._connectionPool;
  if (!pool) return { inUse: 0, idle: 0 };
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  return {
    inUse: sum(Object.values(pool._activeResourceCounts)),
    idle: sum(Object.values(pool._pools).map((p) => p.length)),
  };
}
