import { decodeRows } from "@rrn/common/decode-row";
import { isNodeLabel, NODE_LABELS, type NodeLabel, type RelationshipType } from "@rrn/model";
import { z } from "zod";
import { statement, type GraphReader } from "../neo4j/read.js";
import { ENTITY, labelOf } from "./graph-model.js";
import { rel } from "./rel.js";

/**
 * What a node's page says about the node in its head for link previews, search engines and
 * reference managers (../http/structured-data.ts): its own properties and the parties, sources
 * and restraint types the graph links it to. Only values the graph holds; a soft-deleted
 * neighbour (no entity label) is left out like everywhere else.
 */

const party = (type: RelationshipType) =>
  `COLLECT { MATCH (n)-[:${rel(type)}]->(p:${ENTITY})
             RETURN p { .id, name: coalesce(p.name, p.title, p.id), person: p:${labelOf.PERSON},
                        organisation: p:${labelOf.ORGANISATION} }
             ORDER BY toLower(coalesce(p.name, p.title, p.id)) }`;

const pageMetadataStatement = statement(
  `MATCH (n:${ENTITY} {id: $id})
   RETURN n.id AS id, coalesce(n.title, n.name, n.id) AS label, n.summary AS summary,
          [l IN labels(n) WHERE l IN $labels][0] AS nodeLabel,
          n { .kind, .year, .url, .aliases, .descriptiveTitle, .generalKnowledge } AS properties,
          ${party("PUBLISHED_BY")} AS publishedBy,
          ${party("COMMISSIONED_BY")} AS commissionedBy,
          ${party("DERIVES_FROM")} AS derivesFrom,
          ${party("ADDRESSES")} AS addresses,
          COLLECT { MATCH (n)-[:${rel("PART_OF")}]->(p:${labelOf.ORGANISATION})
                    RETURN p { .id, name: coalesce(p.name, p.id), person: false, organisation: true }
                    ORDER BY toLower(coalesce(p.name, p.id)) } AS partOfOrganisations,
          ${party("FUNDED_BY")} AS fundedBy
   LIMIT 1`,
  { id: "", labels: [...NODE_LABELS] },
);

const partyRow = z.object({ id: z.string(), name: z.string(), person: z.boolean(), organisation: z.boolean() });
// Years arrive as integers, but a hand-edited node might carry "2014"; anything else is no year.
const year = z.unknown().transform((v) => {
  const n = typeof v === "string" ? Number(v) : v;
  return typeof n === "number" && Number.isInteger(n) ? n : null;
});
const metadataRow = z.object({
  id: z.string(),
  label: z.string(),
  summary: z.string().nullable(),
  nodeLabel: z.custom<NodeLabel>((v) => typeof v === "string" && isNodeLabel(v)),
  properties: z.object({
    kind: z.string().nullable(),
    year,
    url: z.string().nullable(),
    aliases: z.array(z.string()).nullable(),
    descriptiveTitle: z.boolean().nullable(),
    generalKnowledge: z.array(z.string()).nullable(),
  }),
  publishedBy: z.array(partyRow),
  commissionedBy: z.array(partyRow),
  derivesFrom: z.array(partyRow),
  addresses: z.array(partyRow),
  partOfOrganisations: z.array(partyRow),
  fundedBy: z.array(partyRow),
});

export type PageParty = z.infer<typeof partyRow>;
export type PageMetadata = z.infer<typeof metadataRow>;

/** A node's page metadata; null when there is no such (undeleted) node. */
export async function nodePageMetadata(graph: GraphReader, id: string): Promise<PageMetadata | null> {
  const rows = await graph.transaction((run) => run(pageMetadataStatement, { id, labels: [...NODE_LABELS] }));
  return decodeRows(metadataRow, rows, "node page metadata")[0] ?? null;
}
