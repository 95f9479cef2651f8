import type { NodeLabel } from "./labels.js";
import { NODE_LABELS } from "./labels.js";

/**
 * The relationship vocabulary: every type, the `from → to` label pairs it allows, what it
 * means, and the field names the API's entity types give it. The seed validator, the importer,
 * the API (its `RelationshipType` enum, entity fields and queries), curation and the client's
 * generated types all read this table, so a new relationship type is added here and nowhere
 * else (the client's type check then asks for its style).
 */

/** How a resource derives from a framework or another resource (DERIVES_FROM's `how`). */
export const DERIVATION_HOWS = ["ADAPTS", "ENCOMPASSES", "IMPLEMENTS", "BASED_ON", "FOLLOWS_ON"] as const;
export type DerivationHow = (typeof DERIVATION_HOWS)[number];

export const DERIVATION_HOW_MEANINGS: Record<DerivationHow, string> = {
  ADAPTS: "Adapts the target to another context.",
  ENCOMPASSES: "Takes in the whole of the target.",
  IMPLEMENTS: "Puts the target into practice.",
  BASED_ON: "Is built on the target.",
  FOLLOWS_ON: "Follows on from the target (a successor or later edition).",
};

type Pair = readonly [from: NodeLabel, to: NodeLabel];

export interface RelationshipSpec {
  pairs: readonly Pair[];
  /** What the relationship says, for the API's descriptions. */
  meaning: string;
  /** Entity field on the start node (e.g. Resource.publishedBy) and on the end node (Organisation.published). */
  fields: { out: string; in: string };
}

const fromResourceTo = (...targets: NodeLabel[]): Pair[] => targets.map((to) => ["Resource", to] as const);
/**
 * What a resource or a framework is for or about: frameworks are the centre of the explorer's
 * purpose, and the page says of several (HOPE, STOMP, …) what they address and where they are
 * used, so they carry these facts themselves rather than only through a resource.
 */
const fromResourceOrFrameworkTo = (to: NodeLabel): Pair[] => [
  ["Resource", to],
  ["Framework", to],
];

