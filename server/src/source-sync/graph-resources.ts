import { decodeRow } from "@rrn/common/decode-row";
import { DEFAULT_SOURCE } from "@rrn/model";
import { z } from "zod";
import type { RunCypher } from "../neo4j/write.js";
import { ENTITY, REL } from "../queries/graph-model.js";

/** A relationship that quotes the source page, named by its type and ends. */
export interface QuotedRelationship {
  from: string;
  type: string;
  to: string;
  evidence: string;
}

/** What the sync compares with the page: each resource's names, link and the quotes about it. */
export interface GraphResource {
  id: string;
  title: string;
  aliases: string[];
  url: string | null;
  /** Quotes of the resource's own relationships: where its page entry says what it is. */
  outgoing: QuotedRelationship[];
  /** Quotes of relationships pointing at it (a video that is part of it, a tool derived from it). */
  incoming: QuotedRelationship[];
}

const quoted = z.object({ from: z.string(), type: z.string(), to: z.string(), evidence: z.string() });
const resourceRow = z.object({
  id: z.string(),
  title: z.string(),
  aliases: z.array(z.string()).nullish(),
  url: z.string().nullish(),
  outgoing: z.array(quoted),
  incoming: z.array(quoted),
});

/**
 * The graph's resources (deleted ones aside) with the quotes of every relationship whose source
 * is the page: the seed's default source or the page's own address.
 */
export async function readGraphResources(run: RunCypher, pageUrl: string | null): Promise<GraphResource[]> {
  const rows = await run(
    `MATCH (r:Resource) WHERE NOT r:Deleted
     RETURN r.id AS id, r.title AS title, r.aliases AS aliases, r.url AS url,
       [(r)-[e:${REL}]->(m:${ENTITY}) WHERE coalesce(e.source, $default) IN $sources AND e.evidence IS NOT NULL
         | {from: r.id, type: type(e), to: m.id, evidence: e.evidence}] AS outgoing,
       [(r)<-[e:${REL}]-(m:${ENTITY}) WHERE coalesce(e.source, $default) IN $sources AND e.evidence IS NOT NULL
         | {from: m.id, type: type(e), to: r.id, evidence: e.evidence}] AS incoming
     ORDER BY id`,
    { default: DEFAULT_SOURCE, sources: [DEFAULT_SOURCE, ...(pageUrl ? [pageUrl] : [])] },
  );
  return rows.map((row) => {
    const r = decodeRow(resourceRow, row, "resource");
    return { ...r, aliases: r.aliases ?? [], url: r.url ?? null };
  });
}

/** Every relationship in the graph that quotes the page, whatever its ends. */
export async function readQuotedRelationships(run: RunCypher, pageUrl: string | null): Promise<QuotedRelationship[]> {
  const rows = await run(
    `MATCH (a:${ENTITY})-[e:${REL}]->(b:${ENTITY})
     WHERE NOT a:Deleted AND NOT b:Deleted AND coalesce(e.source, $default) IN $sources AND e.evidence IS NOT NULL
     RETURN a.id AS from, type(e) AS type, b.id AS to, e.evidence AS evidence
     ORDER BY from, type, to`,
    { default: DEFAULT_SOURCE, sources: [DEFAULT_SOURCE, ...(pageUrl ? [pageUrl] : [])] },
  );
  return rows.map((row) => decodeRow(quoted, row, "relationship"));
}
