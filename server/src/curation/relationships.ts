import { decodeRow } from "@rrn/common/decode-row";
import {
  derivationHow,
  type DerivationHow,
  type EvidenceBasis,
  GENERAL_KNOWLEDGE,
  isNodeLabel,
  isPairAllowed,
  type NodeLabel,
  reasoningText,
  relationshipFields,
  RELATIONSHIPS,
  type RelationshipType,
  withRelationshipRule,
} from "@rrn/model";
import { z } from "zod";
import type { GraphEdge } from "../__generated__/resolvers-types.js";
import type { RunCypher } from "../neo4j/write.js";
import { ENTITY, edgeProjection, toGraphEdges } from "../queries/graph-model.js";
import { badInput } from "../schema/arguments.js";
import { appendAudit } from "./audit-log.js";
import { refreshDegrees } from "./degrees.js";
import type { Decision } from "./suggestions.js";

/**
 * One relationship at a time, by its type and the ids of its ends: what the explorer's
 * relationship editor sends. Held to the seed's relationship rule (allowed label pairs, `how`
 * on DERIVES_FROM only, `reasoning` exactly on INFERRED, GENERAL_KNOWLEDGE exactly with source
 * general-knowledge), audited, and each end's degree recounted, in the caller's transaction.
 * Whether the relationship is the seed's or a curator's does not matter here: the seed import
 * derives a curator's change from what it last wrote (`@rrn/graph-seed/curation`).
 */
export interface RelationshipInput {
  type: RelationshipType;
  from: string;
  to: string;
  how?: DerivationHow | null;
  evidence: string;
  source: string;
  basis: EvidenceBasis;
  reasoning?: string | null;
}

const relationshipInput = withRelationshipRule(
  z.object({
    ...relationshipFields,
    how: derivationHow.nullish(),
    reasoning: reasoningText.nullish(),
    from: z.string().min(1).max(200),
    to: z.string().min(1).max(200),
    source: z.string().trim().min(1, { error: "must not be empty" }).max(500, { error: "at most 500 characters" }),
  }),
);

const labelsRow = z.object({ labels: z.array(z.string()) });

/** The label of the entity with this id, or a BAD_USER_INPUT naming the argument. */
async function entityLabel(run: RunCypher, id: string, argument: string): Promise<NodeLabel> {
  const rows = await run(`MATCH (n:${ENTITY} {id: $id}) RETURN labels(n) AS labels LIMIT 1`, { id });
  const label = rows[0] ? decodeRow(labelsRow, rows[0], "entity").labels.find(isNodeLabel) : undefined;
  if (!label) throw badInput(argument, `${argument}: there is no entity "${id}".`);
  return label;
}

interface Ends {
  fromLabel: NodeLabel;
  toLabel: NodeLabel;
}

async function checkedEnds(
  run: RunCypher,
  type: RelationshipType,
  from: string,
  to: string,
  at: string,
): Promise<Ends> {
  const fromLabel = await entityLabel(run, from, `${at}from`);
  const toLabel = await entityLabel(run, to, `${at}to`);
  if (!isPairAllowed(type, fromLabel, toLabel)) {
    const pairs = RELATIONSHIPS[type].pairs.map(([f, t]) => `${f} → ${t}`).join(", ");
    throw badInput(`${at}to`, `${type} may not go from a ${fromLabel} to a ${toLabel} (only ${pairs}).`);
  }
  return { fromLabel, toLabel };
}

function parsedInput(input: RelationshipInput): z.infer<typeof relationshipInput> {
  const parsed = relationshipInput.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = ["input", ...issue.path.map(String)].join(".");
    throw badInput(where, `${where}: ${issue.message}.`);
  }
  return parsed.data;
}

/** The relationships of `type` from `from` to `to`, as GraphEdges (types come from the enum, never raw input). */
async function edgesBetween(run: RunCypher, type: RelationshipType, from: string, to: string): Promise<GraphEdge[]> {
  const rows = await run(
    `MATCH (a:${ENTITY} {id: $from})-[e:${type}]->(b:${ENTITY} {id: $to}) RETURN ${edgeProjection("e")} AS edge`,
    { from, to },
  );
  return toGraphEdges(rows.map((r) => r.edge));
}

