import { cypherInt, decodeRows } from "@rrn/common/decode-row";
import { z } from "zod";
import { statement, type GraphReader } from "../neo4j/read.js";
import { ENTITY, labelOf } from "./graph-model.js";

/**
 * The node pages the explorer has, for the sitemap and for the head of a page shared as a link.
 * Organisations open at /org/:id, every other node at /node/:id (the client's nodeHref rule).
 * A soft-deleted node has no entity label, so it has no page.
 */
const ORGANISATION = labelOf.ORGANISATION;

const pagesStatement = statement(
  `MATCH (n:${ENTITY}) WHERE n.id IS NOT NULL
   RETURN n.id AS id, n:${ORGANISATION} AS organisation
   ORDER BY id SKIP $skip LIMIT $limit`,
  { skip: 0, limit: 0 },
);

const pageCountStatement = statement(`MATCH (n:${ENTITY}) WHERE n.id IS NOT NULL RETURN count(n) AS count`, {});

const pageMetaStatement = statement(
  `MATCH (n:${ENTITY} {id: $id})
   RETURN n.id AS id, coalesce(n.title, n.name, n.id) AS label, n.summary AS summary,
          n:${ORGANISATION} AS organisation
   LIMIT 1`,
  { id: "" },
);

const pageRow = z.object({ id: z.string(), organisation: z.boolean() });
const countRow = z.object({ count: cypherInt });
const metaRow = z.object({
  id: z.string(),
  label: z.string(),
  summary: z.string().nullable(),
  organisation: z.boolean(),
});

export type NodePage = z.infer<typeof pageRow>;
export type NodePageMeta = z.infer<typeof metaRow>;

/** The path of a node's page. */
export const nodePagePath = ({ id, organisation }: NodePage): string =>
  `/${organisation ? "org" : "node"}/${encodeURIComponent(id)}`;

/** How many node pages there are. */
export async function countNodePages(graph: GraphReader): Promise<number> {
  const rows = await graph.transaction((run) => run(pageCountStatement, {}));
  return decodeRows(countRow, rows, "page count")[0]?.count ?? 0;
}

/** Node pages in id order, `limit` of them after the first `skip`. */
export async function listNodePages(graph: GraphReader, skip: number, limit: number): Promise<NodePage[]> {
  const rows = await graph.transaction((run) => run(pagesStatement, { skip, limit }));
  return decodeRows(pageRow, rows, "node page");
}

/** A node's label and summary for its page's title and description; null when there is no such node. */
export async function nodePageMeta(graph: GraphReader, id: string): Promise<NodePageMeta | null> {
  const rows = await graph.transaction((run) => run(pageMetaStatement, { id }));
  return decodeRows(metaRow, rows, "node page meta")[0] ?? null;
}
