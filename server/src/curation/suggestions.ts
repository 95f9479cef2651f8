import { randomUUID } from "node:crypto";
import { decodeRow } from "@rrn/common/decode-row";
import {
  derivationHow,
  type DerivationHow,
  type EvidenceBasis,
  ID_PATTERN,
  isNodeLabel,
  type NodeLabel,
  reasoningText,
  relationshipFields,
  type RelationshipType,
  RESOURCE_RELATIONSHIP_TYPES,
  slugOf,
  targetsOf,
  withRelationshipRule,
} from "@rrn/model";
import { z } from "zod";
import type { RunCypher, WriteScope } from "../neo4j/write.js";
import { ENTITY } from "../queries/graph-model.js";
import { badInput } from "../schema/arguments.js";
import { refreshDegrees } from "./degrees.js";
import { appendAudit, snapshotEntities } from "./audit-log.js";
import { parseSuggestionInput, suggestionInput, type SuggestionFields } from "./suggestion-input.js";

/**
 * Suggestions are `Suggestion` nodes with no relationships and none of the entity labels, so
 * search, graph, neighbourhood, node, coverage, lineage and paths (which all match entity
 * labels and curated relationship types) never see one, pending or decided. Nothing about the
 * sender is stored except the contact they chose to give.
 */
export type SuggestionStatus = "PENDING" | "APPROVED" | "REJECTED";

export const SUGGESTION_TYPES = ["NEW_RESOURCE", "LINK_FOR_RESOURCE", "CHANGED_TEXT", "GONE_FROM_PAGE"] as const;
export type SuggestionType = (typeof SUGGESTION_TYPES)[number];

const suggestionRow = z.object({
  id: z.string(),
  status: z.enum(["PENDING", "APPROVED", "REJECTED"]),
  // Suggestions stored before there were types (or sources) were visitors' new resources.
  type: z.enum(SUGGESTION_TYPES).nullish(),
  targetId: z.string().nullish(),
  source: z.string().nullish(),
  pageText: z.string().nullish(),
  title: z.string(),
  url: z.string().nullish(),
  summary: z.string().nullish(),
  kind: z.string().nullish(),
  year: z.number().int().nullish(),
  relatedIds: z.array(z.string()).nullish(),
  contact: z.string().nullish(),
  submittedAt: z.string(),
  reviewedBy: z.string().nullish(),
  reviewedAt: z.string().nullish(),
  reason: z.string().nullish(),
  resourceId: z.string().nullish(),
});

export interface Suggestion {
  id: string;
  status: SuggestionStatus;
  type: SuggestionType;
  targetId: string | null;
  source: string;
  pageText: string | null;
  title: string;
  url: string | null;
  summary: string | null;
  kind: string | null;
  year: number | null;
  relatedIds: string[];
  contact: string | null;
  submittedAt: string;
  reviewedBy: string | null;
  reviewedAt: string | null;
  reason: string | null;
  resourceId: string | null;
}

export function toSuggestion(value: unknown): Suggestion {
  const r = decodeRow(suggestionRow, value, "suggestion");
  return {
    id: r.id,
    status: r.status,
    type: r.type ?? "NEW_RESOURCE",
    targetId: r.targetId ?? null,
    source: r.source ?? "visitor",
    pageText: r.pageText ?? null,
    title: r.title,
    url: r.url ?? null,
    summary: r.summary ?? null,
    kind: r.kind ?? null,
    year: r.year ?? null,
    relatedIds: r.relatedIds ?? [],
    contact: r.contact ?? null,
    submittedAt: r.submittedAt,
    reviewedBy: r.reviewedBy ?? null,
    reviewedAt: r.reviewedAt ?? null,
    reason: r.reason ?? null,
    resourceId: r.resourceId ?? null,
  };
}

export async function storeSuggestion(run: RunCypher, input: unknown): Promise<Suggestion> {
  const fields = parseSuggestionInput(input);
  const rows = await run(
    `CREATE (s:Suggestion)
     SET s = $fields, s.id = $id, s.status = "PENDING", s.type = "NEW_RESOURCE", s.source = "visitor",
         s.submittedAt = toString(datetime())
     RETURN properties(s) AS s`,
    { fields, id: randomUUID() },
  );
  return toSuggestion(rows[0]?.s);
}

