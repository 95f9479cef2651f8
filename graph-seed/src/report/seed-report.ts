import type { Driver } from "neo4j-driver";
import { cypherInt, decodeRecords } from "@rrn/common/decode-row";
import { z } from "zod";
import { NODE_LABELS } from "../model/labels.js";

export interface CountRow {
  name: string;
  count: number;
  /** Of which managedBy "seed"; the rest are curators'. */
  seed: number;
}

export interface CoverageRow {
  id: string;
  name: string;
  resources: number;
}

export interface SeedReport {
  labels: CountRow[];
  relationships: CountRow[];
  resourcesPerRestraintType: CoverageRow[];
  resourcesPerSetting: CoverageRow[];
  /** Resources whose every relationship is PUBLISHED_BY: candidates for richer curation. */
  publisherOnly: { id: string; title: string; publishers: string[] }[];
}

const countRow = z.object({ name: z.string(), count: cypherInt, seed: cypherInt });
const coverageRow = z.object({ id: z.string(), name: z.string(), resources: cypherInt });
const publisherOnlyRow = z.object({ id: z.string(), title: z.string(), publishers: z.array(z.string()) });

/** What the graph holds, read from the database (so it covers curators' additions too). */
export async function buildReport(driver: Driver, database?: string): Promise<SeedReport> {
  const session = driver.session({ database, defaultAccessMode: "READ" });
  try {
    return await session.executeRead(async (tx) => {
      const labelRes = await tx.run(
        `MATCH (n) UNWIND labels(n) AS name
         RETURN name, count(*) AS count, count(CASE WHEN n.managedBy = 'seed' THEN 1 END) AS seed`,
      );
      const found = new Map(decodeRecords(countRow, labelRes.records, "label count").map((r) => [r.name, r]));
      const labels: CountRow[] = [...new Set<string>([...NODE_LABELS, ...[...found.keys()].sort()])].map(
        (name) => found.get(name) ?? { name, count: 0, seed: 0 },
      );

      const relRes = await tx.run(
        `MATCH ()-[r]->() RETURN type(r) AS name, count(*) AS count,
                count(CASE WHEN r.managedBy = 'seed' THEN 1 END) AS seed ORDER BY count DESC, name`,
      );
      const relationships = decodeRecords(countRow, relRes.records, "relationship count");

      const coverage = async (label: string, type: string): Promise<CoverageRow[]> => {
        const res = await tx.run(
          `MATCH (t:\`${label}\`) OPTIONAL MATCH (r:Resource)-[:\`${type}\`]->(t)
           RETURN t.id AS id, t.name AS name, count(DISTINCT r) AS resources ORDER BY resources DESC, name`,
        );
        return decodeRecords(coverageRow, res.records, "coverage count");
      };
      const resourcesPerRestraintType = await coverage("RestraintType", "ADDRESSES");
      const resourcesPerSetting = await coverage("Setting", "FOR_SETTING");

      const thin = await tx.run(
        `MATCH (r:Resource)
         WITH r, [(r)-[x]-(o) | {type: type(x), out: startNode(x) = r, name: coalesce(o.name, o.title, o.id)}] AS rels
         WHERE size(rels) > 0 AND all(x IN rels WHERE x.type = 'PUBLISHED_BY' AND x.out)
         RETURN r.id AS id, r.title AS title, [x IN rels | x.name] AS publishers ORDER BY title`,
      );
      const publisherOnly = decodeRecords(publisherOnlyRow, thin.records, "thin resource").map((r) => ({
        ...r,
        publishers: [...r.publishers].sort(),
      }));
      return { labels, relationships, resourcesPerRestraintType, resourcesPerSetting, publisherOnly };
    });
  } finally {
    await session.close();
  }
}
