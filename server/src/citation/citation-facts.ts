import { z } from "zod";
import { statement, type RunStatement } from "../neo4j/read.js";
import { ENTITY, parseQueryRow } from "../queries/graph-model.js";
import { rel } from "../queries/rel.js";
import type { CitationFacts } from "./csl-item.js";
import { creditOrder } from "./credit-order.js";

/** A party as creditOrder needs it: names to find in the relationship's quote, and affiliations. */
const PARTY = `p { name: coalesce(p.name, p.title), person: p:Person, id: p.id, aliases: coalesce(p.aliases, []),
  evidence: r.evidence, affiliatedWith: [(p)-[:${rel("AFFILIATED_WITH")}]->(o) | o.id] }`;

/**
 * Everything a reference needs about each id, in the order asked: the node (any entity label,
 * so an id of the wrong type can be named as such) and the parties around it, each with the
 * quote of its relationship, its other names and whom it is affiliated with, so that
 * `creditOrder` can put them in the order the source page credits them (the graph records no
 * author order of its own). Each id is one index lookup plus its own relationships, so the cost
 * grows with the number of ids, not the size of the graph.
 */
const factsStatement = statement(
  `UNWIND $ids AS id
   OPTIONAL MATCH (n:${ENTITY} {id: id})
   RETURN id,
     [l IN labels(n) WHERE l IN ["Resource", "Legislation"]][0] AS citable,
     n IS NOT NULL AS found,
     n { .kind, .year, .url, .descriptiveTitle, .generalKnowledge, title: coalesce(n.title, n.name) } AS node,
     COLLECT { MATCH (n)-[r:${rel("PUBLISHED_BY")}]->(p) RETURN ${PARTY} } AS publishedBy,
     COLLECT { MATCH (n)-[r:${rel("DEVELOPED_WITH")}]->(p) RETURN ${PARTY} } AS developedWith,
     COLLECT { MATCH (n)-[r:${rel("COMMISSIONED_BY")}]->(p) RETURN ${PARTY} } AS commissionedBy`,
  { ids: [] as string[] },
);

const party = z.object({
  id: z.string(),
  name: z.string(),
  person: z.boolean(),
  aliases: z.array(z.string()),
  evidence: z.string().nullable(),
  affiliatedWith: z.array(z.string()),
});
// Years arrive as integers, but a hand-edited node might carry "2014"; anything else is no year.
const year = z.unknown().transform((v) => {
  const n = typeof v === "string" ? Number(v) : v;
  return typeof n === "number" && Number.isInteger(n) ? n : null;
});
const factsRow = z.object({
  id: z.string(),
  found: z.boolean(),
  citable: z.enum(["Resource", "Legislation"]).nullable(),
  node: z
    .object({
      title: z.string(),
      kind: z.string().nullable(),
      year,
      url: z.string().nullable(),
      descriptiveTitle: z.boolean().nullable(),
      generalKnowledge: z.array(z.string()).nullable(),
    })
    .nullable(),
  publishedBy: z.array(party),
  developedWith: z.array(party),
  commissionedBy: z.array(party),
});

export interface FactsLookup {
  facts: CitationFacts[];
  /** Ids no entity has. */
  unknown: string[];
  /** Ids of entities that are not documents (an organisation, a setting, …). */
  notCitable: string[];
}

export async function loadCitationFacts(run: RunStatement, ids: readonly string[]): Promise<FactsLookup> {
  const rows = await run(factsStatement, { ids: [...ids] });
  const lookup: FactsLookup = { facts: [], unknown: [], notCitable: [] };
  for (const value of rows) {
    const row = parseQueryRow(factsRow, value, "citation facts");
    if (!row.found || !row.node) {
      lookup.unknown.push(row.id);
      continue;
    }
    if (!row.citable) {
      lookup.notCitable.push(row.id);
      continue;
    }
    lookup.facts.push({
      id: row.id,
      type: row.citable === "Resource" ? "RESOURCE" : "LEGISLATION",
      title: row.node.title,
      kind: row.node.kind,
      year: row.node.year,
      url: row.node.url,
      descriptiveTitle: row.node.descriptiveTitle ?? false,
      generalKnowledge: row.node.generalKnowledge ?? [],
      publishedBy: creditOrder(row.publishedBy),
      developedWith: creditOrder(row.developedWith),
      commissionedBy: creditOrder(row.commissionedBy),
    });
  }
  return lookup;
}
