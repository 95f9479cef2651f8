import { NODE_TYPE_OF_LABEL, SHARED_CONTEXT_LABELS } from "@rrn/model";
import { RelationshipType, type DerivationHow, type EvidenceBasis, type NodeType } from "../__generated__/graphql";

/**
 * How each node type and relationship type looks, in one table that the Cytoscape stylesheet,
 * the legend and the SVG export all read — so the legend can never disagree with the canvas.
 * Every type differs by shape (nodes) or dash pattern and arrow (edges) as well as colour, so
 * nothing is conveyed by colour alone (WCAG 1.4.1).
 */

/** Cytoscape node shapes we use; a subset of its NodeShape union, kept literal for SVG export. */
export type NodeShapeName =
  "round-rectangle" | "hexagon" | "diamond" | "octagon" | "barrel" | "triangle" | "round-tag" | "rectangle" | "ellipse";

export interface NodeTypeLook {
  label: string;
  plural: string;
  colour: string;
  shape: NodeShapeName;
}

// Muted, distinguishable hues (checked for ≥ 3:1 contrast against white for the shapes).
export const NODE_TYPE_LOOK: Record<NodeType, NodeTypeLook> = {
  RESOURCE: { label: "Resource", plural: "Resources", colour: "#3a6ea5", shape: "round-rectangle" },
  FRAMEWORK: { label: "Framework", plural: "Frameworks", colour: "#6b4c9a", shape: "diamond" },
  ORGANISATION: { label: "Organisation", plural: "Organisations", colour: "#b35c1e", shape: "hexagon" },
  PERSON: { label: "Person", plural: "People", colour: "#a8437a", shape: "ellipse" },
  RESTRAINT_TYPE: { label: "Restraint type", plural: "Restraint types", colour: "#b0303f", shape: "octagon" },
  SETTING: { label: "Setting", plural: "Settings", colour: "#23775d", shape: "barrel" },
  AUDIENCE: { label: "Audience", plural: "Audiences", colour: "#6f6a1f", shape: "triangle" },
  JURISDICTION: { label: "Jurisdiction", plural: "Jurisdictions", colour: "#4f6475", shape: "round-tag" },
  LEGISLATION: { label: "Legislation", plural: "Legislation", colour: "#7a5230", shape: "rectangle" },
};

export const NODE_TYPES = Object.keys(NODE_TYPE_LOOK) as NodeType[];

export type ArrowShapeName = "triangle" | "vee" | "circle" | "square" | "diamond" | "tee" | "none";

export interface EdgeTypeLook {
  /** Reads source → target, e.g. "Toolkit — published by → NHS England". */
  forward: string;
  /** Reads target ← source, as the detail panel of the target shows it. */
  backward: string;
  colour: string;
  width: number;
  /** Empty for a solid line; otherwise an SVG-style dash array. */
  dash: number[];
  arrow: ArrowShapeName;
}

const CONTEXT_GREY = "#8c96a0";

/**
 * One look per relationship type of the schema (the generated RelationshipType, which the server
 * builds from the seed model): a type added to the model fails the type check here until it is
 * styled.
 */
