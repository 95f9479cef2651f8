import type { ResourceRelationshipType } from "@rrn/model";
import type { DerivationHow, NodeType } from "../__generated__/resolvers-types.js";

/**
 * Plain-language reasons why two resources are alike, from what they share: "Both address
 * seclusion", "Both are for schools and education settings", "Both published by NHS England".
 * Pure functions of the shared nodes, so they are unit-tested without a database.
 */

/**
 * How both resources reach a shared node: a type a resource can start (`@rrn/model`), or LINKED
 * when they reach it differently. A type added to the model is a type error here until it has
 * a phrase.
 */
export type SharedVia = ResourceRelationshipType | "LINKED";

const PHRASE: Record<SharedVia, string> = {
  ADDRESSES: "Both address",
  FOR_SETTING: "Both are for",
  FOR_AUDIENCE: "Both are for",
  APPLIES_IN: "Both apply in",
  COMPLIES_WITH: "Both comply with",
  PUBLISHED_BY: "Both published by",
  COMMISSIONED_BY: "Both commissioned by",
  DEVELOPED_WITH: "Both developed with",
  CO_PRODUCED_WITH: "Both co-produced with",
  DEVELOPED_IN: "Both developed in",
  DERIVES_FROM: "Both derive from",
  DESCRIBES: "Both describe",
  EVALUATES: "Both evaluate",
  FEATURES: "Both feature",
  PART_OF: "Both part of",
  VERSION_OF: "Both versions of",
  REFERENCES: "Both reference",
  LINKED: "Both linked to",
};

/** Preference when both reach a node in more than one way: lineage and authorship say most. */
const PREFERENCE = [
  "DERIVES_FROM",
  "VERSION_OF",
  "PART_OF",
  "PUBLISHED_BY",
  "COMMISSIONED_BY",
  "DEVELOPED_WITH",
  "DESCRIBES",
  "EVALUATES",
  "FEATURES",
  "ADDRESSES",
  "FOR_SETTING",
  "FOR_AUDIENCE",
  "COMPLIES_WITH",
  "APPLIES_IN",
  "CO_PRODUCED_WITH",
  "DEVELOPED_IN",
  "REFERENCES",
] as const satisfies readonly ResourceRelationshipType[];
// Every type a resource can start has a place in the order: a new one is a type error here.
const _everyTypePreferred: Exclude<ResourceRelationshipType, (typeof PREFERENCE)[number]> extends never ? true : never =
  true;

function isSharedVia(type: string): type is SharedVia {
  return Object.hasOwn(PHRASE, type) && type !== "LINKED";
}

/** The way both reach a node: a relationship type they have in common, else LINKED. */
export function commonVia(ours: readonly string[], theirs: readonly string[]): SharedVia {
  const both = new Set(ours.filter((t) => theirs.includes(t)).filter(isSharedVia));
  return PREFERENCE.find((v) => both.has(v)) ?? "LINKED";
}

export interface SharedNode {
  type: NodeType;
  label: string;
  via: SharedVia;
  /** Adamic–Adar weight: rarer nodes weigh more. */
  weight: number;
}

/** Restraint types, settings and audiences read as common nouns mid-sentence: "seclusion". */
const COMMON_NOUN_TYPES: ReadonlySet<NodeType> = new Set(["RESTRAINT_TYPE", "SETTING", "AUDIENCE"]);

export function nameInSentence(node: Pick<SharedNode, "type" | "label">): string {
  const { type, label } = node;
  if (type === "RESOURCE") return `“${label}”`;
  // Lower-case only a capitalised word ("Seclusion"), never an acronym ("STOMP", "NHS …").
  if (COMMON_NOUN_TYPES.has(type) && /^[A-Z][a-z]/.test(label)) return label.charAt(0).toLowerCase() + label.slice(1);
  if (type === "JURISDICTION" && /^United /.test(label)) return `the ${label}`;
  return label;
}

function listOf(names: readonly string[], max = 4): string {
  const shown = names.slice(0, max);
  const rest = names.length - shown.length;
  if (rest > 0) return `${shown.join(", ")} and ${rest} more`;
  return shown.length <= 1 ? (shown[0] ?? "") : `${shown.slice(0, -1).join(", ")} and ${shown.at(-1) ?? ""}`;
}

/** One reason per way of sharing, rarest (heaviest) first; names within a reason likewise. */
export function sharedReasons(shared: readonly SharedNode[]): string[] {
  const groups = new Map<SharedVia, SharedNode[]>();
  for (const node of [...shared].sort((a, b) => b.weight - a.weight || a.label.localeCompare(b.label))) {
    const group = groups.get(node.via) ?? [];
    group.push(node);
    groups.set(node.via, group);
  }
  return [...groups.entries()].map(([via, nodes]) => `${PHRASE[via]} ${listOf(nodes.map(nameInSentence))}`);
}

/** A relationship between the two resources themselves. */
export interface DirectLink {
  type: string;
  /** True when it runs from the resource asked about to the similar one. */
  outgoing: boolean;
  how: DerivationHow | null;
}

const HOW_VERB: Record<DerivationHow, string> = {
  ADAPTS: "adapts",
  ENCOMPASSES: "encompasses",
  IMPLEMENTS: "implements",
  BASED_ON: "is based on",
  FOLLOWS_ON: "follows on from",
};

const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The reason a direct relationship gives, said of the similar resource ("Follows on from this one"). */
export function directReason(link: DirectLink): string {
  const { type, outgoing, how } = link;
  switch (type) {
    case "DERIVES_FROM": {
      const verb = how ? HOW_VERB[how] : "derives from";
      return outgoing ? `This one ${verb} it` : `${capitalised(verb)} this one`;
    }
    case "PART_OF":
      return outgoing ? "This one is part of it" : "Part of this one";
    case "REFERENCES":
      return outgoing ? "Referenced by this one" : "References this one";
    case "EVALUATES":
      return outgoing ? "Evaluated by this one" : "Evaluates this one";
    case "DESCRIBES":
      return outgoing ? "Described by this one" : "Describes this one";
    default:
      return "Linked directly to this one";
  }
}