export const RELATIONSHIPS = {
  PUBLISHED_BY: {
    pairs: fromResourceTo("Organisation", "Person"),
    meaning: "Produced or published the resource.",
    fields: { out: "publishedBy", in: "published" },
  },
  COMMISSIONED_BY: {
    pairs: fromResourceTo("Organisation"),
    meaning: "Paid for or asked for the resource.",
    fields: { out: "commissionedBy", in: "commissioned" },
  },
  DEVELOPED_WITH: {
    pairs: fromResourceTo("Organisation", "Person"),
    meaning: "A partner, co-producer or adapter of the resource.",
    fields: { out: "developedWith", in: "developedWith" },
  },
  // A group of people (parents and carers, people with lived experience) is not an organisation
  // or a named person, and no node may stand for a child: the group is an audience node.
  CO_PRODUCED_WITH: {
    pairs: fromResourceTo("Audience"),
    meaning: "The resource was made together with people from this group (co-production), not only for them.",
    fields: { out: "coProducedWith", in: "coProduced" },
  },
  DERIVES_FROM: {
    pairs: fromResourceTo("Framework", "Resource"),
    meaning:
      "Lineage: the resource adapts, encompasses, implements, is based on or follows on from the target (`how`).",
    fields: { out: "derivesFrom", in: "derivatives" },
  },
  // An editable copy is the same work again, not a part of it ("an editable version", the page
  // says); a later edition that replaces the target is DERIVES_FROM with how FOLLOWS_ON, which
  // the explorer reads as "a newer version exists".
  VERSION_OF: {
    pairs: fromResourceTo("Resource"),
    meaning:
      "Another version of the same work that neither replaces nor is replaced by the target, such as an editable copy (a later edition DERIVES_FROM it with how FOLLOWS_ON).",
    fields: { out: "versionOf", in: "versions" },
  },
  DESCRIBES: {
    pairs: fromResourceTo("Framework"),
    meaning: "The document that sets the framework out.",
    fields: { out: "describes", in: "describedBy" },
  },
  EVALUATES: {
    pairs: fromResourceTo("Resource", "Framework"),
    meaning: "Studies the target's effect.",
    fields: { out: "evaluates", in: "evaluatedBy" },
  },
  ADDRESSES: {
    pairs: fromResourceOrFrameworkTo("RestraintType"),
    meaning: "The resource or framework is about this type of restraint.",
    fields: { out: "addresses", in: "addressedBy" },
  },
  FOR_SETTING: {
    pairs: fromResourceOrFrameworkTo("Setting"),
    meaning: "The resource or framework is for, or used in, this setting.",
    fields: { out: "settings", in: "resources" },
  },
  FOR_AUDIENCE: {
    pairs: fromResourceOrFrameworkTo("Audience"),
    meaning: "The resource or framework is for this audience.",
    fields: { out: "audiences", in: "resources" },
  },
  APPLIES_IN: {
    pairs: fromResourceOrFrameworkTo("Jurisdiction"),
    meaning: "The resource or framework applies in this jurisdiction.",
    fields: { out: "appliesIn", in: "resources" },
  },
  // Where something was made says nothing about where it applies (a US podcast is heard
  // anywhere), so the two are separate types. Frameworks have an origin too.
  DEVELOPED_IN: {
    pairs: fromResourceOrFrameworkTo("Jurisdiction"),
    meaning:
      "The resource or framework was developed or produced in this jurisdiction (not necessarily where it applies).",
    fields: { out: "developedIn", in: "developedHere" },
  },
  COMPLIES_WITH: {
    pairs: fromResourceTo("Legislation"),
    meaning: "The resource complies with this legislation.",
    fields: { out: "compliesWith", in: "compliantResources" },
  },
  REFERENCES: {
    pairs: fromResourceTo(...NODE_LABELS),
    meaning: "The resource mentions the target.",
    fields: { out: "references", in: "referencedBy" },
  },
  // Resource → Framework: some frameworks are programmes or initiatives (WHO QualityRights, No
  // Force First) whose materials belong to them; "part of" is the honest claim when nothing
  // says the resource implements or adapts the framework.
  PART_OF: {
    pairs: [...fromResourceTo("Resource", "Framework"), ["Organisation", "Organisation"]],
    meaning:
      "Part of a larger resource (a tool within a set, a video of a conference), of a programme or initiative, or of an organisation.",
    fields: { out: "partOf", in: "parts" },
  },
  FUNDED_BY: {
    pairs: [["Organisation", "Organisation"]],
    meaning: "The target pays for the organisation's work (a resource's funder is COMMISSIONED_BY).",
    fields: { out: "fundedBy", in: "funds" },
  },
  DEVELOPED_BY: {
    pairs: [
      ["Framework", "Organisation"],
      ["Framework", "Person"],
    ],
    meaning: "Developed the framework.",
    fields: { out: "developedBy", in: "frameworksDeveloped" },
  },
  FEATURES: {
    pairs: fromResourceTo("Person"),
    meaning: "The resource features this person.",
    fields: { out: "features", in: "featuredIn" },
  },
  AFFILIATED_WITH: {
    pairs: [["Person", "Organisation"]],
    meaning: "The person works with or for the organisation.",
    fields: { out: "affiliatedWith", in: "people" },
  },
} as const satisfies Record<string, RelationshipSpec>;

export type RelationshipType = keyof typeof RELATIONSHIPS;
export const RELATIONSHIP_TYPES = Object.keys(RELATIONSHIPS) as RelationshipType[];

/** The `from → to` label pairs each type allows. */
export const RELATIONSHIP_PAIRS = Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, RELATIONSHIPS[t].pairs])) as {
  [T in RelationshipType]: (typeof RELATIONSHIPS)[T]["pairs"];
};

export function isPairAllowed(type: RelationshipType, from: NodeLabel, to: NodeLabel): boolean {
  const pairs: readonly Pair[] = RELATIONSHIPS[type].pairs;
  return pairs.some(([f, t]) => f === from && t === to);
}

/** Labels a relationship of this type may start at, and end at when it starts at `from`. */
export function targetsOf(type: RelationshipType, from: NodeLabel): NodeLabel[] {
  const pairs: readonly Pair[] = RELATIONSHIPS[type].pairs;
  return pairs.filter(([f]) => f === from).map(([, t]) => t);
}

/** The types a resource can start, as a type: what a resource may share with another. */
export type ResourceRelationshipType = {
  [T in RelationshipType]: "Resource" extends (typeof RELATIONSHIPS)[T]["pairs"][number][0] ? T : never;
}[RelationshipType];

/** Relationship types a resource can start: what a curator may add from a new resource. */
// Typed as every type (not ResourceRelationshipType[]) so callers can ask whether any type is one.
export const RESOURCE_RELATIONSHIP_TYPES: RelationshipType[] = RELATIONSHIP_TYPES.filter(
  (t) => targetsOf(t, "Resource").length > 0,
);

/** The source document most evidence quotes come from; its text is in graph-seed/sources/. */
export const DEFAULT_SOURCE = "rrn-tools-and-resources";
/** Facts the page does not state (a full official title, a year) are marked with this source. */
export const GENERAL_KNOWLEDGE = "general-knowledge";
/** Evidence is a short quote, not a paragraph. */
export const MAX_EVIDENCE_LENGTH = 300;
