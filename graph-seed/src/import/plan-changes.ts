import {
  mergeValue,
  parseSeedState,
  RELATIONSHIP_STATE_KEYS,
  relationshipRef,
  sameValue,
  SEED_STATE,
  serialiseSeedState,
  type RelationshipState,
  type ValueMap,
} from "../curation/seed-state.js";
import {
  MANAGED_BY,
  NODE_LABELS,
  type NodeLabel,
  recordKeys,
  RELATIONSHIP_TYPES,
  type RelationshipType,
  SEED_OWNER,
} from "@rrn/model";
import { relationshipKey, type Seed, type SeedNode, type SeedRelationship } from "../seed.js";
import { ALIAS_SEPARATOR, nodeProperties, relationshipProperties, type PropertyMap } from "./graph-properties.js";

/** A node as read from the database, its values plain (integers as numbers). */
export interface StoredNode {
  label: NodeLabel;
  id: string;
  props: Record<string, unknown>;
}

export interface StoredRelationship {
  elementId: string;
  /** `relationshipKey` of its ends, or undefined when an end has no id or none of our labels. */
  key: string | undefined;
  type: string;
  /** Its ends, when placeable (as `key`). */
  ends?: { fromLabel: NodeLabel; from: string; toLabel: NodeLabel; to: string };
  props: Record<string, unknown>;
}

/** What the database holds today that the import needs to compare with the files. */
export interface StoredSeedGraph {
  /** Nodes the seed owns (managedBy "seed"). */
  nodes: StoredNode[];
  /** Relationships the seed owns. */
  relationships: StoredRelationship[];
  /** Seed nodes a curator soft-deleted (`Deleted`, still managedBy "seed"): the import leaves them out. */
  deleted?: { label: NodeLabel; id: string }[];
  /** Nodes without managedBy whose label and id a seed record has. */
  curatorNodes?: StoredNode[];
  /** Relationships without managedBy between nodes with ids (those a seed record names may be adopted). */
  curatorRelationships?: StoredRelationship[];
}

export interface ChangeCounts {
  /** Records of this label or type in the seed files. */
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  deleted: number;
  /** Records in the files the import did not write because a curator deleted or removed them. */
  kept: number;
}

export interface NodeWrite {
  node: SeedNode;
  props: PropertyMap;
  /** A visitor sees a difference: a new node, or a record value other than the stored one (not only the seed's bookkeeping, as when it adopts a curator's node). */
  visible: boolean;
}
export interface RelationshipWrite {
  rel: SeedRelationship;
  props: PropertyMap;
}
export interface RelationshipUpdate extends RelationshipWrite {
  elementId: string;
  /** A visitor sees a difference: a value changes (adopting a curator's relationship as it is changes none). */
  visible: boolean;
}

/** A curator's change the import kept rather than overwrite or undo. */
export interface KeptChange {
  kind: "PROPERTY" | "RELATIONSHIP_EDITED" | "RELATIONSHIP_REMOVED" | "NODE_DELETED";
  label: NodeLabel;
  id: string;
  /** The property or relationship field. */
  property?: string;
  /** The relationship, as `relationshipKey`. */
  relationship?: string;
  curatorValue?: unknown;
  /** On a conflict: what the files say now. */
  fileValue?: unknown;
  /** True when the files changed the same thing differently: the curator's value stays until someone decides. */
  conflict: boolean;
  by?: string | null;
}

