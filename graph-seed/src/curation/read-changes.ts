import neo4j from "neo4j-driver";
import {
  isNodeLabel,
  MANAGED_BY,
  NODE_LABELS,
  type NodeLabel,
  recordKeys,
  RELATIONSHIP_TYPES,
  SEED_OWNER,
} from "@rrn/model";
import {
  derivedChanges,
  normalised,
  parseRelationshipRef,
  parseSeedState,
  RELATIONSHIP_STATE_KEYS,
  SEED_STATE,
  type ValueMap,
} from "./seed-state.js";

/** Runs one Cypher statement and returns its rows as plain objects (the API's and the importer's runners both fit). */
export type RunRows = (cypher: string, params?: Record<string, unknown>) => Promise<Record<string, unknown>[]>;

export type CuratorChangeKind =
  "PROPERTY" | "RELATIONSHIP_ADDED" | "RELATIONSHIP_EDITED" | "RELATIONSHIP_REMOVED" | "NODE_ADDED" | "NODE_DELETED";

export interface ChangedRelationship {
  type: string;
  from: string;
  fromLabel: NodeLabel;
  to: string;
  toLabel: NodeLabel;
  /** evidence, source, how, basis, reasoning: as the graph holds them (as the seed last wrote them for a removed one). */
  values: ValueMap;
}

/**
 * One thing curators changed that the seed files do not say (yet): a seed node's property, a
 * seed relationship edited or removed, a seed node deleted, or a node or relationship a curator
 * made. The import keeps all of them; `seed:pull` writes them to the files.
 */
export interface CuratorChange {
  kind: CuratorChangeKind;
  label: NodeLabel;
  entityId: string;
  /** The property (PROPERTY, RELATIONSHIP_EDITED). */
  property: string | null;
  relationship: ChangedRelationship | null;
  /** The curator's value: a property's, an edited field's, or a new node's record. */
  curatorValue: unknown;
  /** What the seed files say (on a conflict, what they say now; otherwise what the seed last wrote). */
  seedValue: unknown;
  conflict: boolean;
  by: string | null;
  at: string | null;
}

const ENTITY = NODE_LABELS.join("|");
const REL = RELATIONSHIP_TYPES.join("|");

const isTemporal = (value: object): value is { toString(): string; year: unknown } =>
  neo4j.isDateTime(value) ||
  neo4j.isDate(value) ||
  neo4j.isLocalDateTime(value) ||
  neo4j.isLocalTime(value) ||
  neo4j.isTime(value) ||
  neo4j.isDuration(value);

/** Driver values as plain JSON-able values: integers as numbers, temporals as ISO text. */
export function plainValue(value: unknown): unknown {
  if (neo4j.isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(plainValue);
  if (value !== null && typeof value === "object") {
    // The driver's temporal types print themselves as ISO 8601.
    if (isTemporal(value)) return value.toString();
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainValue(v)]));
  }
  return value;
}

const text = (v: unknown): string | null => {
  const p = plainValue(v);
  return typeof p === "string" ? p : null;
};
const props = (v: unknown): Record<string, unknown> => (plainValue(v) ?? {}) as Record<string, unknown>;
const labelOf = (labels: unknown): NodeLabel | undefined =>
  Array.isArray(labels) ? (labels as string[]).find(isNodeLabel) : undefined;

function relationshipValues(p: Record<string, unknown>): ValueMap {
  return Object.fromEntries(RELATIONSHIP_STATE_KEYS.map((k) => [k, normalised(p[k])]));
}

/**
 * Every curator change the seed import keeps, for one entity (as either end of a relationship
 * too) or, with `id` null, the whole graph. Derived from the graph alone: the seed nodes'
 * `seedState` against what they hold now, `Deleted` seed nodes, and everything without
 * `managedBy`.
 */
