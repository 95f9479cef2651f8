import type { NodeLabel } from "../../../graph-seed/src/model/labels.js";
import {
  DERIVATION_HOWS,
  RELATIONSHIP_PAIRS,
  RELATIONSHIP_TYPES,
  type RelationshipType,
} from "../../../graph-seed/src/model/relationship-types.js";

export { DERIVATION_HOWS };

/**
 * Which relationships a curator may add from a new resource, and to which labels: the seed
 * model's table (DESIGN.md §2) kept to the pairs that start at a Resource, so curation and seed
 * validation can never disagree. Types and labels are spliced into Cypher, so they only ever come
 * from this table, never from input.
 */
export const RESOURCE_RELATIONSHIPS: ReadonlyMap<RelationshipType, readonly NodeLabel[]> = new Map(
  RELATIONSHIP_TYPES.map((type) => {
    const pairs: readonly (readonly [NodeLabel, NodeLabel])[] = RELATIONSHIP_PAIRS[type];
    return [type, pairs.filter(([from]) => from === "Resource").map(([, to]) => to)] as const;
  }).filter(([, targets]) => targets.length > 0),
);

export const MAX_EVIDENCE_LENGTH = 300;

/** Kebab-case slug, the shape every entity id has. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A kebab-case id from a title: "The HOPE Model (2nd ed.)" → "the-hope-model-2nd-ed". */
export function slugOf(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
}
