import { randomUUID } from "node:crypto";
import type { ManagedTransaction } from "neo4j-driver";
import {
  APPEND_AUDIT_ENTRY_CYPHER,
  changeParams,
  SEED_IMPORT_ACTION,
  SEED_IMPORT_ACTOR,
  type ChangeItem,
} from "@rrn/model";
import type { ImportPlan, StoredSeedGraph } from "./plan-changes.js";

type Tx = Pick<ManagedTransaction, "run">;

/**
 * What an import added, changed or removed in the public graph, from its plan: the same items a
 * curator's write records (@rrn/model's graph-change). Bookkeeping that changes nothing a
 * visitor sees — relationships and nodes released to curators, deleted nodes the seed forgets —
 * is left out.
 */
export function seedChangeItems(
  plan: ImportPlan,
  stored: StoredSeedGraph,
  released: readonly { id: string }[],
): ChangeItem[] {
  const existing = new Set([...stored.nodes, ...(stored.curatorNodes ?? [])].map((n) => n.id));
  const items: ChangeItem[] = plan.nodeWrites
    .filter(({ visible }) => visible)
    .map(({ node }) => ({
      subject: "NODE",
      change: existing.has(node.id) ? "CHANGED" : "ADDED",
      id: node.id,
    }));
  for (const { rel } of plan.relationshipCreates) {
    items.push({ subject: "RELATIONSHIP", change: "ADDED", type: rel.type, from: rel.from, to: rel.to });
  }
  for (const { rel, visible } of plan.relationshipUpdates) {
    if (visible) items.push({ subject: "RELATIONSHIP", change: "CHANGED", type: rel.type, from: rel.from, to: rel.to });
  }
  const storedEnds = new Map(
    stored.relationships.map((r) => [r.elementId, r.ends ? { type: r.type, ...r.ends } : undefined]),
  );
  const creates = new Set(plan.relationshipCreates.map(({ rel }) => `${rel.type}:${rel.from}->${rel.to}`));
  for (const elementId of plan.staleRelationshipIds) {
    const ends = storedEnds.get(elementId);
    // A removed duplicate of a relationship that stays, or one whose ends we cannot name, is no news.
    if (!ends || creates.has(`${ends.type}:${ends.from}->${ends.to}`)) continue;
    if (plan.relationshipUpdates.some(({ elementId: kept }) => kept === elementId)) continue;
    items.push({ subject: "RELATIONSHIP", change: "REMOVED", type: ends.type, from: ends.from, to: ends.to });
  }
  const kept = new Set(released.map((r) => r.id));
  for (const node of plan.staleNodes) {
    if (!kept.has(node.id)) items.push({ subject: "NODE", change: "REMOVED", id: node.id });
  }
  return dedupe(items);
}

/** One item per node or relationship: a stale duplicate removed beside its live twin says nothing. */
function dedupe(items: ChangeItem[]): ChangeItem[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = item.subject === "NODE" ? `node:${item.id}` : `rel:${item.type}:${item.from}->${item.to}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Records the import's change in the audit log under the version it bumped to, in the import's
 * own transaction. An import that changed nothing a visitor sees records nothing.
 */
export async function recordSeedChange(
  tx: Tx,
  version: { version: string; counter: number },
  items: readonly ChangeItem[],
): Promise<boolean> {
  if (items.length === 0) return false;
  await tx.run(APPEND_AUDIT_ENTRY_CYPHER, {
    id: randomUUID(),
    actor: SEED_IMPORT_ACTOR,
    action: SEED_IMPORT_ACTION,
    entityIds: [],
    input: null,
    before: null,
    after: null,
    requestId: null,
    ...changeParams(version, items),
  });
  return true;
}
