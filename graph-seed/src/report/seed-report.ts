import type { Driver } from "neo4j-driver";
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

const toNumber = (v: unknown) => Number(v);

/** What the graph holds, read from the database (so it covers curators' additions too). */
export async function buildReport(driver: Driver, database?: string): Promise<SeedReport> {
  const session = driver.session({ database, defaultAccessMode: "READ" });
  try {
    return await session.executeRead(async (tx) => {
      const labelRes = await tx.run(
        `MATCH (n) UNWIND labels(n) AS name
         RETURN name, count(*) AS count, count(CASE WHEN n.managedBy = 'seed' THEN 1 END) AS seed`,
      );
      const found = new Map(labelRes.records.map((r) => [r.get("name") as string, r]));
      const labels: CountRow[] = [...new Set<string>([...NODE_LABELS, ...[...found.keys()].sort()])].map((name) => ({
        name,
        count: toNumber(found.get(name)?.get("count") ?? 0),
        seed: toNumber(found.get(name)?.get("seed") ?? 0),
      }));

      const relRes = await tx.run(
        `MATCH ()-[r]->() RETURN type(r) AS name, count(*) AS count,
                count(CASE WHEN r.managedBy = 'seed' THEN 1 END) AS seed ORDER BY count DESC, name`,
      );
      const relationships = relRes.records.map((r) => ({
        name: r.get("name") as string,
        count: toNumber(r.get("count")),
        seed: toNumber(r.get("seed")),
      }));

      const coverage = async (label: string, type: string): Promise<CoverageRow[]> => {
        const res = await tx.run(
          `MATCH (t:\`${label}\`) OPTIONAL MATCH (r:Resource)-[:\`${type}\`]->(t)
           RETURN t.id AS id, t.name AS name, count(DISTINCT r) AS resources ORDER BY resources DESC, name`,
        );
        return res.records.map((r) => ({
          id: r.get("id") as string,
          name: r.get("name") as string,
          resources: toNumber(r.get("resources")),
        }));
      };
      const resourcesPerRestraintType = await coverage("RestraintType", "ADDRESSES");
      const resourcesPerSetting = await coverage("Setting", "FOR_SETTING");

      const thin = await tx.run(
        `MATCH (r:Resource)
         WITH r, [(r)-[x]-(o) | {type: type(x), out: startNode(x) = r, name: coalesce(o.name, o.title, o.id)}] AS rels
         WHERE size(rels) > 0 AND all(x IN rels WHERE x.type = 'PUBLISHED_BY' AND x.out)
         RETURN r.id AS id, r.title AS title, [x IN rels | x.name] AS publishers ORDER BY title`,
      );
      const publisherOnly = thin.records.map((r) => ({
        id: r.get("id") as string,
        title: r.get("title") as string,
        publishers: (r.get("publishers") as string[]).slice().sort(),
      }));
      return { labels, relationships, resourcesPerRestraintType, resourcesPerSetting, publisherOnly };
    });
  } finally {
    await session.close();
  }
}
