import { isNodeLabel } from "@rrn/model";
import type { DerivationHow, EvidenceBasis, RelationshipType } from "../__generated__/graphql";
import { EDGE_TYPE_LOOK, EVIDENCE_BASIS_LOOK, HOW_LABEL, humanise } from "../graph/visual-encoding";
import { fieldsOf } from "./node-fields";

/**
 * The audit log in plain words. Each entry carries JSON snapshots of the entities before and
 * after the write (server/src/curation/audit-log.ts); comparing them says what changed whatever
 * the mutation was, so a new curator action reads right here without a new case.
 */

export interface AuditEntryLike {
  id: string;
  at: string;
  actor: string;
  action: string;
  before?: string | null;
  after?: string | null;
}

export interface HistoryLine {
  id: string;
  who: string;
  at: string;
  /** "Changed summary and year", "Deleted", … */
  what: string;
  /** One line per changed property or relationship. */
  details: string[];
}

interface SnapshotRelationship {
  type: string;
  direction: "OUT" | "IN";
  other: string;
  properties?: Record<string, unknown>;
}
interface Snapshot {
  id: string;
  labels?: string[];
  properties?: Record<string, unknown>;
  relationships?: SnapshotRelationship[];
}

/** Bookkeeping the server writes itself; a reader wants the curator's change, not these. */
const BOOKKEEPING = new Set([
  "id",
  "createdAt",
  "createdBy",
  "updatedAt",
  "updatedBy",
  "managedBy",
  "aliasText",
  "degree",
  "deleted",
  "deletedAt",
  "deletedBy",
  "curated",
]);

const ACTIONS: Record<string, string> = {
  deleteEntity: "Deleted",
  restoreEntity: "Restored",
  approveSuggestion: "Created from an approved suggestion",
  addRelationship: "Added a relationship",
  updateRelationship: "Changed a relationship",
  removeRelationship: "Removed a relationship",
};

function parseSnapshots(json: string | null | undefined): Snapshot[] {
  if (!json) return [];
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? (value as Snapshot[]) : [];
  } catch {
    return [];
  }
}

/** Relationship entries (addRelationship, …) log the edge itself, as the API's GraphEdge. */
interface LoggedEdge {
  type: string;
  source: string;
  target: string;
  [field: string]: unknown;
}

function parseEdge(json: string | null | undefined): LoggedEdge | null {
  if (!json) return null;
  try {
    const value: unknown = JSON.parse(json);
    if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
    const edge = value as Partial<LoggedEdge>;
    return typeof edge.type === "string" && typeof edge.source === "string" && typeof edge.target === "string"
      ? (edge as LoggedEdge)
      : null;
  } catch {
    return null;
  }
}

/** The provenance fields a reader cares about, as the relationship editor names them. */
const EDGE_FIELDS: Record<string, string> = {
  how: "how",
  evidence: "evidence",
  sourceDoc: "source",
  basis: "basis",
  reasoning: "reasoning",
};

function edgeDetails(entry: AuditEntryLike, entityId: string, names: ReadonlyMap<string, string>): string[] | null {
  const before = parseEdge(entry.before);
  const after = parseEdge(entry.after);
  const edge = after ?? before;
  if (!edge) return null;
  const name = (id: string) => (id === entityId ? "this" : (names.get(id) ?? id));
  const look = EDGE_TYPE_LOOK[edge.type as RelationshipType] as (typeof EDGE_TYPE_LOOK)[RelationshipType] | undefined;
  const sentence = `${name(edge.source)} ${(look?.forward ?? humanise(edge.type)).toLowerCase()} ${name(edge.target)}`;
  if (!before) return [`Added: ${sentence}`];
  if (!after) return [`Removed: ${sentence}`];
  const changes = Object.entries(EDGE_FIELDS)
    .filter(([key]) => JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null))
    .map(([key, label]) => `${label}: ${edgeValue(key, before[key])} → ${edgeValue(key, after[key])}`);
  return [`Changed: ${sentence}`, ...changes];
}

/** Bases and hows in the editor's words ("Inferred", "based on"), anything else quoted. */
function edgeValue(key: string, value: unknown): string {
  if (key === "basis" && typeof value === "string" && value in EVIDENCE_BASIS_LOOK)
    return EVIDENCE_BASIS_LOOK[value as EvidenceBasis].label;
  if (key === "how" && typeof value === "string" && value in HOW_LABEL) return HOW_LABEL[value as DerivationHow];
  return show(value);
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "nothing";
  if (Array.isArray(value)) return value.length ? value.map(String).join("; ") : "nothing";
  if (typeof value === "string") return `“${value.length > 80 ? `${value.slice(0, 79)}…` : value}”`;
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") return String(value);
  return JSON.stringify(value);
}

