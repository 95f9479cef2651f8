import {
  isPairAllowed,
  LABEL_DESCRIPTIONS,
  NODE_LABELS,
  type NodeLabel,
  RELATIONSHIP_TYPES,
  RELATIONSHIPS,
  type RelationshipType,
  targetsOf,
} from "@rrn/model";
import { fieldLines, propertyFields } from "./model-fields.js";

/**
 * The entity half of the API, from which @neo4j/graphql generates the detail
 * queries (`resources`, `organisationsConnection`, …). Every label is an `@node` type with its
 * relationships in both directions, so the detail panel can ask "what did this organisation
 * publish?" as well as "who published this?".
 *
 * - Public callers only read. Curators (a verified token with the `curator` role, see ../auth)
 *   create and update nodes of every label through the generated mutations, and connect or
 *   disconnect their outgoing relationships (or use addRelationship and its siblings); every such edge needs `evidence`,
 *   `source` and `basis` (../curation/generated-mutations.ts checks, and records each write in the audit
 *   log). `@authentication`/`@authorization` make @neo4j/graphql refuse the same writes itself,
 *   as a second line. Deleting is soft (`deleteEntity`), so no generated delete exists. Incoming
 *   relationship fields have no nested operations, so a relationship is written from the node it
 *   starts at.
 * - Property fields are generated from the model's record schemas (./model-fields.ts) and
 *   relationship fields from its relationship table (`@rrn/model`), so a new property or
 *   relationship type appears here without an edit.
 * - Writable types record who created and last updated them, and when.
 * - Every type has `@limit`, so no list, top-level or nested, is unbounded. The unions exist
 *   only as relationship targets: their top-level queries (which @limit cannot bound) are off.
 */

/** Labels curators create and update: every label (the seed's and curators' nodes alike). */
const WRITABLE: ReadonlySet<NodeLabel> = new Set(NODE_LABELS);

/** Union names of the end-label sets the model uses today; a new set gets a generated name. */
const UNION_NAMES: Record<string, string> = {
  "Organisation|Person": "Contributor",
  "Framework|Resource": "LineageTarget",
  [[...NODE_LABELS].sort().join("|")]: "Entity",
};
const UNION_DESCRIPTIONS: Record<string, string> = {
  Contributor: "Who can publish, develop or co-produce something.",
  LineageTarget:
    "A resource or a framework: what a resource can derive from or evaluate, and what addresses a restraint type, is for a setting or an audience, applies or was developed somewhere.",
  Entity: "Any entity in the graph.",
};

const unions = new Map<string, readonly NodeLabel[]>();

/** The GraphQL type of a relationship field's other end: a label, or a union of labels. */
function endType(labels: readonly NodeLabel[]): string {
  if (labels.length === 1) return labels[0]!;
  const key = [...labels].sort().join("|");
  const name = UNION_NAMES[key] ?? [...labels].sort().join("Or");
  unions.set(name, [...labels].sort());
  return name;
}

/**
 * The relationship fields of a label, from the model: one outgoing field per type the label can
 * start, one incoming per type that can end at it. Provenance is on every edge (with `how` on
 * DERIVES_FROM). Curators connect and disconnect the outgoing relationships of writable labels;
 * the incoming REFERENCES field of a label that starts no relationship is connectable too,
 * because the library's nested connect input of a label needs one connectable field to be valid
 * GraphQL (a REFERENCES edge is allowed from any resource).
 */
function relationshipFields(label: NodeLabel): string {
  const fields: string[] = [];
  const field = (name: string, ends: readonly NodeLabel[], type: RelationshipType, out: boolean, connect: boolean) => {
    const properties = type === "DERIVES_FROM" ? "Derivation" : "Provenance";
    const operations = connect ? "[CONNECT, DISCONNECT]" : "[]";
    fields.push(
      `    ${name}: [${endType(ends)}!]! @relationship(type: "${type}", direction: ${out ? "OUT" : "IN"}, properties: "${properties}", nestedOperations: ${operations})`,
    );
  };
  let outgoing = false;
  for (const type of RELATIONSHIP_TYPES) {
    const targets = targetsOf(type, label);
    if (targets.length > 0) {
      outgoing = true;
      field(RELATIONSHIPS[type].fields.out, targets, type, true, WRITABLE.has(label));
    }
  }
  for (const type of RELATIONSHIP_TYPES) {
    const sources = NODE_LABELS.filter((from) => isPairAllowed(type, from, label));
    if (sources.length > 0) {
      field(RELATIONSHIPS[type].fields.in, sources, type, false, !outgoing && type === "REFERENCES");
    }
  }
  return fields.join("\n");
}
const limit = `@limit(default: 50, max: 200)`;
const writeOperations = `[CREATE, UPDATE, DELETE, CREATE_RELATIONSHIP, DELETE_RELATIONSHIP]`;
const curatorsOnly = `@authentication(operations: ${writeOperations})
  @authorization(validate: [{ operations: ${writeOperations}, where: { jwt: { roles: { includes: "curator" } } } }])`;
const curated = `@mutation(operations: [CREATE, UPDATE]) ${curatorsOnly}`;
/** Authorship of writable types (updated* = the latest write), filled in by the library, never by the caller. */
const authorship = `
    createdBy: String @populatedBy(callback: "curatorName", operations: [CREATE])
    createdAt: DateTime @timestamp(operations: [CREATE])
    updatedBy: String @populatedBy(callback: "curatorName", operations: [CREATE, UPDATE])
    updatedAt: DateTime @timestamp(operations: [CREATE, UPDATE])`;
const fixedId = `@settable(onCreate: true, onUpdate: false)`;

// Built before the unions are printed: building them names the unions the fields need.
const relationshipsOf = new Map(NODE_LABELS.map((label) => [label, relationshipFields(label)]));
const relationships = (label: NodeLabel): string => relationshipsOf.get(label) ?? "";
const description = (label: NodeLabel): string => JSON.stringify(LABEL_DESCRIPTIONS[label]);
const unionTypeDefs = [...unions]
  .map(
    ([name, members]) =>
      `  ${JSON.stringify(UNION_DESCRIPTIONS[name] ?? `One of ${members.join(", ")}.`)}\n  union ${name} @query(read: false) = ${members.join(" | ")}`,
  )
  .join("\n\n");

/** One label's entity type: its properties from the model, its relationships, its authorship. */
function entityType(label: NodeLabel): string {
  const properties = fieldLines(propertyFields(label), (f) => (f.name === "id" ? ` ${fixedId}` : ""));
  return `  ${description(label)}
  type ${label} @node ${limit} ${curated} {
${properties}
${relationships(label)}${authorship}
  }`;
}

export const entityTypeDefs = /* GraphQL */ `
  "Claims of a verified curator token."
  type JWT @jwt {
    roles: [String!]
  }

  "Provenance carried by every relationship: the quote that justifies it, where it comes from and how it supports it."
  type Provenance @relationshipProperties {
    "Short verbatim quote from the source document."
    evidence: String
    "Id of the source document, or general-knowledge."
    source: String
    "How the quote supports the relationship (required on every curator write)."
    basis: EvidenceBasis
    "INFERRED only: why the quote supports it, in one line."
    reasoning: String
  }

  "Provenance of a DERIVES_FROM relationship, with how the resource derives."
  type Derivation @relationshipProperties {
    how: DerivationHow
    evidence: String
    source: String
    basis: EvidenceBasis
    reasoning: String
  }

  ${unionTypeDefs}

  ${NODE_LABELS.map(entityType).join("\n\n")}
`;
