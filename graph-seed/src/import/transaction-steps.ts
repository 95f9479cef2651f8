import type { ManagedTransaction } from "neo4j-driver";
import { SEED_OWNER } from "@rrn/model";

/** What the import's steps run their statements on: the one write transaction. */
export type Tx = Pick<ManagedTransaction, "run">;

/** The `$owner` parameter of every statement that reads or writes only the seed's own data. */
export const SEED = { owner: SEED_OWNER };

const BATCH = 500;

/** Rows in batches of BATCH, one UNWIND statement each. */
export function batches<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

export function groupBy<T, K extends string>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
