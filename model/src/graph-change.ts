import { z } from "zod";

/**
 * What changed in the public graph, per graph version: each write that bumps the version (a
 * seed import that changes something, a curator's edit, an approved suggestion, a delete, a
 * restore) stamps its audit entry with the new version and a list of what it added, changed or
 * removed. The audit log stays the one record of writes; "What's new" and the Atom feeds read
 * only entries stamped with a version, so rejections and other private decisions never show.
 */

/** What a versioned write was, as visitors are told it; `changeKindOf` maps an audit action to one. */
export const CHANGE_KINDS = ["IMPORT", "EDIT", "SUGGESTION", "DELETE", "RESTORE"] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** The audit action a seed import that changed something is recorded under. */
export const SEED_IMPORT_ACTION = "seedImport";
/** Who a seed import's entry names as its actor. */
export const SEED_IMPORT_ACTOR = "seed import";

export function changeKindOf(action: string): ChangeKind {
  if (action === SEED_IMPORT_ACTION) return "IMPORT";
  if (action === "approveSuggestion") return "SUGGESTION";
  if (action === "deleteEntity") return "DELETE";
  if (action === "restoreEntity") return "RESTORE";
  // Generated create/update mutations and the relationship editor's add/update/remove.
  return "EDIT";
}

export const changeOperation = z.enum(["ADDED", "CHANGED", "REMOVED"]);
export type ChangeOperation = z.infer<typeof changeOperation>;

/**
 * One thing a write added, changed or removed: a node (`id`) or a relationship (`type` from
 * `from` to `to`). Ids, not names: names are looked up when read, so a renamed node reads as it
 * is called now.
 */
export const changeItem = z.discriminatedUnion("subject", [
  z.object({ subject: z.literal("NODE"), change: changeOperation, id: z.string() }),
  z.object({
    subject: z.literal("RELATIONSHIP"),
    change: changeOperation,
    type: z.string(),
    from: z.string(),
    to: z.string(),
  }),
]);
export type ChangeItem = z.infer<typeof changeItem>;

/**
 * At most this many items are kept per change (a first import of a big seed adds thousands);
 * `itemCount` says how many there were.
 */
export const MAX_CHANGE_ITEMS = 500;

/** Every node id a change's items name: the nodes whose own feeds carry it. */
export function touchedIds(items: readonly ChangeItem[]): string[] {
  const ids = new Set<string>();
  for (const item of items) {
    if (item.subject === "NODE") ids.add(item.id);
    else ids.add(item.from).add(item.to);
  }
  return [...ids].sort();
}

/**
 * Writes one audit entry (the same node curator writes use) inside the caller's transaction.
 * `$version`, `$versionCounter`, `$changes` (JSON of the first MAX_CHANGE_ITEMS items),
 * `$itemCount` and `$touches` are null on writes that change nothing public.
 */
export const APPEND_AUDIT_ENTRY_CYPHER = `
  CREATE (a:AuditEntry {
    id: $id, at: toString(datetime()), actor: $actor, action: $action, entityIds: $entityIds,
    input: $input, before: $before, after: $after, requestId: $requestId,
    version: $version, versionCounter: $versionCounter, changes: $changes, itemCount: $itemCount, touches: $touches
  })`;

/** The change parameters of APPEND_AUDIT_ENTRY_CYPHER for a write that bumped the graph to `version`. */
export function changeParams(
  version: { version: string; counter: number } | undefined,
  items: readonly ChangeItem[],
): Record<"version" | "versionCounter" | "changes" | "itemCount" | "touches", unknown> {
  if (!version) return { version: null, versionCounter: null, changes: null, itemCount: null, touches: null };
  return {
    version: version.version,
    versionCounter: version.counter,
    changes: JSON.stringify(items.slice(0, MAX_CHANGE_ITEMS)),
    itemCount: items.length,
    touches: touchedIds(items),
  };
}
