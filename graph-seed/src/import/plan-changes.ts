import { NODE_LABELS, type NodeLabel } from "../model/labels.js";
import { RELATIONSHIP_TYPES, type RelationshipType } from "../model/relationship-types.js";
import { relationshipKey, type Seed, type SeedNode, type SeedRelationship } from "../model/seed.js";
import {
  nodeProperties,
  relationshipProperties,
  sameSeedProperties,
  SEED_RELATIONSHIP_KEYS,
  seedNodeKeys,
  type PropertyMap,
} from "./graph-properties.js";

/** What the database holds today that the seed owns (managedBy: "seed"). */
export interface StoredSeedGraph {
  nodes: { label: NodeLabel; id: string; props: Record<string, unknown> }[];
  relationships: { elementId: string; key: string | undefined; type: string; props: Record<string, unknown> }[];
}

export interface ChangeCounts {
  /** Records of this label or type in the seed files. */
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  deleted: number;
}

export interface NodeWrite {
  node: SeedNode;
  props: PropertyMap;
}
export interface RelationshipWrite {
  rel: SeedRelationship;
  props: PropertyMap;
}

/** The difference between the seed files and the database, decided before anything is written. */
export interface ImportPlan {
  nodeWrites: NodeWrite[];
  relationshipWrites: RelationshipWrite[];
  /** Seed relationships no longer in the files, or duplicates of one that is. */
  staleRelationshipIds: string[];
  /** Seed nodes no longer in the files: deleted, or released to curators if they still have edges. */
  staleNodes: { label: NodeLabel; id: string }[];
  nodes: Record<NodeLabel, ChangeCounts>;
  relationships: Record<RelationshipType, ChangeCounts>;
}

const zero = (): ChangeCounts => ({ total: 0, created: 0, updated: 0, unchanged: 0, deleted: 0 });
const countsFor = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, zero()])) as Record<K, ChangeCounts>;

export function planChanges(seed: Seed, stored: StoredSeedGraph): ImportPlan {
  const nodes = countsFor(NODE_LABELS);
  const relationships = countsFor(RELATIONSHIP_TYPES);

  const storedNodes = new Map(stored.nodes.map((n) => [`${n.label}:${n.id}`, n]));
  const nodeWrites: NodeWrite[] = [];
  for (const node of seed.nodes) {
    const counts = nodes[node.label];
    counts.total++;
    const props = nodeProperties(node);
    const current = storedNodes.get(`${node.label}:${node.id}`);
    storedNodes.delete(`${node.label}:${node.id}`);
    if (!current) counts.created++;
    else if (sameSeedProperties(current.props, props, seedNodeKeys(node.label))) {
      counts.unchanged++;
      continue;
    } else counts.updated++;
    nodeWrites.push({ node, props });
  }
  const staleNodes = [...storedNodes.values()].map(({ label, id }) => ({ label, id }));
  for (const n of staleNodes) nodes[n.label].deleted++;

  const storedRels = new Map<string, StoredSeedGraph["relationships"][number]>();
  const staleRelationshipIds: string[] = [];
  for (const r of stored.relationships) {
    // A key we cannot place, or a second copy of one we already hold, is never the seed's intent.
    if (r.key === undefined || storedRels.has(r.key)) staleRelationshipIds.push(r.elementId);
    else storedRels.set(r.key, r);
  }
  const relationshipWrites: RelationshipWrite[] = [];
  for (const rel of seed.relationships) {
    const counts = relationships[rel.type];
    counts.total++;
    const props = relationshipProperties(rel);
    const key = relationshipKey(rel);
    const current = storedRels.get(key);
    storedRels.delete(key);
    if (!current) counts.created++;
    else if (sameSeedProperties(current.props, props, SEED_RELATIONSHIP_KEYS)) {
      counts.unchanged++;
      continue;
    } else counts.updated++;
    relationshipWrites.push({ rel, props });
  }
  for (const r of storedRels.values()) staleRelationshipIds.push(r.elementId);
  const stale = new Set(staleRelationshipIds);
  for (const r of stored.relationships) {
    if (stale.has(r.elementId) && r.type in relationships) {
      relationships[r.type as RelationshipType].deleted++;
    }
  }
  return { nodeWrites, relationshipWrites, staleRelationshipIds, staleNodes, nodes, relationships };
}