/** The difference between the seed files and the database, decided before anything is written. */
export interface ImportPlan {
  nodeWrites: NodeWrite[];
  /** Relationships the graph does not hold yet. */
  relationshipCreates: RelationshipWrite[];
  /** Seed relationships whose values change, and curators' relationships the seed adopts. */
  relationshipUpdates: RelationshipUpdate[];
  /** Seed relationships no longer in the files, or duplicates of one that is. */
  staleRelationshipIds: string[];
  /** Seed relationships no longer in the files that a curator had edited: kept, as the curator's. */
  releasedRelationshipIds: string[];
  /**
   * Seed nodes no longer in the files: deleted, or released to curators if they still have edges
   * or a curator changed them (`curated`).
   */
  staleNodes: { label: NodeLabel; id: string; curated: boolean }[];
  /** Seed nodes a curator deleted whose records have left the files too: no longer the seed's. */
  forgottenDeleted: { label: NodeLabel; id: string }[];
  /** Curator-made nodes with a seed record's id whose values differ from it: the import refuses. */
  refused: { label: NodeLabel; id: string }[];
  /** Curator-made nodes and relationships the files now hold identically (or nearly): the seed owns them now. */
  adopted: string[];
  kept: KeptChange[];
  nodes: Record<NodeLabel, ChangeCounts>;
  relationships: Record<RelationshipType, ChangeCounts>;
}

const zero = (): ChangeCounts => ({ total: 0, created: 0, updated: 0, unchanged: 0, deleted: 0, kept: 0 });
const countsFor = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, zero()])) as Record<K, ChangeCounts>;
const nodeKey = (label: string, id: string) => `${label}:${id}`;
const text = (v: unknown): string | null => (typeof v === "string" ? v : null);

function pick(props: Record<string, unknown>, keys: readonly string[]): ValueMap {
  return Object.fromEntries(keys.map((k) => [k, props[k] ?? null]));
}

/** Merges every key; returns the values to write, the new baseline, conflicts and what a curator holds. */
function mergeAll(
  current: Record<string, unknown>,
  base: ValueMap,
  file: ValueMap,
  keys: readonly string[],
): { values: ValueMap; base: ValueMap; conflicts: ValueMap; held: { key: string; conflict: boolean }[] } {
  const values: ValueMap = {};
  const newBase: ValueMap = {};
  const conflicts: ValueMap = {};
  const held: { key: string; conflict: boolean }[] = [];
  for (const key of keys) {
    const m = mergeValue(current[key], base[key], file[key]);
    values[key] = m.value;
    newBase[key] = m.base;
    if (m.settlement === "conflict") conflicts[key] = m.fileValue ?? null;
    if (m.settlement === "kept" || m.settlement === "conflict")
      held.push({ key, conflict: m.settlement === "conflict" });
  }
  return { values, base: newBase, conflicts, held };
}

function changed(current: Record<string, unknown>, wanted: ValueMap): boolean {
  return Object.entries(wanted).some(([k, v]) => !sameValue(current[k], v));
}

/**
 * Plans the import. Per seed-owned property, with what the seed last wrote as the baseline
 * (`seedState`, see ../curation/seed-state.ts): unchanged by curators → the files' value; a
 * curator's value → kept (a conflict when the files changed it too), or the seed's again once
 * the files say the same. Seed nodes a curator deleted and seed relationships a curator removed
 * stay so. A curator-made node or relationship that a seed record now names is adopted (the
 * seed owns it from now on, with any value that differs kept as the curator's, reported as a
 * conflict), except a node whose values differ: two different things may share an id, so the
 * import refuses rather than merge them.
 */
