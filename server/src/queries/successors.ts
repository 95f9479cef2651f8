import { z } from "zod";
import type { ResourceVersions, VersionRelation } from "../__generated__/resolvers-types.js";
import { statement, type GraphReader } from "../neo4j/read.js";
import { loadNodes } from "./elements.js";
import { FULL_PROJECTION, parseQueryRow } from "./graph-model.js";
import { rel } from "./rel.js";

/** How many FOLLOWS_ON steps a chain of editions is followed. */
const MAX_EDITIONS = 5;

/**
 * Later and earlier versions of a resource, only from what the graph states:
 * - FOLLOWS_ON: a chain of DERIVES_FROM relationships whose `how` is FOLLOWS_ON;
 * - NEWER_COLLECTION: the resource is PART_OF a collection that another follows on from;
 * - LATER_IN_SERIES: the same publisher and kind, both with a year, and the same title once
 *   years, case and punctuation are left out ("… Conference 2018" and "… Conference 2019").
 * The series check reads only the resources of the resource's own publishers, not the graph.
 */
const versionsStatement = statement(
  `MATCH (r:Resource {id: $id})
   CALL (r) {
     MATCH p = (r)<-[:${rel("DERIVES_FROM")}*1..${MAX_EDITIONS}]-(n:Resource)
     WHERE all(e IN relationships(p) WHERE e.how = "FOLLOWS_ON")
     RETURN n, "newer" AS side, "FOLLOWS_ON" AS relation, min(length(p)) AS steps, null AS via
     UNION
     MATCH p = (r)-[:${rel("DERIVES_FROM")}*1..${MAX_EDITIONS}]->(n:Resource)
     WHERE all(e IN relationships(p) WHERE e.how = "FOLLOWS_ON")
     RETURN n, "older" AS side, "FOLLOWS_ON" AS relation, min(length(p)) AS steps, null AS via
     UNION
     MATCH (r)-[:${rel("PART_OF")}]->(c:Resource)<-[:${rel("DERIVES_FROM")} {how: "FOLLOWS_ON"}]-(n:Resource)
     RETURN n, "newer" AS side, "NEWER_COLLECTION" AS relation, 1 AS steps, c.title AS via
     UNION
     MATCH (r)-[:${rel("PART_OF")}]->(c:Resource)-[:${rel("DERIVES_FROM")} {how: "FOLLOWS_ON"}]->(n:Resource)
     RETURN n, "older" AS side, "NEWER_COLLECTION" AS relation, 1 AS steps, c.title AS via
     UNION
     WITH r WHERE r.year IS NOT NULL
     MATCH (r)-[:${rel("PUBLISHED_BY")}]->()<-[:${rel("PUBLISHED_BY")}]-(n:Resource)
     WHERE n <> r AND n.kind = r.kind AND n.year IS NOT NULL AND n.year <> r.year
       AND apoc.text.regreplace(toLower(n.title), $ignored, "") = apoc.text.regreplace(toLower(r.title), $ignored, "")
       AND apoc.text.regreplace(toLower(r.title), $ignored, "") <> ""
     WITH DISTINCT r, n
     RETURN n, CASE WHEN n.year > r.year THEN "newer" ELSE "older" END AS side, "LATER_IN_SERIES" AS relation,
       abs(n.year - r.year) AS steps, null AS via
   }
   RETURN elementId(n) AS ref, n.id AS id, side, relation, steps, via
   ORDER BY side, steps, n.year DESC, n.title`,
  { id: "", ignored: "" },
);

/** Years (1900–2099), and anything that is not a letter or digit, play no part in a series' name. */
const IGNORED_IN_SERIES_TITLES = "\\b(19|20)\\d{2}\\b|[^\\p{L}\\p{N}]+";

const versionRow = z.object({
  ref: z.string(),
  id: z.string(),
  side: z.enum(["newer", "older"]),
  relation: z.enum(["FOLLOWS_ON", "NEWER_COLLECTION", "LATER_IN_SERIES"]),
  steps: z.number().int(),
  via: z.string().nullable(),
});
type VersionRow = z.infer<typeof versionRow>;

/** The pair in a sentence: "it" is the other version, "this one" the resource asked about. */
function explain(row: VersionRow, year: number | null): string {
  const newer = row.side === "newer";
  const via = `“${row.via ?? ""}”`;
  switch (row.relation satisfies VersionRelation) {
    case "FOLLOWS_ON":
      if (row.steps === 1) return newer ? "It follows on from this one." : "This one follows on from it.";
      return newer
        ? "It follows on from a later version of this one."
        : "This one follows on from a later version of it.";
    case "NEWER_COLLECTION":
      return newer
        ? `This one is part of ${via}, which it follows on from.`
        : `This one is part of ${via}, which follows on from it.`;
    case "LATER_IN_SERIES":
      return `${newer ? "A later" : "An earlier"} edition in the same series${year ? ` (${year})` : ""}, from the same publisher.`;
  }
}

/** Later and earlier versions of a resource, nearest first; both empty when the graph states none. */
export function versions(graph: GraphReader, id: string): Promise<ResourceVersions> {
  return graph.transaction(async (run) => {
    const rows = (await run(versionsStatement, { id, ignored: IGNORED_IN_SERIES_TITLES })).map((r) =>
      parseQueryRow(versionRow, r, "resource version"),
    );
    const nodes = new Map(
      (await loadNodes(run, [...new Set(rows.map((r) => r.ref))], FULL_PROJECTION)).map((n) => [n.id, n] as const),
    );
    const result: ResourceVersions = { newer: [], older: [] };
    const seen = new Set<string>();
    for (const row of rows) {
      const node = nodes.get(row.id);
      // One link per resource and side: the first (nearest) way the graph relates them.
      const key = `${row.side}:${row.id}`;
      if (!node || seen.has(key)) continue;
      seen.add(key);
      result[row.side].push({ node, relation: row.relation, explanation: explain(row, node.year ?? null) });
    }
    return result;
  });
}
