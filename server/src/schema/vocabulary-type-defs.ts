import {
  DERIVATION_HOW_MEANINGS,
  DERIVATION_HOWS,
  EVIDENCE_BASES,
  EVIDENCE_BASIS_MEANINGS,
  LABEL_DESCRIPTIONS,
  NODE_LABELS,
  NODE_TYPE_OF_LABEL,
  RELATIONSHIP_TYPES,
  RELATIONSHIPS,
  RESOURCE_RELATIONSHIP_TYPES,
} from "@rrn/model";

/**
 * The graph's vocabulary as GraphQL enums, built from the model (`@rrn/model`),
 * the only list of labels, relationship types, derivation `how`s and evidence bases. The client's generated
 * types carry these enums, so a type added to the model reaches the client's type check.
 */

/** A GraphQL string literal: JSON's escaping is valid GraphQL. */
const quote = (text: string): string => JSON.stringify(text);

const enumOf = (name: string, description: string, values: readonly (readonly [string, string])[]): string =>
  `${quote(description)}\nenum ${name} {\n${values.map(([v, d]) => `  ${quote(d)}\n  ${v}`).join("\n")}\n}`;

const pairsText = (type: (typeof RELATIONSHIP_TYPES)[number]): string =>
  RELATIONSHIPS[type].pairs.map(([from, to]) => `${from} → ${to}`).join(", ");

export const vocabularyTypeDefs = [
  enumOf(
    "NodeType",
    "The kind of entity a graph node stands for; one per Neo4j label.",
    NODE_LABELS.map((label) => [NODE_TYPE_OF_LABEL[label], LABEL_DESCRIPTIONS[label]] as const),
  ),
  enumOf(
    "RelationshipType",
    "Every type of relationship in the graph; each carries its evidence quote and source.",
    RELATIONSHIP_TYPES.map((t) => [t, `${RELATIONSHIPS[t].meaning} (${pairsText(t)})`] as const),
  ),
  enumOf(
    "ResourceRelationshipType",
    "The relationship types that can start at a resource: what a curator may add from a new resource.",
    RESOURCE_RELATIONSHIP_TYPES.map((t) => [t, RELATIONSHIPS[t].meaning] as const),
  ),
  enumOf(
    "DerivationHow",
    "How a resource derives from a framework or another resource (DERIVES_FROM only).",
    DERIVATION_HOWS.map((h) => [h, DERIVATION_HOW_MEANINGS[h]] as const),
  ),
  enumOf(
    "EvidenceBasis",
    "How a relationship's evidence quote supports it: stated outright, read from a title, inferred (with reasoning), or general knowledge.",
    EVIDENCE_BASES.map((b) => [b, EVIDENCE_BASIS_MEANINGS[b]] as const),
  ),
].join("\n\n");
