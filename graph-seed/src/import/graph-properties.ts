import neo4j from "neo4j-driver";
import { MANAGED_BY, type NodeLabel, recordKeys, SEED_OWNER } from "@rrn/model";
import { type SeedNode, type SeedRelationship } from "../seed.js";

/** Property values as the importer writes and compares them. */
export type PropertyValue = string | number | boolean | string[] | null;
export type PropertyMap = Record<string, PropertyValue>;

/** Separates aliases in `aliasText`; a full-text index reads strings, not lists. */
export const ALIAS_SEPARATOR = " | ";

/**
 * The properties the seed owns on a node of this label: everything its YAML schema allows plus
 * the derived `aliasText` and the `managedBy` mark. Curators' other properties are never touched.
 */
export function seedNodeKeys(label: NodeLabel): string[] {
  return [...recordKeys(label), "aliasText", MANAGED_BY];
}

export const SEED_RELATIONSHIP_KEYS = [
  "evidence",
  "source",
  "how",
  "basis",
  "reasoning",
  "confirmedBy",
  MANAGED_BY,
] as const;

/**
 * The full property map for a node, with `null` for every seed-owned key the record leaves
 * out: `SET n += map` then removes a property that was deleted from the YAML.
 */
export function nodeProperties(node: SeedNode): PropertyMap {
  const record = node.record as Record<string, unknown>;
  const props: PropertyMap = {};
  for (const key of recordKeys(node.label)) props[key] = (record[key] ?? null) as PropertyValue;
  props.aliasText = node.record.aliases?.length ? node.record.aliases.join(ALIAS_SEPARATOR) : null;
  props[MANAGED_BY] = SEED_OWNER;
  return props;
}

export function relationshipProperties(rel: SeedRelationship): PropertyMap {
  return {
    evidence: rel.evidence,
    source: rel.source,
    how: rel.how ?? null,
    basis: rel.basis,
    reasoning: rel.reasoning ?? null,
    confirmedBy: rel.confirmedBy ?? null,
    [MANAGED_BY]: SEED_OWNER,
  };
}

/**
 * Years must be stored as Neo4j Integers (the API types them `Int`); a plain JS number would
 * travel as a Float.
 */
export function toDriverValue(value: PropertyValue): unknown {
  return typeof value === "number" && Number.isInteger(value) ? neo4j.int(value) : value;
}

export function toDriverMap(props: PropertyMap): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, toDriverValue(v)]));
}

/** A value read back from Neo4j, in the same plain form as PropertyValue, for comparison. */
export function fromDriverValue(value: unknown): unknown {
  if (neo4j.isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(fromDriverValue);
  return value;
}

/** True when the stored properties already hold exactly what the seed would write for `keys`. */
export function sameSeedProperties(
  stored: Record<string, unknown>,
  wanted: PropertyMap,
  keys: readonly string[],
): boolean {
  return keys.every((key) => {
    const a = fromDriverValue(stored[key] ?? null);
    const b = wanted[key] ?? null;
    return JSON.stringify(a) === JSON.stringify(b);
  });
}
