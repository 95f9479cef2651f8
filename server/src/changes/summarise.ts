import { isNodeLabel, type ChangeItem } from "@rrn/model";

/**
 * What a curator write added, changed or removed, read from the audit entry's own before and
 * after values — so the record of a change is the audit log's, not a second account of it.
 * Those values come in a few shapes (entity snapshots from `snapshotEntities`, single
 * GraphEdges from the relationship editor, `{ suggestion, resource }` from approvals); every
 * entity snapshot and edge found anywhere in them is compared by id (nodes) and by type and
 * ends (relationships).
 */
export function summariseChange(before: unknown, after: unknown): ChangeItem[] {
  const was = collect(before);
  const now = collect(after);
  const items: ChangeItem[] = [];
  for (const [id, props] of now.nodes) {
    const old = was.nodes.get(id);
    if (old === undefined) items.push({ subject: "NODE", change: "ADDED", id });
    else if (!sameValues(old, props)) items.push({ subject: "NODE", change: "CHANGED", id });
  }
  for (const id of was.nodes.keys()) {
    if (!now.nodes.has(id)) items.push({ subject: "NODE", change: "REMOVED", id });
  }
  for (const [key, rel] of now.relationships) {
    const old = was.relationships.get(key);
    if (old === undefined) items.push({ subject: "RELATIONSHIP", change: "ADDED", ...rel.ends });
    else if (!sameValues(old.values, rel.values))
      items.push({ subject: "RELATIONSHIP", change: "CHANGED", ...rel.ends });
  }
  for (const [key, rel] of was.relationships) {
    if (!now.relationships.has(key)) items.push({ subject: "RELATIONSHIP", change: "REMOVED", ...rel.ends });
  }
  return items;
}

interface Relationship {
  ends: { type: string; from: string; to: string };
  values: Record<string, unknown>;
}

interface Found {
  nodes: Map<string, Record<string, unknown>>;
  relationships: Map<string, Relationship>;
}

/**
 * Bookkeeping a write sets on what it touches without changing what it says: a neighbour's
 * recounted degree, who saved it when. A save that changed only these changed nothing to report.
 */
const BOOKKEEPING = new Set(["degree", "updatedAt", "updatedBy", "createdAt", "createdBy", "aliasText"]);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function collect(value: unknown): Found {
  const found: Found = { nodes: new Map(), relationships: new Map() };
  const addRelationship = (type: string, from: string, to: string, values: Record<string, unknown>) =>
    found.relationships.set(`${type}:${from}->${to}`, { ends: { type, from, to }, values });
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (!isRecord(v)) return;
    if (isEntitySnapshot(v)) {
      found.nodes.set(v.id, v.properties);
      for (const r of v.relationships) {
        if (!isRecord(r) || typeof r.type !== "string" || typeof r.other !== "string") continue;
        const values = isRecord(r.properties) ? r.properties : {};
        if (r.direction === "IN") addRelationship(r.type, r.other, v.id, values);
        else addRelationship(r.type, v.id, r.other, values);
      }
      return;
    }
    if (isGraphEdge(v)) {
      const { type, source, target, id: _id, ...values } = v;
      addRelationship(type, source, target, values);
      return;
    }
    // A suggestion record says nothing about the graph itself; look only into the resource.
    Object.entries(v).forEach(([key, inner]) => {
      if (key !== "suggestion") walk(inner);
    });
  };
  walk(value);
  return found;
}

function isEntitySnapshot(
  v: Record<string, unknown>,
): v is { id: string; labels: string[]; properties: Record<string, unknown>; relationships: unknown[] } {
  return (
    typeof v.id === "string" &&
    Array.isArray(v.labels) &&
    v.labels.some((l) => typeof l === "string" && isNodeLabel(l)) &&
    isRecord(v.properties) &&
    Array.isArray(v.relationships)
  );
}

function isGraphEdge(v: Record<string, unknown>): v is { type: string; source: string; target: string; id?: unknown } {
  return typeof v.type === "string" && typeof v.source === "string" && typeof v.target === "string" && "basis" in v;
}

function sameValues(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  return canonical(a) === canonical(b);
}

/** JSON with keys sorted and bookkeeping left out, so equal values compare equal. */
function canonical(values: Record<string, unknown>): string {
  const keys = Object.keys(values)
    .filter((k) => !BOOKKEEPING.has(k))
    .sort();
  return JSON.stringify(keys.map((k) => [k, values[k]]));
}