function propertyName(labels: readonly string[] | undefined, key: string): string {
  const label = labels?.find(isNodeLabel);
  const field = label ? fieldsOf(label).find((f) => f.key === key) : undefined;
  return (field?.label ?? humanise(key.replace(/([a-z])([A-Z])/g, "$1_$2").toUpperCase())).toLowerCase();
}

function relationshipKey(r: SnapshotRelationship): string {
  return `${r.type}:${r.direction}:${r.other}`;
}

function relationshipWords(r: SnapshotRelationship, names: ReadonlyMap<string, string>): string {
  const other = names.get(r.other) ?? r.other;
  const look = EDGE_TYPE_LOOK[r.type as RelationshipType] as (typeof EDGE_TYPE_LOOK)[RelationshipType] | undefined;
  const verb = (look?.forward ?? humanise(r.type)).toLowerCase();
  return r.direction === "OUT" ? `${verb} ${other}` : `${other} ${verb} this`;
}

/** What differs between two snapshots of one entity, one line each. */
function differences(before: Snapshot | undefined, after: Snapshot | undefined, names: ReadonlyMap<string, string>) {
  const details: string[] = [];
  const changed: string[] = [];
  const labels = (after ?? before)?.labels;
  const old = before?.properties ?? {};
  const next = after?.properties ?? {};
  for (const key of [...new Set([...Object.keys(old), ...Object.keys(next)])]) {
    if (BOOKKEEPING.has(key) || JSON.stringify(old[key]) === JSON.stringify(next[key])) continue;
    const name = propertyName(labels, key);
    changed.push(name);
    details.push(before ? `${name}: ${show(old[key])} → ${show(next[key])}` : `${name}: ${show(next[key])}`);
  }
  const oldRels = new Map((before?.relationships ?? []).map((r) => [relationshipKey(r), r]));
  const newRels = new Map((after?.relationships ?? []).map((r) => [relationshipKey(r), r]));
  for (const [key, r] of newRels) {
    const was = oldRels.get(key);
    if (!was) details.push(`Added: ${relationshipWords(r, names)}`);
    else if (JSON.stringify(was.properties) !== JSON.stringify(r.properties))
      details.push(`Changed the evidence of: ${relationshipWords(r, names)}`);
  }
  for (const [key, r] of oldRels) if (!newRels.has(key)) details.push(`Removed: ${relationshipWords(r, names)}`);
  return { changed, details };
}

function sentenceList(words: string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words.at(-1) ?? ""}`;
}

/**
 * One entry as a line of the node's history. `names` maps ids to display names for the other
 * ends of relationships (the panel knows its neighbours); unknown ids are shown as they are.
 */
export function describeEntry(
  entry: AuditEntryLike,
  entityId: string,
  names: ReadonlyMap<string, string>,
): HistoryLine {
  const before = parseSnapshots(entry.before).find((s) => s.id === entityId);
  const after = parseSnapshots(entry.after).find((s) => s.id === entityId);
  const loggedEdge = edgeDetails(entry, entityId, names);
  const { changed, details } = loggedEdge ? { changed: [], details: loggedEdge } : differences(before, after, names);
  let what = ACTIONS[entry.action];
  if (!what) {
    if (entry.action.startsWith("create")) what = "Created";
    else if (changed.length > 0) what = `Changed ${sentenceList(changed)}`;
    else if (details.length > 0) what = "Changed relationships";
    else what = humanise(entry.action.replace(/([a-z])([A-Z])/g, "$1_$2").toUpperCase());
  }
  if (entry.action === "deleteEntity" || entry.action === "restoreEntity") details.length = 0;
  return { id: entry.id, who: entry.actor, at: entry.at, what, details };
}

/** "7 Dec 2026, 05:10" in the reader's own locale and time zone. */
export function whenText(at: string): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime())
    ? at
    : date.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}

/** Ids of the other nodes an entry mentions (relationship ends), to look their names up. */
export function mentionedIds(entries: readonly AuditEntryLike[], entityId: string): string[] {
  const ids = new Set<string>();
  for (const entry of entries) {
    for (const json of [entry.before, entry.after]) {
      const edge = parseEdge(json);
      if (edge) [edge.source, edge.target].forEach((id) => ids.add(id));
      for (const snapshot of parseSnapshots(json)) for (const r of snapshot.relationships ?? []) ids.add(r.other);
    }
  }
  ids.delete(entityId);
  return [...ids].sort();
}

/**
 * The display name a node had, from the newest entry that snapshotted it: a deleted node is out
 * of every public query, but its deleteEntity entry keeps its properties.
 */
export function lastKnownName(entries: readonly AuditEntryLike[], entityId: string): string | null {
  for (const entry of entries) {
    for (const json of [entry.after, entry.before]) {
      const properties = parseSnapshots(json).find((s) => s.id === entityId)?.properties;
      const name = properties?.title ?? properties?.name;
      if (typeof name === "string" && name) return name;
    }
  }
  return null;
}