export async function readCuratorChanges(run: RunRows, id: string | null): Promise<CuratorChange[]> {
  const changes: CuratorChange[] = [];
  const seed = { owner: SEED_OWNER, id };

  const deletedRows = await run(
    `MATCH (n:Deleted) WHERE n.${MANAGED_BY} = $owner
     RETURN n.id AS id, n.deletedLabel AS label, n.deletedBy AS by, n.deletedAt AS at`,
    seed,
  );
  const deleted = new Set(deletedRows.map((r) => String(r.id)));
  for (const r of deletedRows) {
    const label = typeof r.label === "string" && isNodeLabel(r.label) ? r.label : undefined;
    if (!label || (id !== null && r.id !== id)) continue;
    changes.push({
      kind: "NODE_DELETED",
      label,
      entityId: String(r.id),
      property: null,
      relationship: null,
      curatorValue: null,
      seedValue: null,
      conflict: false,
      by: text(r.by),
      at: text(r.at),
    });
  }

  // Seed nodes: the entity itself, and (for one id) the seed nodes whose relationships name it.
  const nodeRows = await run(
    `MATCH (n:${ENTITY}) WHERE n.${MANAGED_BY} = $owner
       AND ($id IS NULL OR n.id = $id OR n.${SEED_STATE} CONTAINS (':' + $id + '"'))
     RETURN n.id AS id, labels(n) AS labels, properties(n) AS props,
            [(n)-[r:${REL}]->(m) WHERE r.${MANAGED_BY} = $owner |
               {type: type(r), to: m.id, toLabels: labels(m), props: properties(r)}] AS rels`,
    seed,
  );
  for (const row of nodeRows) {
    const label = labelOf(row.labels);
    const nodeId = String(row.id);
    const p = props(row.props);
    const state = parseSeedState(p[SEED_STATE]);
    if (!label || !state) continue;
    if (id === null || nodeId === id) {
      for (const c of derivedChanges(p, state.values, state.conflicts, recordKeys(label))) {
        changes.push({
          kind: "PROPERTY",
          label,
          entityId: nodeId,
          property: c.key,
          relationship: null,
          curatorValue: c.curatorValue,
          seedValue: c.seedValue,
          conflict: c.conflict,
          by: text(p.updatedBy),
          at: text(p.updatedAt),
        });
      }
    }
    const present = new Map<string, Record<string, unknown>>();
    for (const r of (row.rels ?? []) as { type: string; to: unknown; toLabels: unknown; props: unknown }[]) {
      const toLabel = labelOf(r.toLabels);
      if (toLabel && typeof r.to === "string") present.set(`${r.type}>${toLabel}:${r.to}`, props(r.props));
    }
    for (const [ref, rs] of Object.entries(state.relationships ?? {})) {
      const parsed = parseRelationshipRef(ref);
      if (!parsed || !isNodeLabel(parsed.toLabel)) continue;
      if (id !== null && nodeId !== id && parsed.to !== id) continue;
      const base = { type: parsed.type, from: nodeId, fromLabel: label, to: parsed.to, toLabel: parsed.toLabel };
      const current = present.get(ref);
      if (current === undefined) {
        // Gone with its deleted end: the deletion is the change, not the relationship.
        if (deleted.has(parsed.to)) continue;
        changes.push({
          kind: "RELATIONSHIP_REMOVED",
          label,
          entityId: nodeId,
          property: null,
          relationship: { ...base, values: relationshipValues(rs.values) },
          curatorValue: null,
          seedValue: relationshipValues(rs.values),
          conflict: rs.conflicts !== undefined && Object.keys(rs.conflicts).length > 0,
          by: null,
          at: null,
        });
        continue;
      }
      for (const c of derivedChanges(current, rs.values, rs.conflicts, RELATIONSHIP_STATE_KEYS)) {
        changes.push({
          kind: "RELATIONSHIP_EDITED",
          label,
          entityId: nodeId,
          property: c.key,
          relationship: { ...base, values: relationshipValues(current) },
          curatorValue: c.curatorValue,
          seedValue: c.seedValue,
          conflict: c.conflict,
          by: text(current.updatedBy),
          at: text(current.updatedAt),
        });
      }
    }
  }

  const curatorNodes = await run(
    `MATCH (n:${ENTITY}) WHERE n.${MANAGED_BY} IS NULL AND ($id IS NULL OR n.id = $id)
     RETURN n.id AS id, labels(n) AS labels, properties(n) AS props`,
    seed,
  );
  for (const row of curatorNodes) {
    const label = labelOf(row.labels);
    if (!label || typeof row.id !== "string") continue;
    const p = props(row.props);
    const record = Object.fromEntries(
      recordKeys(label)
        .filter((k) => normalised(p[k]) !== null)
        .map((k) => [k, p[k]]),
    );
    changes.push({
      kind: "NODE_ADDED",
      label,
      entityId: row.id,
      property: null,
      relationship: null,
      curatorValue: record,
      seedValue: null,
      conflict: false,
      by: text(p.createdBy),
      at: text(p.createdAt),
    });
  }

  const curatorRels = await run(
    `MATCH (a:${ENTITY})-[r:${REL}]->(b:${ENTITY}) WHERE r.${MANAGED_BY} IS NULL AND ($id IS NULL OR a.id = $id OR b.id = $id)
     RETURN type(r) AS type, a.id AS from, labels(a) AS fromLabels, b.id AS to, labels(b) AS toLabels,
            properties(r) AS props`,
    seed,
  );
  for (const row of curatorRels) {
    const fromLabel = labelOf(row.fromLabels);
    const toLabel = labelOf(row.toLabels);
    if (!fromLabel || !toLabel || typeof row.from !== "string" || typeof row.to !== "string") continue;
    const p = props(row.props);
    changes.push({
      kind: "RELATIONSHIP_ADDED",
      label: fromLabel,
      entityId: row.from,
      property: null,
      relationship: {
        type: String(row.type),
        from: row.from,
        fromLabel,
        to: row.to,
        toLabel,
        values: relationshipValues(p),
      },
      curatorValue: relationshipValues(p),
      seedValue: null,
      conflict: false,
      by: text(p.updatedBy) ?? text(p.createdBy),
      at: text(p.updatedAt) ?? text(p.createdAt),
    });
  }

  // A removed relationship leaves nothing behind to say who removed it: the audit log does.
  for (const c of changes) {
    if (c.kind !== "RELATIONSHIP_REMOVED" || !c.relationship) continue;
    const [entry] = await run(
      `MATCH (a:AuditEntry) WHERE $from IN a.entityIds AND ($to IN a.entityIds OR a.action STARTS WITH 'update')
       RETURN a.actor AS by, a.at AS at ORDER BY a.at DESC LIMIT 1`,
      { from: c.relationship.from, to: c.relationship.to },
    );
    c.by = text(entry?.by);
    c.at = text(entry?.at);
  }

  const order = (c: CuratorChange) =>
    `${c.entityId}\u0000${c.kind}\u0000${c.property ?? ""}\u0000${c.relationship?.to ?? ""}`;
  return changes.sort((a, b) => order(a).localeCompare(order(b)));
}
