import { randomUUID } from "node:crypto";
import { decodeRow } from "@rrn/common/decode-row";
import { APPEND_AUDIT_ENTRY_CYPHER, changeParams } from "@rrn/model";
import { z } from "zod";
import { summariseChange } from "../changes/summarise.js";
import { ENTITY, REL } from "../queries/graph-model.js";
import type { RunCypher, WriteScope } from "../neo4j/write.js";

/**
 * The audit log: one `AuditEntry` node per curator write or moderation decision, written in
 * the same transaction as the change, never updated or deleted by the API. Nodes rather than a
 * file so `db:export` and `db:restore` carry the log with the graph, and several API instances
 * share it. Entries have no relationships, so no graph query can reach them. An entry written
 * in a transaction that bumps the graph version (`graphVersion` in the write scope, set by the
 * versioned writer) also carries that version and what changed (../changes), which "What's
 * new" and the Atom feeds read.
 */
export interface AuditRecord {
  actor: string;
  action: string;
  entityIds: string[];
  input: unknown;
  before: unknown;
  after: unknown;
  requestId: string;
}

export async function appendAudit({ run, graphVersion }: WriteScope, record: AuditRecord): Promise<string> {
  const id = randomUUID();
  const before = json(record.before);
  const after = json(record.after);
  const items = graphVersion ? summariseChange(parsed(before), parsed(after)) : [];
  await run(APPEND_AUDIT_ENTRY_CYPHER, {
    id,
    actor: record.actor,
    action: record.action,
    entityIds: record.entityIds,
    input: json(record.input),
    before,
    after,
    requestId: record.requestId,
    ...changeParams(graphVersion, items),
  });
  return id;
}

const parsed = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

const TEMPORAL = new Set(["Date", "DateTime", "LocalDateTime", "LocalTime", "Time", "Duration"]);

/** JSON with Neo4j temporal values as their ISO strings rather than field-by-field objects. */
function json(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return JSON.stringify(value, (_key, v: unknown) => {
    // GraphQL arguments are prototype-less objects, hence the careful constructor lookup.
    const type =
      typeof v === "object" && v !== null ? (v as { constructor?: { name?: string } }).constructor?.name : "";
    return type && TEMPORAL.has(type) ? (v as { toString(): string }).toString() : v;
  });
}

/**
 * The state of entities for the log: properties plus every curated relationship in both
 * directions with its provenance. Ids that match nothing are left out.
 */
export async function snapshotEntities(run: RunCypher, ids: readonly string[]): Promise<unknown[] | null> {
  if (ids.length === 0) return null;
  const rows = await run(
    `UNWIND $ids AS eid
     MATCH (n:${ENTITY} {id: eid})
     RETURN n.id AS id, [l IN labels(n) | l] AS labels, properties(n) AS properties,
            [(n)-[r:${REL}]->(m) | {type: type(r), direction: "OUT", other: m.id, properties: properties(r)}] +
            [(n)<-[r:${REL}]-(m) | {type: type(r), direction: "IN", other: m.id, properties: properties(r)}] AS relationships
     ORDER BY id`,
    { ids: [...ids] },
  );
  return rows.length > 0 ? rows : null;
}

export interface AuditEntryView {
  id: string;
  at: string;
  actor: string;
  action: string;
  entityIds: string[];
  input: string | null;
  before: string | null;
  after: string | null;
}

const optionalText = z
  .string()
  .nullish()
  .transform((v) => v ?? null);
const auditRow = z.object({
  a: z.object({
    id: z.string(),
    at: z.string(),
    actor: z.string(),
    action: z.string(),
    entityIds: z.array(z.string()),
    input: optionalText,
    before: optionalText,
    after: optionalText,
  }),
});

export async function listAudit(run: RunCypher, entityId: string | null, limit: number): Promise<AuditEntryView[]> {
  const rows = await run(
    `MATCH (a:AuditEntry) WHERE $entityId IS NULL OR $entityId IN a.entityIds
     RETURN a {.id, .at, .actor, .action, .entityIds, .input, .before, .after} AS a
     ORDER BY a.at DESC LIMIT $limit`,
    { entityId, limit },
  );
  return rows.map((r) => decodeRow(auditRow, r, "audit entry").a);
}
