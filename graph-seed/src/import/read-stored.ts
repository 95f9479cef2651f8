import { decodeRecords } from "@rrn/common/decode-row";
import { z } from "zod";
import { isNodeLabel, MANAGED_BY, NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel } from "@rrn/model";
import { plainValue } from "../curation/read-changes.js";
import { relationshipKey, type Seed } from "../seed.js";
import type { StoredNode, StoredRelationship, StoredSeedGraph } from "./plan-changes.js";
import { groupBy, SEED, type Tx } from "./transaction-steps.js";

/**
 * What the database holds of the seed before an import: the seed's nodes and relationships,
 * curators' nodes whose ids the seed uses, the seed's deleted nodes, and curators' relationships
 * of our types (candidates for adoption). planChanges compares the files with it.
 */

const storedNodeRow = z.object({ id: z.string(), props: z.record(z.string(), z.unknown()) });
// Ends may be nodes a curator made without an id; such relationships are never the seed's.
const storedRelationshipRow = z.object({
  elementId: z.string(),
  type: z.string(),
  from: z.unknown(),
  to: z.unknown(),
  fromLabels: z.array(z.string()),
  toLabels: z.array(z.string()),
  props: z.record(z.string(), z.unknown()),
});

/** The first of our labels a node carries (curators may add labels of their own). */
function ourLabel(labels: string[]): NodeLabel | undefined {
  return labels.find(isNodeLabel);
}

const plainProps = (props: Record<string, unknown>) => plainValue(props) as Record<string, unknown>;
const deletedRow = z.object({ id: z.string(), label: z.string().nullable() });

function toStoredRelationship(r: z.infer<typeof storedRelationshipRow>): StoredRelationship {
  const fromLabel = ourLabel(r.fromLabels);
  const toLabel = ourLabel(r.toLabels);
  const { from, to, type } = r;
  const ends =
    fromLabel && toLabel && typeof from === "string" && typeof to === "string"
      ? { fromLabel, from, toLabel, to }
      : undefined;
  return {
    elementId: r.elementId,
    type,
    key: ends ? relationshipKey({ type, ...ends }) : undefined,
    ...(ends ? { ends } : {}),
    props: plainProps(r.props),
  };
}

const relationshipColumns = `elementId(r) AS elementId, type(r) AS type, a.id AS from, labels(a) AS fromLabels,
            b.id AS to, labels(b) AS toLabels, properties(r) AS props`;

export async function readStored(tx: Tx, seed: Seed): Promise<StoredSeedGraph> {
  const nodes: StoredNode[] = [];
  const curatorNodes: StoredNode[] = [];
  for (const label of NODE_LABELS) {
    const res = await tx.run(
      `MATCH (n:\`${label}\`) WHERE n.${MANAGED_BY} = $owner RETURN n.id AS id, properties(n) AS props`,
      SEED,
    );
    for (const { id, props } of decodeRecords(storedNodeRow, res.records, "seed node"))
      nodes.push({ label, id, props: plainProps(props) });
  }
  for (const [label, records] of groupBy(seed.nodes, (n) => n.label)) {
    const res = await tx.run(
      `MATCH (n:\`${label}\`) WHERE n.id IN $ids AND coalesce(n.${MANAGED_BY}, '') <> $owner
       RETURN n.id AS id, properties(n) AS props`,
      { ids: records.map((n) => n.id), ...SEED },
    );
    for (const { id, props } of decodeRecords(storedNodeRow, res.records, "curator node"))
      curatorNodes.push({ label, id, props: plainProps(props) });
  }
  const deletedRes = await tx.run(
    `MATCH (n:Deleted) WHERE n.${MANAGED_BY} = $owner RETURN n.id AS id, n.deletedLabel AS label`,
    SEED,
  );
  const deleted = decodeRecords(deletedRow, deletedRes.records, "deleted seed node").flatMap((d) =>
    d.label && isNodeLabel(d.label) ? [{ label: d.label, id: d.id }] : [],
  );
  const rels = await tx.run(`MATCH (a)-[r]->(b) WHERE r.${MANAGED_BY} = $owner RETURN ${relationshipColumns}`, SEED);
  const relationships = decodeRecords(storedRelationshipRow, rels.records, "seed relationship").map(
    toStoredRelationship,
  );
  // Curators' relationships of our types between nodes with ids: candidates for adoption.
  const curatorRes = await tx.run(
    `MATCH (a)-[r:${RELATIONSHIP_TYPES.join("|")}]->(b)
     WHERE r.${MANAGED_BY} IS NULL AND a.id IS NOT NULL AND b.id IS NOT NULL
     RETURN ${relationshipColumns}`,
  );
  const curatorRelationships = decodeRecords(storedRelationshipRow, curatorRes.records, "curator relationship").map(
    toStoredRelationship,
  );
  return { nodes, relationships, deleted, curatorNodes, curatorRelationships };
}