export const EDGE_TYPE_LOOK: Record<RelationshipType, EdgeTypeLook> = {
  DERIVES_FROM: {
    forward: "Derives from",
    backward: "Derived into",
    colour: "#2f3b48",
    width: 2.5,
    dash: [],
    arrow: "triangle",
  },
  DESCRIBES: {
    forward: "Describes",
    backward: "Described by",
    colour: "#6b4c9a",
    width: 1.8,
    dash: [8, 4],
    arrow: "vee",
  },
  EVALUATES: {
    forward: "Evaluates",
    backward: "Evaluated by",
    colour: "#6b4c9a",
    width: 1.8,
    dash: [2, 3],
    arrow: "diamond",
  },
  PUBLISHED_BY: {
    forward: "Published by",
    backward: "Published",
    colour: "#b35c1e",
    width: 1.8,
    dash: [],
    arrow: "vee",
  },
  COMMISSIONED_BY: {
    forward: "Commissioned by",
    backward: "Commissioned",
    colour: "#b35c1e",
    width: 1.8,
    dash: [10, 4, 2, 4],
    arrow: "vee",
  },
  DEVELOPED_WITH: {
    forward: "Developed with",
    backward: "Helped develop",
    colour: "#b35c1e",
    width: 1.5,
    dash: [6, 4],
    arrow: "circle",
  },
  CO_PRODUCED_WITH: {
    forward: "Co-produced with",
    backward: "Co-produced",
    colour: "#6f6a1f",
    width: 1.5,
    dash: [6, 2, 2, 2],
    arrow: "circle",
  },
  FUNDED_BY: {
    forward: "Funded by",
    backward: "Funds",
    colour: "#b35c1e",
    width: 1.8,
    dash: [2, 4],
    arrow: "tee",
  },
  DEVELOPED_BY: {
    forward: "Developed by",
    backward: "Developed",
    colour: "#6b4c9a",
    width: 1.8,
    dash: [],
    arrow: "square",
  },
  ADDRESSES: {
    forward: "Addresses",
    backward: "Addressed by",
    colour: CONTEXT_GREY,
    width: 1.2,
    dash: [3, 3],
    arrow: "triangle",
  },
  FOR_SETTING: {
    forward: "For setting",
    backward: "Resources and frameworks for this setting",
    colour: CONTEXT_GREY,
    width: 1.2,
    dash: [1, 3],
    arrow: "triangle",
  },
  FOR_AUDIENCE: {
    forward: "For audience",
    backward: "Resources and frameworks for this audience",
    colour: CONTEXT_GREY,
    width: 1.2,
    dash: [1, 3],
    arrow: "circle",
  },
  APPLIES_IN: {
    forward: "Applies in",
    backward: "Resources and frameworks applying here",
    colour: CONTEXT_GREY,
    width: 1.2,
    dash: [1, 3],
    arrow: "square",
  },
  DEVELOPED_IN: {
    forward: "Developed in",
    backward: "Developed here",
    colour: CONTEXT_GREY,
    width: 1.2,
    dash: [8, 3],
    arrow: "square",
  },
  COMPLIES_WITH: {
    forward: "Complies with",
    backward: "Complied with by",
    colour: "#7a5230",
    width: 1.5,
    dash: [6, 3],
    arrow: "tee",
  },
  REFERENCES: {
    forward: "References",
    backward: "Referenced by",
    colour: CONTEXT_GREY,
    width: 1.2,
    dash: [4, 2, 1, 2],
    arrow: "vee",
  },
  VERSION_OF: {
    forward: "Version of",
    backward: "Other versions",
    colour: "#4f6475",
    width: 1.5,
    dash: [4, 2],
    arrow: "diamond",
  },
  PART_OF: { forward: "Part of", backward: "Has part", colour: "#4f6475", width: 1.8, dash: [], arrow: "diamond" },
  FEATURES: { forward: "Features", backward: "Featured in", colour: "#a8437a", width: 1.2, dash: [6, 4], arrow: "vee" },
  AFFILIATED_WITH: {
    forward: "Affiliated with",
    backward: "Affiliated people",
    colour: "#a8437a",
    width: 1.2,
    dash: [2, 2],
    arrow: "circle",
  },
};

const FALLBACK_EDGE: EdgeTypeLook = {
  forward: "Related to",
  backward: "Related to",
  colour: CONTEXT_GREY,
  width: 1.2,
  dash: [],
  arrow: "triangle",
};

/** The schema's relationship types, in the order the schema lists them. */
export const RELATIONSHIP_TYPES: readonly RelationshipType[] = Object.values(RelationshipType);

function isRelationshipType(type: string): type is RelationshipType {
  return (RELATIONSHIP_TYPES as readonly string[]).includes(type);
}

/**
 * A type's look. It takes any string because a server upgraded before a cached client may send a
 * type this build does not know; that one is drawn plainly and named in words.
 */
export function edgeLook(type: string): EdgeTypeLook {
  return isRelationshipType(type)
    ? EDGE_TYPE_LOOK[type]
    : { ...FALLBACK_EDGE, forward: humanise(type), backward: humanise(type) };
}

export function nodeLook(type: NodeType): NodeTypeLook {
  return NODE_TYPE_LOOK[type];
}

export interface EvidenceBasisLook {
  /** How the detail panel, the List tab and path steps name it. */
  label: string;
  /** Appended to an edge's canvas label where labels are drawn (lineage, paths). */
  marker: string;
  description: string;
}

/**
 * How each basis reads. Anything but STATED is a weaker link: the canvas draws it fainter with
 * a hollow circle at its middle (a shape, not only a shade), and every list says it in words.
 */
export const EVIDENCE_BASIS_LOOK: Record<EvidenceBasis, EvidenceBasisLook> = {
  STATED: { label: "Stated", marker: "", description: "The quote says it." },
  TITLE: { label: "From the title", marker: "from title", description: "Read from a title or name." },
  INFERRED: { label: "Inferred", marker: "inferred", description: "A reading of the quote, with the reason." },
  GENERAL_KNOWLEDGE: {
    label: "General knowledge",
    marker: "general knowledge",
    description: "Not from the source page.",
  },
};