function provenance(rel: z.infer<typeof relationshipInput>) {
  return {
    how: rel.how ?? null,
    evidence: rel.evidence,
    source: rel.source,
    basis: rel.basis,
    reasoning: rel.reasoning ?? null,
  };
}

export async function addRelationship(
  { scope, curator, requestId }: Decision,
  input: RelationshipInput,
): Promise<GraphEdge> {
  const { run } = scope;
  const rel = parsedInput(input);
  const ends = await checkedEnds(run, rel.type, rel.from, rel.to, "input.");
  if ((await edgesBetween(run, rel.type, rel.from, rel.to)).length > 0) {
    throw badInput(
      "input",
      `A ${rel.type} relationship from "${rel.from}" to "${rel.to}" exists already; change it with updateRelationship.`,
    );
  }
  // Labels and type are the model's (checked above), never raw input.
  await run(
    `MATCH (a:${ends.fromLabel} {id: $from}) MATCH (b:${ends.toLabel} {id: $to})
     CREATE (a)-[e:${rel.type}]->(b)
     SET e += $props, e.createdBy = $curator, e.createdAt = toString(datetime())`,
    { from: rel.from, to: rel.to, props: provenance(rel), curator },
  );
  const [edge] = await edgesBetween(run, rel.type, rel.from, rel.to);
  await refreshDegrees(run, [rel.from, rel.to]);
  await appendAudit(scope, {
    actor: curator,
    action: "addRelationship",
    entityIds: [rel.from, rel.to],
    input,
    before: null,
    after: edge,
    requestId,
  });
  return edge!;
}

async function existingEdge(run: RunCypher, type: RelationshipType, from: string, to: string): Promise<GraphEdge> {
  const [edge] = await edgesBetween(run, type, from, to);
  if (!edge) throw badInput("type", `There is no ${type} relationship from "${from}" to "${to}".`);
  return edge;
}

export async function updateRelationship(
  { scope, curator, requestId }: Decision,
  input: RelationshipInput,
): Promise<GraphEdge> {
  const { run } = scope;
  const rel = parsedInput(input);
  await checkedEnds(run, rel.type, rel.from, rel.to, "input.");
  const before = await existingEdge(run, rel.type, rel.from, rel.to);
  await run(
    `MATCH (a:${ENTITY} {id: $from})-[e:${rel.type}]->(b:${ENTITY} {id: $to})
     SET e += $props, e.updatedBy = $curator, e.updatedAt = toString(datetime())`,
    { from: rel.from, to: rel.to, props: provenance(rel), curator },
  );
  const after = await existingEdge(run, rel.type, rel.from, rel.to);
  await appendAudit(scope, {
    actor: curator,
    action: "updateRelationship",
    entityIds: [rel.from, rel.to],
    input,
    before,
    after,
    requestId,
  });
  return after;
}

export async function removeRelationship(
  { scope, curator, requestId }: Decision,
  type: RelationshipType,
  from: string,
  to: string,
): Promise<boolean> {
  const { run } = scope;
  await entityLabel(run, from, "from");
  await entityLabel(run, to, "to");
  const before = await existingEdge(run, type, from, to);
  await run(`MATCH (a:${ENTITY} {id: $from})-[e:${type}]->(b:${ENTITY} {id: $to}) DELETE e`, { from, to });
  await refreshDegrees(run, [from, to]);
  await appendAudit(scope, {
    actor: curator,
    action: "removeRelationship",
    entityIds: [from, to],
    input: { type, from, to },
    before,
    after: null,
    requestId,
  });
  return true;
}

/** A relationship described by its ends and provenance values, as a GraphEdge. */
export function edgeOf(r: {
  type: string;
  from: string;
  to: string;
  values: Record<string, unknown>;
}): GraphEdge | null {
  const type = r.type as RelationshipType;
  if (!(type in RELATIONSHIPS)) return null;
  const str = (k: string): string | null => (typeof r.values[k] === "string" ? r.values[k] : null);
  const basis = (str("basis") as EvidenceBasis | null) ?? "INFERRED";
  return {
    id: `${type}:${r.from}->${r.to}`,
    type,
    source: r.from,
    target: r.to,
    how: str("how") as DerivationHow | null,
    evidence: str("evidence"),
    sourceDoc: str("source"),
    generalKnowledge: str("source") === GENERAL_KNOWLEDGE,
    basis,
    reasoning: basis === "INFERRED" ? str("reasoning") : null,
    annotation: false,
  };
}
