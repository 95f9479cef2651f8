import { z } from "zod";
import { labelOf, relationshipTypes } from "../queries/graph-model.js";
import { badInput } from "../schema/arguments.js";
import { appendAudit, snapshotEntities } from "./audit-log.js";
import type { Decision } from "./suggestions.js";

/**
 * Soft delete: the node trades its entity label for `Deleted` (keeping every property) and its
 * relationships are removed, after being written onto the node as JSON. Without an entity
 * label and without relationships no public query, generated or graph-shaped, can reach it,
 * so nothing else in the API needs a `deletedAt IS NULL` filter; restore reverses both steps.
 */
const ENTITY_LABELS: readonly string[] = Object.values(labelOf);

const storedRelationship = z.object({
  type: z.enum(relationshipTypes),
  direction: z.enum(["OUT", "IN"]),
  other: z.string(),
  properties: z.record(z.string(), z.unknown()),
});

export interface DeletedEntity {
  id: string;
  label: string;
  deletedAt: string;
  deletedBy: string;
}

export async function deleteEntity({ scope, curator, requestId }: Decision, id: string): Promise<DeletedEntity> {
  const { run } = scope;
  const before = await snapshotEntities(run, [id]);
  const entity = before?.[0] as { labels: string[]; relationships: unknown[] } | undefined;
  const label = entity?.labels.find((l) => ENTITY_LABELS.includes(l));
  if (!entity || !label) throw badInput("id", `There is no entity "${id}".`);
  // `label` is one of our own constants (checked above), never raw input.
  const rows = await run(
    `MATCH (n:${label} {id: $id})
     OPTIONAL MATCH (n)-[r]-()
     DELETE r
     WITH DISTINCT n
     REMOVE n:${label}
     SET n:Deleted, n.deletedLabel = $label, n.deletedAt = toString(datetime()), n.deletedBy = $curator,
         n.deletedRelationships = $relationships
     RETURN n.deletedAt AS deletedAt`,
    { id, label, curator, relationships: JSON.stringify(entity.relationships) },
  );
  const deleted = { id, label, deletedAt: String(rows[0]?.deletedAt), deletedBy: curator };
  await appendAudit(run, {
    actor: curator,
    action: "deleteEntity",
    entityIds: [id],
    input: { id },
    before,
    after: null,
    requestId,
  });
  return deleted;
}

/** Restores the latest deletion of `id`, with each relationship whose other end still exists. */
export async function restoreEntity({ scope, curator, requestId }: Decision, id: string): Promise<string> {
  const { run } = scope;
  const rows = await run(
    `MATCH (n:Deleted {id: $id}) RETURN elementId(n) AS ref, n.deletedLabel AS label, n.deletedRelationships AS rels
     ORDER BY n.deletedAt DESC LIMIT 1`,
    { id },
  );
  const row = rows[0];
  if (!row) throw badInput("id", `There is no deleted entity "${id}".`);
  const label = String(row.label);
  if (!ENTITY_LABELS.includes(label)) throw badInput("id", `Deleted entity "${id}" has an unknown label.`);
  if ((await snapshotEntities(run, [id])) !== null) {
    throw badInput("id", `An entity with id "${id}" exists again; delete or rename it before restoring.`);
  }
  await run(
    `MATCH (n) WHERE elementId(n) = $ref
     REMOVE n:Deleted, n.deletedLabel, n.deletedAt, n.deletedBy, n.deletedRelationships
     SET n:${label}`,
    { ref: row.ref },
  );
  const relationships = z.array(storedRelationship).parse(JSON.parse(typeof row.rels === "string" ? row.rels : "[]"));
  for (const rel of relationships) {
    // Types are checked against the curated relationship types above; ends are matched by id.
    const pattern = rel.direction === "OUT" ? `(n)-[r:${rel.type}]->(m)` : `(n)<-[r:${rel.type}]-(m)`;
    await run(
      `MATCH (n:${label} {id: $id})
       MATCH (m {id: $other}) WHERE any(l IN labels(m) WHERE l IN $entityLabels)
       CREATE ${pattern} SET r = $properties`,
      { id, other: rel.other, properties: rel.properties, entityLabels: ENTITY_LABELS },
    );
  }
  await appendAudit(run, {
    actor: curator,
    action: "restoreEntity",
    entityIds: [id],
    input: { id },
    before: null,
    after: await snapshotEntities(run, [id]),
    requestId,
  });
  return id;
}

export async function listDeleted(run: Decision["scope"]["run"], limit: number): Promise<DeletedEntity[]> {
  const rows = await run(
    `MATCH (n:Deleted) RETURN n.id AS id, n.deletedLabel AS label, n.deletedAt AS deletedAt, n.deletedBy AS deletedBy
     ORDER BY n.deletedAt DESC LIMIT $limit`,
    { limit },
  );
  return rows.map((r) => ({
    id: String(r.id),
    label: String(r.label),
    deletedAt: String(r.deletedAt),
    deletedBy: String(r.deletedBy),
  }));
}
