import {
  changeItem,
  changeKindOf,
  isNodeLabel,
  NODE_TYPE_OF_LABEL,
  RELATIONSHIPS,
  type ChangeKind,
  type ChangeOperation,
  type NodeType,
  type RelationshipType,
} from "@rrn/model";
import { decodeRow } from "@rrn/common/decode-row";
import { z } from "zod";
import { statement, type GraphReader } from "../neo4j/read.js";
import { ENTITY } from "../queries/graph-model.js";

/** A node a change names, as it is called now (or was called when deleted). */
export interface ChangeNodeRef {
  id: string;
  label: string;
  type: NodeType | null;
  /** In the public graph now, so a link to its page leads somewhere. */
  exists: boolean;
}

export interface ChangeItemView {
  change: ChangeOperation;
  node: ChangeNodeRef | null;
  type: RelationshipType | null;
  from: ChangeNodeRef | null;
  to: ChangeNodeRef | null;
}

export interface GraphChangeView {
  id: string;
  version: string;
  at: string;
  kind: ChangeKind;
  itemCount: number;
  items: ChangeItemView[];
}

/**
 * Audit entries stamped with a graph version, newest first; with `node`, only those whose
 * items touch it. Who made a change is not part of it: the audit log's actors are for curators.
 */
const LIST_CHANGES = statement(
  `MATCH (a:AuditEntry) WHERE a.version IS NOT NULL AND ($node IS NULL OR $node IN a.touches)
   WITH a ORDER BY a.at DESC, a.versionCounter DESC LIMIT $limit
   RETURN a {.id, .at, .action, .version, .changes, .itemCount} AS a`,
  { node: "-", limit: 1 },
);

/** The names of the nodes changes name: live ones first, else the latest deleted one with that id. */
const NAMES = statement(
  `UNWIND $ids AS nid
   OPTIONAL MATCH (n:${ENTITY} {id: nid})
   OPTIONAL MATCH (d:Deleted {id: nid})
   WITH nid, n, d ORDER BY d.deletedAt DESC
   WITH nid, head(collect(n)) AS n, head(collect(d)) AS d
   WITH nid, coalesce(n, d) AS m, n IS NOT NULL AS exists
   RETURN nid AS id, coalesce(m.title, m.name, nid) AS label,
          CASE WHEN m IS NULL THEN [] WHEN exists THEN labels(m) ELSE [m.deletedLabel] END AS labels, exists`,
  { ids: [] as string[] },
);

const entryRow = z.object({
  a: z.object({
    id: z.string(),
    at: z.string(),
    action: z.string(),
    version: z.string(),
    changes: z.string().nullable(),
    itemCount: z.number().nullable(),
  }),
});
const nameRow = z.object({
  id: z.string(),
  label: z.string(),
  labels: z.array(z.string().nullable()),
  exists: z.boolean(),
});

const isRelationshipType = (t: string): t is RelationshipType => Object.hasOwn(RELATIONSHIPS, t);

export async function listChanges(
  graph: GraphReader,
  { node, limit }: { node: string | null; limit: number },
): Promise<GraphChangeView[]> {
  return graph.transaction(async (run) => {
    const entries = (await run(LIST_CHANGES, { node, limit })).map((r) => decodeRow(entryRow, r, "change").a);
    const parsed = entries.map((e) => ({ entry: e, items: parseItems(e.changes) }));
    const ids = new Set<string>();
    for (const { items } of parsed) {
      for (const item of items) {
        if (item.subject === "NODE") ids.add(item.id);
        else ids.add(item.from).add(item.to);
      }
    }
    const names = new Map(
      (await run(NAMES, { ids: [...ids] })).map((r) => {
        const row = decodeRow(nameRow, r, "changed node");
        const label = row.labels.find((l): l is string => l !== null && isNodeLabel(l));
        const ref: ChangeNodeRef = {
          id: row.id,
          label: row.label,
          type: label && isNodeLabel(label) ? NODE_TYPE_OF_LABEL[label] : null,
          exists: row.exists,
        };
        return [row.id, ref];
      }),
    );
    const refOf = (id: string): ChangeNodeRef => names.get(id) ?? { id, label: id, type: null, exists: false };
    return parsed.map(({ entry, items }) => ({
      id: entry.id,
      version: entry.version,
      at: entry.at,
      kind: changeKindOf(entry.action),
      itemCount: entry.itemCount ?? items.length,
      items: items.flatMap((item): ChangeItemView[] => {
        if (item.subject === "NODE")
          return [{ change: item.change, node: refOf(item.id), type: null, from: null, to: null }];
        // A relationship type the model no longer has cannot be named in the API's enum.
        if (!isRelationshipType(item.type)) return [];
        return [{ change: item.change, node: null, type: item.type, from: refOf(item.from), to: refOf(item.to) }];
      }),
    }));
  });
}

/** The stored items; an entry whose JSON does not parse as items reads as having none. */
function parseItems(text: string | null) {
  if (text === null) return [];
  try {
    const parsed = z.array(changeItem).safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}