export function planChanges(seed: Seed, stored: StoredSeedGraph): ImportPlan {
  const nodes = countsFor(NODE_LABELS);
  const relationships = countsFor(RELATIONSHIP_TYPES);
  const kept: KeptChange[] = [];
  const adopted: string[] = [];

  const deleted = new Set((stored.deleted ?? []).map((d) => nodeKey(d.label, d.id)));
  const storedNodes = new Map(stored.nodes.map((n) => [nodeKey(n.label, n.id), n]));
  const curatorNodes = new Map((stored.curatorNodes ?? []).map((n) => [nodeKey(n.label, n.id), n]));
  const states = new Map([...storedNodes].map(([k, n]) => [k, parseSeedState(n.props[SEED_STATE])]));

  // Relationships first: each node's state records its outgoing ones.
  const storedRels = new Map<string, StoredRelationship>();
  const staleRelationshipIds: string[] = [];
  const releasedRelationshipIds: string[] = [];
  for (const r of stored.relationships) {
    // A key we cannot place, or a second copy of one we already hold, is never the seed's intent.
    if (r.key === undefined || storedRels.has(r.key)) staleRelationshipIds.push(r.elementId);
    else storedRels.set(r.key, r);
  }
  const curatorRels = new Map<string, StoredRelationship>();
  for (const r of stored.curatorRelationships ?? []) {
    if (r.key !== undefined && !curatorRels.has(r.key)) curatorRels.set(r.key, r);
  }
  const relStates = new Map<string, Record<string, RelationshipState>>();
  const relationshipCreates: RelationshipWrite[] = [];
  const relationshipUpdates: RelationshipUpdate[] = [];
  for (const rel of seed.relationships) {
    const counts = relationships[rel.type];
    counts.total++;
    const key = relationshipKey(rel);
    const ref = relationshipRef(rel.type, rel.toLabel, rel.to);
    const fromKey = nodeKey(rel.fromLabel, rel.from);
    const refs = relStates.get(fromKey) ?? {};
    relStates.set(fromKey, refs);
    const previous = states.get(fromKey)?.relationships?.[ref];
    const file = pick(relationshipProperties(rel), RELATIONSHIP_STATE_KEYS);
    const current = storedRels.get(key);
    storedRels.delete(key);

    if (deleted.has(fromKey) || deleted.has(nodeKey(rel.toLabel, rel.to))) {
      // Gone with a node a curator deleted; back when it is restored, as the seed last wrote it.
      counts.kept++;
      if (current) staleRelationshipIds.push(current.elementId);
      if (previous) refs[ref] = previous;
      continue;
    }
    if (!current && !curatorRels.has(key) && previous) {
      // The seed wrote it before and it is gone: a curator removed it.
      counts.kept++;
      const differs = changed(previous.values, file);
      refs[ref] = { values: previous.values, ...(differs ? { conflicts: file } : {}) };
      kept.push({
        kind: "RELATIONSHIP_REMOVED",
        label: rel.fromLabel,
        id: rel.from,
        relationship: key,
        conflict: differs,
        ...(differs ? { fileValue: file } : {}),
      });
      continue;
    }
    const adopting = current ? undefined : curatorRels.get(key);
    const existing = current ?? adopting;
    if (!existing) {
      counts.created++;
      relationshipCreates.push({ rel, props: relationshipProperties(rel) });
      refs[ref] = { values: file };
      continue;
    }
    // Adopted: what the seed wrote before, if it did (a curator removed it and added it back),
    // else nothing, so every value that differs from the files is the curator's.
    const base: ValueMap = adopting
      ? (previous?.values ?? {})
      : (previous?.values ?? pick(existing.props, RELATIONSHIP_STATE_KEYS));
    const merged = mergeAll(existing.props, base, file, RELATIONSHIP_STATE_KEYS);
    refs[ref] = { values: merged.base, conflicts: merged.conflicts };
    for (const h of merged.held) {
      kept.push({
        kind: "RELATIONSHIP_EDITED",
        label: rel.fromLabel,
        id: rel.from,
        property: h.key,
        relationship: key,
        curatorValue: existing.props[h.key] ?? null,
        conflict: h.conflict,
        ...(h.conflict ? { fileValue: merged.conflicts[h.key] } : {}),
        by: text(existing.props.updatedBy) ?? text(existing.props.createdBy),
      });
    }
    if (adopting) adopted.push(`relationship ${key}`);
    if (adopting || changed(existing.props, merged.values)) {
      counts.updated++;
      relationshipUpdates.push({
        elementId: existing.elementId,
        rel,
        props: { ...(merged.values as PropertyMap), [MANAGED_BY]: SEED_OWNER },
        visible: changed(existing.props, merged.values),
      });
    } else counts.unchanged++;
  }
  for (const r of storedRels.values()) {
    // Dropped from the files: gone, unless a curator had edited it, which keeps it as theirs.
    const e = r.ends;
    const previous = e
      ? states.get(nodeKey(e.fromLabel, e.from))?.relationships?.[relationshipRef(r.type, e.toLabel, e.to)]
      : undefined;
    if (previous && changed(r.props, previous.values)) releasedRelationshipIds.push(r.elementId);
    else staleRelationshipIds.push(r.elementId);
  }
  const removed = new Set([...staleRelationshipIds, ...releasedRelationshipIds]);
  for (const r of stored.relationships) {
    if (removed.has(r.elementId) && r.type in relationships) relationships[r.type as RelationshipType].deleted++;
  }

  const refused: { label: NodeLabel; id: string }[] = [];
  const nodeWrites: NodeWrite[] = [];
  for (const node of seed.nodes) {
    const counts = nodes[node.label];
    counts.total++;
    const k = nodeKey(node.label, node.id);
    const keys = recordKeys(node.label);
    if (deleted.has(k)) {
      counts.kept++;
      kept.push({ kind: "NODE_DELETED", label: node.label, id: node.id, conflict: false });
      continue;
    }
    const fileProps = nodeProperties(node);
    const file = pick(fileProps, keys);
    const current = storedNodes.get(k);
    storedNodes.delete(k);
    const curatorMade = current ? undefined : curatorNodes.get(k);
    if (curatorMade) {
      if (changed(curatorMade.props, file)) {
        refused.push({ label: node.label, id: node.id });
        continue;
      }
      adopted.push(`${node.label} ${node.id}`);
    }
    const existing = current ?? curatorMade;
    const state = current ? states.get(k) : null;
    // Imported before states were kept: a node a curator touched is taken to hold the curator's
    // values, any other to hold what the seed wrote.
    const base: ValueMap =
      state?.values ?? (existing && existing.props.updatedBy === undefined ? pick(existing.props, keys) : file);
    const merged = existing
      ? mergeAll(existing.props, base, file, keys)
      : { values: file, base: file, conflicts: {}, held: [] };
    for (const h of merged.held) {
      kept.push({
        kind: "PROPERTY",
        label: node.label,
        id: node.id,
        property: h.key,
        curatorValue: existing?.props[h.key] ?? null,
        conflict: h.conflict,
        ...(h.conflict ? { fileValue: merged.conflicts[h.key] } : {}),
        by: text(existing?.props.updatedBy),
      });
    }
    const aliases = merged.values.aliases;
    const props: PropertyMap = {
      ...(merged.values as PropertyMap),
      aliasText: Array.isArray(aliases) && aliases.length > 0 ? (aliases as string[]).join(ALIAS_SEPARATOR) : null,
      [MANAGED_BY]: SEED_OWNER,
      [SEED_STATE]: serialiseSeedState({
        values: merged.base,
        conflicts: merged.conflicts,
        relationships: relStates.get(k) ?? {},
      }),
    };
    if (!existing) counts.created++;
    else if (changed(existing.props, props)) counts.updated++;
    else {
      counts.unchanged++;
      continue;
    }
    nodeWrites.push({ node, props, visible: !existing || changed(existing.props, merged.values) });
  }
  const staleNodes = [...storedNodes.values()].map(({ label, id, props }) => {
    const values = states.get(nodeKey(label, id))?.values;
    return { label, id, curated: values !== undefined && changed(props, pick(values, recordKeys(label))) };
  });
  for (const n of staleNodes) nodes[n.label].deleted++;
  const inFiles = new Set(seed.nodes.map((n) => nodeKey(n.label, n.id)));
  const forgottenDeleted = (stored.deleted ?? []).filter((d) => !inFiles.has(nodeKey(d.label, d.id)));

  return {
    nodeWrites,
    relationshipCreates,
    relationshipUpdates,
    staleRelationshipIds,
    releasedRelationshipIds,
    staleNodes,
    forgottenDeleted,
    refused,
    adopted,
    kept,
    nodes,
    relationships,
  };
}