export async function listSuggestions(
  run: RunCypher,
  status: SuggestionStatus | null,
  limit: number,
): Promise<Suggestion[]> {
  const rows = await run(
    `MATCH (s:Suggestion) WHERE $status IS NULL OR s.status = $status
     RETURN properties(s) AS s ORDER BY s.submittedAt DESC LIMIT $limit`,
    { status, limit },
  );
  return rows.map((r) => toSuggestion(r.s));
}

export async function pendingSuggestion(run: RunCypher, id: string): Promise<Suggestion> {
  const rows = await run(`MATCH (s:Suggestion {id: $id}) RETURN properties(s) AS s`, { id });
  if (rows.length === 0) throw badInput("id", `There is no suggestion ${id}.`);
  const suggestion = toSuggestion(rows[0]!.s);
  if (suggestion.status !== "PENDING") {
    throw badInput("id", `Suggestion ${id} was already ${suggestion.status.toLowerCase()}.`);
  }
  return suggestion;
}

export interface CuratedRelationship {
  type: RelationshipType;
  targetId: string;
  how?: DerivationHow | null;
  evidence: string;
  source: string;
  basis: EvidenceBasis;
  reasoning?: string | null;
}

/** The shared relationship rule, with a curator's target id and free-text source. */
const curatedRelationship = withRelationshipRule(
  z.object({
    ...relationshipFields,
    type: z.enum(RESOURCE_RELATIONSHIP_TYPES),
    how: derivationHow.nullish(),
    reasoning: reasoningText.nullish(),
    targetId: z.string().min(1).max(200),
    source: z.string().trim().min(1, { error: "must not be empty" }).max(500, { error: "at most 500 characters" }),
  }),
);

export interface ApprovalInput {
  resourceId?: string | null;
  title?: string | null;
  summary?: string | null;
  kind?: string | null;
  year?: number | null;
  url?: string | null;
  relationships?: readonly CuratedRelationship[] | null;
}

export interface Decision {
  scope: WriteScope;
  curator: string;
  requestId: string;
}

/**
 * Creates the Resource (curator-owned: no `managedBy`, so re-seeding keeps it) and its
 * relationships, each with evidence and source, and marks the suggestion approved; all with
 * its audit entry in the caller's one transaction.
 */
export async function approveSuggestion(
  { scope, curator, requestId }: Decision,
  id: string,
  input: ApprovalInput | null | undefined,
): Promise<Suggestion> {
  const { run } = scope;
  const suggestion = await pendingSuggestion(run, id);
  const fields = resourceFields(suggestion, input);
  const resourceId = input?.resourceId?.trim() || slugOf(fields.title);
  if (!ID_PATTERN.test(resourceId) || resourceId.length > 200) {
    throw badInput("input.resourceId", `input.resourceId must be a kebab-case id (got "${resourceId}").`);
  }
  const taken = await run(`MATCH (n {id: $id}) WHERE n:${ENTITY} OR n:Deleted RETURN n.id LIMIT 1`, {
    id: resourceId,
  });
  if (taken.length > 0) {
    throw badInput("input.resourceId", `An entity with id "${resourceId}" exists already; choose another id.`);
  }
  const relationships = await checkedRelationships(run, input?.relationships ?? []);

  await run(
    `CREATE (r:Resource)
     SET r.id = $id, r.title = $title, r.summary = $summary, r.kind = $kind, r.year = $year, r.url = $url,
         r.createdBy = $curator, r.createdAt = datetime(), r.suggestionId = $suggestionId`,
    { id: resourceId, ...fields, curator, suggestionId: id },
  );
  for (const rel of relationships) {
    // Label and type come from the model (checked above), never from input.
    await run(
      `MATCH (r:Resource {id: $from}) MATCH (t:${rel.label} {id: $to})
       CREATE (r)-[e:${rel.type}]->(t)
       SET e.evidence = $evidence, e.source = $source, e.how = $how, e.basis = $basis, e.reasoning = $reasoning,
           e.createdBy = $curator, e.createdAt = toString(datetime())`,
      {
        from: resourceId,
        to: rel.targetId,
        evidence: rel.evidence,
        source: rel.source,
        how: rel.how,
        basis: rel.basis,
        reasoning: rel.reasoning ?? null,
        curator,
      },
    );
  }
  await refreshDegrees(run, [resourceId, ...relationships.map((r) => r.targetId)]);
  const rows = await run(
    `MATCH (s:Suggestion {id: $id})
     SET s.status = "APPROVED", s.reviewedBy = $curator, s.reviewedAt = toString(datetime()), s.resourceId = $resourceId
     RETURN properties(s) AS s`,
    { id, curator, resourceId },
  );
  const approved = toSuggestion(rows[0]?.s);
  await appendAudit(scope, {
    actor: curator,
    action: "approveSuggestion",
    entityIds: [resourceId, id],
    input: { id, input },
    before: suggestion,
    after: { suggestion: approved, resource: await snapshotEntities(run, [resourceId]) },
    requestId,
  });
  return approved;
}

