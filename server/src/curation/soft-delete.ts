import { decodeRow } from "@rrn/common/decode-row";
import { isNodeLabel, NODE_LABELS, relationshipType } from "@rrn/model";
import { z } from "zod";
import { badInput } from "../schema/arguments.js";
import { appendAudit, snapshotEntities } from "./audit-log.js";
import { refreshDegrees } from "./degrees.js";
import type { Decision } from "./suggestions.js";

/**
 * Soft delete: the node trades its entity label for `Deleted` (keeping every property) and its
 * relationships are removed, after being written onto the node as JSON. Without an entity
 * label and without relationships no public query, generated or graph-shaped, can reach it,
 * so nothing else in the API needs a `deletedAt IS NULL` filter; restore reverses both steps.
 */
const storedRelationship = z.object({
  type: relationshipType,
  direction: z.enum(["OUT", "IN"]),
  other: z.string(),
  properties: z.record(z.string(), z.unknown()),
});

const snapshotRow = z.object({ labels: z.array(z.string()), relationships: z.array(z.unknown()) });
const deletedAtRow = z.object({ deletedAt: z.string() });
const deletedRow = z.object({ ref: z.string(), label: z.string(), rels: z.string().nullable() });
const deletedEntityRow = z.object({ id: z.string(), label: z.string(), deletedAt: z.string(), deletedBy: z.string() });

export type DeletedEntity = z.infer<typeof deletedEntityRow>;

export async function deleteEntity({ scope, curator, requestId }: Decision, id: string): Promise<DeletedEntity> {
  const { run } = scope;
  const before = await snapshotEntities(run, [id]);
  const entity = before?.[0] === undefined ? undefined : decodeRow(snapshotRow, before[0], "entity snapshot");
  const label = entity?.labels.find(isNodeLabel);
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
  const { deletedAt } = decodeRow(deletedAtRow, rows[0], "deleted entity");
  // Its neighbours each lost a relationship.
  const former = decodeRow(z.array(storedRelationship), entity.relationships, "entity relationships");
  await refreshDegrees(
    run,
    former.map((r) => r.other),
  );
  const deleted = { id, label, deletedAt, deletedBy: curator };
  await appendAudit(scope, {
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
  if (!rows[0]) throw badInput("id", `There is no deleted entity "${id}".`);
  const row = decodeRow(deletedRow, rows[0], "deleted entity");
  const label = row.label;
  if (!isNodeLabel(label)) throw badInput("id", `Deleted entity "${id}" has an unknown label.`);
  if ((await snapshotEntities(run, [id])) !== null) {
    throw badInput("id", `An entity with id "${id}" exists again; delete or rename it before restoring.`);
  }
  await run(
    `MATCH (n) WHERE elementId(n) = $ref
     REMOVE n:Deleted, n.deletedLabel, n.deletedAt, n.deletedBy, n.deletedRelationships
     SET n:${label}`,
    { ref: row.ref },
  );
  const relationships = decodeRow(z.array(storedRelationship), JSON.parse(row.rels ?? "[]"), "stored relationships");
  for (const rel of relationships) {
    // Types are checked against the curated relationship types above; ends are matched by id.
    const pattern = rel.direction === "OUT" ? `(n)-[r:${rel.type}]->(m)` : `(n)<-[r:${rel.type}]-(m)`;
    await run(
      `MATCH (n:${label} {id: $id})
       MATCH (m {id: $other}) WHERE any(l IN labels(m) WHERE l IN $entityLabels)
       CREATE ${pattern} SET r = $properties`,
      { id, other: rel.other, properties: rel.properties, entityLabels: NODE_LABELS },
    );
  }
  await refreshDegrees(run, [id, ...relationships.map((r) => r.other)]);
  await appendAudit(scope, {
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
  return rows.map((r) => decodeRow(deletedEntityRow, r, "deleted entity"));
}
