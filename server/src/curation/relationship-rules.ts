/**
 * Which relationships a curator may add from a new resource and to which labels (DESIGN.md §2;
 * graph-seed/src/model/relationship-types.ts holds the same table for seed data). Types and
 * labels are spliced into Cypher, so they only ever come from this table, never from input.
 */
export const RESOURCE_RELATIONSHIPS = {
  PUBLISHED_BY: ["Organisation", "Person"],
  COMMISSIONED_BY: ["Organisation"],
  DEVELOPED_WITH: ["Organisation", "Person"],
  DERIVES_FROM: ["Framework", "Resource"],
  DESCRIBES: ["Framework"],
  EVALUATES: ["Resource", "Framework"],
  ADDRESSES: ["RestraintType"],
  FOR_SETTING: ["Setting"],
  FOR_AUDIENCE: ["Audience"],
  APPLIES_IN: ["Jurisdiction"],
  COMPLIES_WITH: ["Legislation"],
  REFERENCES: [
    "Resource",
    "Organisation",
    "Framework",
    "RestraintType",
    "Setting",
    "Audience",
    "Jurisdiction",
    "Legislation",
    "Person",
  ],
  PART_OF: ["Resource"],
  FEATURES: ["Person"],
} as const satisfies Record<string, readonly string[]>;

export type ResourceRelationshipType = keyof typeof RESOURCE_RELATIONSHIPS;

export const DERIVATION_HOWS = ["ADAPTS", "ENCOMPASSES", "IMPLEMENTS", "BASED_ON", "FOLLOWS_ON"] as const;

export const MAX_EVIDENCE_LENGTH = 300;

export function isResourceRelationshipType(type: string): type is ResourceRelationshipType {
  return Object.hasOwn(RESOURCE_RELATIONSHIPS, type);
}

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