export async function rejectSuggestion(
  { scope, curator, requestId }: Decision,
  id: string,
  reason: string,
): Promise<Suggestion> {
  const { run } = scope;
  const why = reason.trim();
  if (!why || why.length > 1000) throw badInput("reason", "reason must be 1 to 1000 characters.");
  const suggestion = await pendingSuggestion(run, id);
  const rows = await run(
    `MATCH (s:Suggestion {id: $id})
     SET s.status = "REJECTED", s.reviewedBy = $curator, s.reviewedAt = toString(datetime()), s.reason = $reason
     RETURN properties(s) AS s`,
    { id, curator, reason: why },
  );
  const rejected = toSuggestion(rows[0]?.s);
  await appendAudit(scope, {
    actor: curator,
    action: "rejectSuggestion",
    entityIds: [id],
    input: { id, reason: why },
    before: suggestion,
    after: rejected,
    requestId,
  });
  return rejected;
}

/** The suggestion's fields overridden by the curator's, checked like a new suggestion. */
function resourceFields(suggestion: Suggestion, input: ApprovalInput | null | undefined): SuggestionFields {
  const pick = <K extends keyof ApprovalInput & keyof Suggestion>(k: K) =>
    input?.[k] !== undefined && input[k] !== null ? input[k] : suggestion[k];
  const parsed = suggestionInput.safeParse({
    title: pick("title"),
    summary: pick("summary"),
    kind: pick("kind"),
    year: pick("year"),
    url: pick("url"),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw badInput(`input.${issue.path.join(".")}`, `input.${issue.path.join(".")}: ${issue.message}.`);
  }
  return parsed.data;
}

interface CheckedRelationship extends CuratedRelationship {
  label: NodeLabel;
  how: DerivationHow | null;
}

const targetRow = z.object({ labels: z.array(z.string()) });

async function checkedRelationships(
  run: RunCypher,
  relationships: readonly CuratedRelationship[],
): Promise<CheckedRelationship[]> {
  if (relationships.length > 50) throw badInput("input.relationships", "At most 50 relationships at once.");
  const checked: CheckedRelationship[] = [];
  for (const [i, input] of relationships.entries()) {
    const at = `input.relationships.${i}`;
    const parsed = curatedRelationship.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const where = [at, ...issue.path.map(String)].join(".");
      throw badInput(where, `${where}: ${issue.message}.`);
    }
    const rel = parsed.data;
    const allowed = targetsOf(rel.type, "Resource");
    const rows = await run(`MATCH (t:${ENTITY} {id: $id}) RETURN labels(t) AS labels LIMIT 1`, { id: rel.targetId });
    if (rows.length === 0) throw badInput(`${at}.targetId`, `${at}.targetId: there is no entity "${rel.targetId}".`);
    const labels = decodeRow(targetRow, rows[0], "relationship target").labels;
    const label = labels.filter(isNodeLabel).find((l) => allowed.includes(l));
    if (!label) {
      throw badInput(
        `${at}.targetId`,
        `${at}: ${rel.type} cannot point to a ${labels.join("/")} (${allowed.join(", ")} only).`,
      );
    }
    checked.push({ ...rel, label, how: rel.how ?? null });
  }
  return checked;
}
