import type { NodeLabel } from "./labels.js";
import { NODE_LABELS } from "./labels.js";

/** How a resource derives from a framework or another resource (DERIVES_FROM's `how`). */
export const DERIVATION_HOWS = ["ADAPTS", "ENCOMPASSES", "IMPLEMENTS", "BASED_ON", "FOLLOWS_ON"] as const;
export type DerivationHow = (typeof DERIVATION_HOWS)[number];

type Pair = readonly [from: NodeLabel, to: NodeLabel];

const fromResourceTo = (...targets: NodeLabel[]): Pair[] => targets.map((to) => ["Resource", to] as const);

/** Relationship types and the `from → to` label pairs DESIGN.md §2 allows for each. */
export const RELATIONSHIP_PAIRS = {
  PUBLISHED_BY: fromResourceTo("Organisation", "Person"),
  COMMISSIONED_BY: fromResourceTo("Organisation"),
  DEVELOPED_WITH: fromResourceTo("Organisation", "Person"),
  DERIVES_FROM: fromResourceTo("Framework", "Resource"),
  DESCRIBES: fromResourceTo("Framework"),
  EVALUATES: fromResourceTo("Resource", "Framework"),
  ADDRESSES: fromResourceTo("RestraintType"),
  FOR_SETTING: fromResourceTo("Setting"),
  FOR_AUDIENCE: fromResourceTo("Audience"),
  APPLIES_IN: fromResourceTo("Jurisdiction"),
  COMPLIES_WITH: fromResourceTo("Legislation"),
  REFERENCES: fromResourceTo(...NODE_LABELS),
  PART_OF: [...fromResourceTo("Resource"), ["Organisation", "Organisation"]],
  DEVELOPED_BY: [
    ["Framework", "Organisation"],
    ["Framework", "Person"],
  ],
  FEATURES: fromResourceTo("Person"),
  AFFILIATED_WITH: [["Person", "Organisation"]],
} as const satisfies Record<string, readonly Pair[]>;

export type RelationshipType = keyof typeof RELATIONSHIP_PAIRS;
export const RELATIONSHIP_TYPES = Object.keys(RELATIONSHIP_PAIRS) as RelationshipType[];

export function isPairAllowed(type: RelationshipType, from: NodeLabel, to: NodeLabel): boolean {
  const pairs: readonly Pair[] = RELATIONSHIP_PAIRS[type];
  return pairs.some(([f, t]) => f === from && t === to);
}

/** The source document most evidence quotes come from; its text is in graph-seed/sources/. */
export const DEFAULT_SOURCE = "rrn-tools-and-resources";
/** Facts the page does not state (a full official title, a year) are marked with this source. */
export const GENERAL_KNOWLEDGE = "general-knowledge";
/** Evidence is a short quote, not a paragraph. */
export const MAX_EVIDENCE_LENGTH = 300;
