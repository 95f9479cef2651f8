import { sortKeys } from "../backup/canonical-json.js";

/**
 * What the seed last wrote, kept on each seed node so a curator's change can be *derived*: a
 * seed-owned property whose value differs from what the seed last wrote there is the
 * curator's, whatever wrote it (a generated mutation, a custom one, Cypher by hand). The
 * importer then never overwrites it, and `seed:pull` knows what to write back to the files.
 *
 * One JSON string property per seed node, `seedState`:
 * - `values`: the node's seed-owned properties as the seed last wrote them;
 * - `conflicts`: for properties a curator holds whose value the files have since changed too,
 *   what the files say now (the import keeps the curator's value and reports it);
 * - `relationships`: the node's outgoing seed relationships, by `relationshipRef`, each with the
 *   provenance the seed last wrote (and its `conflicts`). A relationship listed here but missing
 *   from the graph was removed by a curator (unless its far end was deleted): the import does not
 *   put it back.
 *
 * Seed relationships themselves carry only `managedBy: "seed"`; their baseline lives on the node
 * they start from, so removing one leaves a record behind. A soft-deleted seed node keeps its
 * `managedBy`, `id` and `seedState` under the `Deleted` label; the import skips it and its
 * relationships until it is restored or its record leaves the files.
 */
export const SEED_STATE = "seedState";

export type StateValue = unknown;
export type ValueMap = Record<string, StateValue>;

export interface RelationshipState {
  values: ValueMap;
  conflicts?: ValueMap;
}

export interface SeedState {
  values: ValueMap;
  conflicts?: ValueMap;
  relationships?: Record<string, RelationshipState>;
}

/** The seed-owned provenance keys of a relationship. */
export const RELATIONSHIP_STATE_KEYS = ["evidence", "source", "how", "basis", "reasoning", "confirmedBy"] as const;

/** A relationship's name on the node it starts from: `DERIVES_FROM>Framework:six-core-strategies`. */
export function relationshipRef(type: string, toLabel: string, to: string): string {
  return `${type}>${toLabel}:${to}`;
}

export function parseRelationshipRef(ref: string): { type: string; toLabel: string; to: string } | null {
  const m = /^([A-Z_]+)>([A-Za-z]+):(.+)$/.exec(ref);
  return m ? { type: m[1]!, toLabel: m[2]!, to: m[3]! } : null;
}

/** Null, undefined and an empty list all mean "not set", as the importer writes them. */
export function normalised(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value) && value.length === 0) return null;
  return value;
}

export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(sortKeys(normalised(a))) === JSON.stringify(sortKeys(normalised(b)));
}

/** Drops unset values and sorts keys, so equal states give equal strings. */
function compact(values: ValueMap | undefined): ValueMap | undefined {
  if (!values) return undefined;
  const out: ValueMap = {};
  for (const [k, v] of Object.entries(values)) if (normalised(v) !== null) out[k] = v;
  return Object.keys(out).length > 0 ? out : undefined;
}

export function serialiseSeedState(state: SeedState): string {
  const relationships: Record<string, RelationshipState> = {};
  for (const [ref, r] of Object.entries(state.relationships ?? {})) {
    const conflicts = r.conflicts && Object.keys(r.conflicts).length > 0 ? r.conflicts : undefined;
    relationships[ref] = { values: compact(r.values) ?? {}, ...(conflicts ? { conflicts } : {}) };
  }
  const conflicts = state.conflicts && Object.keys(state.conflicts).length > 0 ? state.conflicts : undefined;
  return JSON.stringify(
    sortKeys({
      values: compact(state.values) ?? {},
      ...(conflicts ? { conflicts } : {}),
      ...(Object.keys(relationships).length > 0 ? { relationships } : {}),
    }),
  );
}

/** The stored state, or null when the node has none (imported before states were kept) or it is unreadable. */
export function parseSeedState(text: unknown): SeedState | null {
  if (typeof text !== "string") return null;
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== "object" || parsed === null || !("values" in parsed)) return null;
    return parsed as SeedState;
  } catch {
    return null;
  }
}

/** How the import settles one seed-owned property (or relationship field). */
export type Settlement =
  /** Nobody else changed it: the files' value is written. */
  | "seed"
  /** A curator changed it and the files now say the same: it is the seed's again. */
  | "caught-up"
  /** A curator changed it; the files did not: the curator's value stays. */
  | "kept"
  /** A curator changed it and the files changed it differently: the curator's value stays, reported. */
  | "conflict";

export interface Merged {
  value: unknown;
  /** What the seed has now written (the new baseline). */
  base: unknown;
  settlement: Settlement;
  /** For a conflict: what the files say. */
  fileValue?: unknown;
}

/**
 * One property, three values: what the graph holds, what the seed last wrote, what the files
 * say. A curator's change is one where the graph differs from what the seed last wrote. On a
 * conflict the baseline stays as it was, so the conflict is reported again on every import
 * until a maintainer settles it (the files take the curator's value, or a curator sets the
 * files' value).
 */
export function mergeValue(current: unknown, base: unknown, file: unknown): Merged {
  if (sameValue(current, base)) return { value: file, base: file, settlement: "seed" };
  if (sameValue(file, current)) return { value: current, base: file, settlement: "caught-up" };
  if (sameValue(file, base)) return { value: current, base, settlement: "kept" };
  return { value: current, base, settlement: "conflict", fileValue: file };
}

export interface DerivedChange {
  key: string;
  curatorValue: unknown;
  /** What the seed files say: the pending file value on a conflict, else what the seed last wrote. */
  seedValue: unknown;
  conflict: boolean;
}

/** The curator's changes among `keys`: those whose current value differs from the baseline. */
export function derivedChanges(
  current: Record<string, unknown>,
  values: ValueMap,
  conflicts: ValueMap | undefined,
  keys: readonly string[],
): DerivedChange[] {
  return keys
    .filter((key) => !sameValue(current[key], values[key]))
    .map((key) => {
      const conflict = conflicts !== undefined && Object.hasOwn(conflicts, key);
      return {
        key,
        curatorValue: normalised(current[key]),
        seedValue: normalised(conflict ? conflicts[key] : values[key]),
        conflict,
      };
    });
}
