import type { Driver } from "neo4j-driver";
import { cypherInt, decodeRecords } from "@rrn/common/decode-row";
import { z } from "zod";
import { readCuratorChanges, type CuratorChange } from "../curation/read-changes.js";
import {
  EVIDENCE_BASES,
  type EvidenceBasis,
  NODE_LABELS,
  quoteNames,
  RELATIONSHIP_TYPES,
  SELECTION_FACETS,
  SELECTION_FACET_NAMES,
  type SelectionFacet,
} from "@rrn/model";

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
  /** Every relationship whose quote does not say it outright (or that records no basis at all). */
  unstated: UnstatedRow[];
  /**
   * "Check these": STATED relationships whose quote does not name the target (by name, title or
   * alias), for a person to confirm that the quote still says it; `confirmedBy` records one.
   */
  checkThese: CheckRow[];
  /** Resources with no setting, no audience and no restraint type: what they are for is unrecorded. */
  unplaced: { id: string; title: string }[];
  /**
   * Per facet the explorer filters by (restraint type, setting, audience, jurisdiction,
   * organisation): the resources with no value of it recorded, so curators can close them from
   * what the source page states. The explorer counts them as "not recorded", never as "none".
   */
  lacking: { facet: SelectionFacet; resources: { id: string; title: string }[] }[];
  /** What curators changed that the files do not say yet (conflicts included), as the import keeps it. */
  curatorChanges: CuratorChange[];
}

export interface UnstatedRow {
  from: string;
  type: string;
  to: string;
  /** null: a relationship written before bases were recorded (a curator's, say). */
  basis: EvidenceBasis | null;
  reasoning: string | null;
  evidence: string | null;
  /** Seed-owned (else a curator's). */
  seed: boolean;
}

export interface CheckRow {
  from: string;
  type: string;
  to: string;
  evidence: string | null;
  /** Why the quote states it although it does not name the target; null: not yet confirmed. */
  confirmedBy: string | null;
  seed: boolean;
}

const checkRow = z.object({
  from: z.string(),
  type: z.string(),
  to: z.string(),
  evidence: z.string().nullable(),
  confirmedBy: z.string().nullable(),
  toNames: z.array(z.string().nullable()),
  seed: z.boolean(),
});

const countRow = z.object({ name: z.string(), count: cypherInt, seed: cypherInt });
const coverageRow = z.object({ id: z.string(), name: z.string(), resources: cypherInt });
const publisherOnlyRow = z.object({ id: z.string(), title: z.string(), publishers: z.array(z.string()) });
const unstatedRow = z.object({
  from: z.string(),
  type: z.string(),
  to: z.string(),
  basis: z.enum(EVIDENCE_BASES).nullable(),
  reasoning: z.string().nullable(),
  evidence: z.string().nullable(),
  seed: z.boolean(),
});
const unplacedRow = z.object({ id: z.string(), title: z.string() });
/** The curated relationship types, spliced into Cypher (constants from the model, never input). */
const REL = RELATIONSHIP_TYPES.join("|");

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

      // Ordered weakest first (inferred, then titles, then general knowledge), so review starts
      // where a reading most needs a second pair of eyes.
      const unstatedRes = await tx.run(
        `MATCH (a)-[r:${REL}]->(b) WHERE r.basis IS NULL OR r.basis <> 'STATED'
         RETURN a.id AS from, type(r) AS type, b.id AS to, r.basis AS basis, r.reasoning AS reasoning,
                r.evidence AS evidence, coalesce(r.managedBy = 'seed', false) AS seed
         ORDER BY CASE r.basis WHEN 'INFERRED' THEN 1 WHEN 'TITLE' THEN 2 WHEN 'GENERAL_KNOWLEDGE' THEN 3 ELSE 0 END,
                  type, from, to`,
      );
      const unstated = decodeRecords(unstatedRow, unstatedRes.records, "unstated relationship");

      // Matched here rather than in Cypher: the one rule (@rrn/model's quoteNames) decides,
      // as it does in the validator.
      const statedRes = await tx.run(
        `MATCH (a)-[r:${REL}]->(b) WHERE r.basis = 'STATED'
         RETURN a.id AS from, type(r) AS type, b.id AS to, r.evidence AS evidence, r.confirmedBy AS confirmedBy,
                [b.name, b.title] + coalesce(b.aliases, []) AS toNames, coalesce(r.managedBy = 'seed', false) AS seed
         ORDER BY CASE WHEN r.confirmedBy IS NULL THEN 0 ELSE 1 END, type, from, to`,
      );
      const checkThese = decodeRecords(checkRow, statedRes.records, "stated relationship")
        .filter((r) => !quoteNames(r.evidence ?? "", r.toNames))
        .map(({ toNames: _names, ...r }) => r);

      const unplacedRes = await tx.run(
        `MATCH (r:Resource)
         WHERE NOT EXISTS { (r)-[:FOR_SETTING]->(:Setting) } AND NOT EXISTS { (r)-[:FOR_AUDIENCE]->(:Audience) }
           AND NOT EXISTS { (r)-[:ADDRESSES]->(:RestraintType) }
         RETURN r.id AS id, coalesce(r.title, r.id) AS title ORDER BY title`,
      );
      const unplaced = decodeRecords(unplacedRow, unplacedRes.records, "unplaced resource");
      const lacking: SeedReport["lacking"] = [];
      for (const facet of SELECTION_FACET_NAMES) {
        const { relationships, label } = SELECTION_FACETS[facet];
        // Labels and types are the model's constants, never input.
        const res = await tx.run(
          `MATCH (r:Resource)
           WHERE NOT EXISTS { (r)-[:${relationships.join("|")}]->(:${label}) }
           RETURN r.id AS id, coalesce(r.title, r.id) AS title ORDER BY title`,
        );
        lacking.push({ facet, resources: decodeRecords(unplacedRow, res.records, "resource lacking a facet") });
      }
      const curatorChanges = await readCuratorChanges(
        async (cypher, params) => (await tx.run(cypher, params)).records.map((r) => r.toObject()),
        null,
      );
      return {
        curatorChanges,
        labels,
        relationships,
        resourcesPerRestraintType,
        resourcesPerSetting,
        publisherOnly,
        unstated,
        checkThese,
        unplaced,
        lacking,
      };
    });
  } finally {
    await session.close();
  }
}