/** True for the links a quote says outright; every other basis is drawn and listed as weaker. */
export function isStated(basis: EvidenceBasis): boolean {
  return basis === "STATED";
}

/** "Stated", "From the title", "Inferred: <reasoning>", "General knowledge". */
export function basisText(edge: { basis: EvidenceBasis; reasoning?: string | null }): string {
  const { label } = EVIDENCE_BASIS_LOOK[edge.basis];
  return edge.basis === "INFERRED" && edge.reasoning ? `${label}: ${edge.reasoning}` : label;
}

/** Weaker links on the canvas: the mark drawn at the middle of a non-STATED edge, and its fade. */
export const UNSTATED_EDGE = { marker: "circle", markerColour: "#3d4a57", opacity: 0.55 } as const;

/**
 * Restraint types, settings, audiences and jurisdictions (the model's SHARED_CONTEXT_LABELS): a
 * path step through one is shared context ("both are for schools"), not a link between the two.
 */
export const SHARED_CONTEXT_TYPES: readonly NodeType[] = SHARED_CONTEXT_LABELS.map((l) => NODE_TYPE_OF_LABEL[l]);

export function isSharedContextType(type: string): boolean {
  return (SHARED_CONTEXT_TYPES as readonly string[]).includes(type);
}

/**
 * How a shared-context step of a path is drawn: thinner, grey and dotted beside the path's solid
 * orange, so "both are for …" never looks like "published by" (by dash and width, not colour alone).
 */
export const SHARED_CONTEXT_EDGE = { colour: "#5f6b77", width: 2.5, dash: [2, 5], opacity: 0.9 } as const;

/** What each side of a shared-context step says of the node they share ("are for", "address", …). */
const SHARED_VERBS: Partial<Record<RelationshipType, { both: string; one: string }>> = {
  FOR_SETTING: { both: "are for", one: "is for" },
  FOR_AUDIENCE: { both: "are for", one: "is for" },
  CO_PRODUCED_WITH: { both: "were co-produced with", one: "was co-produced with" },
  ADDRESSES: { both: "address", one: "addresses" },
  APPLIES_IN: { both: "apply in", one: "applies in" },
  DEVELOPED_IN: { both: "were developed in", one: "was developed in" },
  REFERENCES: { both: "mention", one: "mentions" },
};

const verbOf = (type: string) =>
  SHARED_VERBS[type as RelationshipType] ?? { both: "are linked to", one: edgeLook(type).forward.toLowerCase() };

/**
 * A shared-context step in words: "both are for Schools" when both sides say the same, else
 * "one is for Schools, the other addresses it".
 */
export function sharedContextPhrase(leftType: string, rightType: string, via: string): string {
  if (verbOf(leftType).both === verbOf(rightType).both) return `both ${verbOf(leftType).both} ${via}`;
  return `one ${verbOf(leftType).one} ${via}, the other ${verbOf(rightType).one} it`;
}

/** DERIVES_FROM's `how`, as a lineage edge label reads it. */
export const HOW_LABEL: Record<DerivationHow, string> = {
  ADAPTS: "adapts",
  ENCOMPASSES: "encompasses",
  IMPLEMENTS: "implements",
  BASED_ON: "based on",
  FOLLOWS_ON: "follows on from",
};

export function howLabel(how: DerivationHow | null | undefined): string {
  if (!how) return "";
  return HOW_LABEL[how];
}

/**
 * Words that stay in capitals when a constant becomes prose: the bodies and programmes kinds and
 * sources name ("NHS_BODY" → "NHS body", not "Nhs body").
 */
const ACRONYMS: ReadonlySet<string> = new Set([
  "NHS",
  "CQC",
  "WHO",
  "NICE",
  "UK",
  "US",
  "USA",
  "EU",
  "RRN",
  "BILD",
  "PBS",
  "NIHR",
  "STOMP",
  "HOPE",
  "CYP",
]);

/**
 * "LONG_TERM" → "Long term", "NHS_BODY" → "NHS body"; for kinds and unknown types the API may
 * add later. Text that is already prose ("NHS trust") keeps its capitals and only gains a
 * capital first letter.
 */
export function humanise(value: string): string {
  if (!/^[A-Z0-9_]+$/.test(value)) {
    const prose = value.replace(/_/g, " ");
    return prose.charAt(0).toUpperCase() + prose.slice(1);
  }
  const words = value.split("_").filter(Boolean);
  return words
    .map((word, i) => {
      if (ACRONYMS.has(word)) return word;
      const lower = word.toLowerCase();
      return i === 0 ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
    })
    .join(" ");
}
