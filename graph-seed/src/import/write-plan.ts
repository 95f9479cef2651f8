import { cypherInt, decodeRecords } from "@rrn/common/decode-row";
import { z } from "zod";
import {
  DEGREE_PROPERTY,
  degreeExpression,
  MANAGED_BY,
  NODE_LABELS,
  REFRESH_DEGREES_BY_ID,
  type NodeLabel,
} from "@rrn/model";
import { SEED_STATE } from "../curation/seed-state.js";
import { toDriverMap } from "./graph-properties.js";
import type { ImportPlan } from "./plan-changes.js";
import { batches, groupBy, SEED, type Tx } from "./transaction-steps.js";

/** Writing an import's plan inside its transaction, step by step, logging each step's count. */

const idRow = z.object({ id: z.string() });
const endsRow = z.object({ ends: z.array(z.string()) });
const refreshedRow = z.object({ refreshed: cypherInt });
const writtenRow = z.object({ written: cypherInt });

export async function writePlan(
  tx: Tx,
  plan: ImportPlan,
  log: (line: string) => void,
): Promise<{ label: NodeLabel; id: string }[]> {
  // The ends of removed relationships lose degree, whoever owns them (see refreshDegrees).
  const formerEnds = new Set<string>();
  for (const ids of batches(plan.staleRelationshipIds)) {
    const res = await tx.run(
      `UNWIND $ids AS rid MATCH (a)-[r]->(b) WHERE elementId(r) = rid
       DELETE r
       RETURN [x IN [a.id, b.id] WHERE x IS NOT NULL] AS ends`,
      { ids },
    );
    for (const row of decodeRecords(endsRow, res.records, "removed relationship ends")) {
      for (const id of row.ends) formerEnds.add(id);
    }
  }
  log(`  relationships removed from the files: ${plan.staleRelationshipIds.length} deleted`);

  for (const [label, writes] of groupBy(plan.nodeWrites, (w) => w.node.label)) {
    for (const batch of batches(writes)) {
      await tx.run(`UNWIND $rows AS row MERGE (n:\`${label}\` {id: row.id}) SET n += row.props`, {
        rows: batch.map((w) => ({ id: w.node.id, props: toDriverMap(w.props) })),
      });
    }
  }
  log(`  nodes written: ${plan.nodeWrites.length} created or updated`);

  const groups = groupBy(plan.relationshipCreates, (w) => `${w.rel.fromLabel}|${w.rel.type}|${w.rel.toLabel}`);
  for (const writes of groups.values()) {
    const { fromLabel, type, toLabel } = writes[0]!.rel;
    for (const batch of batches(writes)) {
      const res = await tx.run(
        `UNWIND $rows AS row
         MATCH (a:\`${fromLabel}\` {id: row.from}) MATCH (b:\`${toLabel}\` {id: row.to})
         MERGE (a)-[r:\`${type}\` {${MANAGED_BY}: $owner}]->(b)
         SET r += row.props
         RETURN count(r) AS written`,
        { rows: batch.map((w) => ({ from: w.rel.from, to: w.rel.to, props: toDriverMap(w.props) })), ...SEED },
      );
      const written = decodeRecords(writtenRow, res.records, "write count")[0]?.written ?? 0;
      if (written !== batch.length) {
        throw new Error(
          `Expected to write ${batch.length} ${type} relationships but wrote ${written}; nothing was imported.`,
        );
      }
    }
  }
  log(`  relationships created: ${plan.relationshipCreates.length}`);

  for (const batch of batches(plan.relationshipUpdates)) {
    const res = await tx.run(
      `UNWIND $rows AS row MATCH ()-[r]->() WHERE elementId(r) = row.elementId
       SET r += row.props
       RETURN count(r) AS written`,
      { rows: batch.map((w) => ({ elementId: w.elementId, props: toDriverMap(w.props) })) },
    );
    const written = decodeRecords(writtenRow, res.records, "write count")[0]?.written ?? 0;
    if (written !== batch.length) {
      throw new Error(`Expected to update ${batch.length} relationships but updated ${written}; nothing was imported.`);
    }
  }
  log(`  relationships updated or adopted: ${plan.relationshipUpdates.length}`);

  // Dropped from the files after a curator edited them: the curator's now.
  for (const ids of batches(plan.releasedRelationshipIds)) {
    await tx.run(`UNWIND $ids AS rid MATCH ()-[r]->() WHERE elementId(r) = rid REMOVE r.${MANAGED_BY}`, { ids });
  }
  if (plan.releasedRelationshipIds.length > 0) {
    log(
      `  relationships removed from the files but edited by curators: ${plan.releasedRelationshipIds.length} kept as theirs`,
    );
  }

  // A stale node that still has relationships only has curators' ones left (its seed ones were
  // deleted above), and one a curator changed holds their work: keep them, unmarked. The rest go.
  const released: { label: NodeLabel; id: string }[] = [];
  for (const [label, stale] of groupBy(plan.staleNodes, (n) => n.label)) {
    const res = await tx.run(
      `UNWIND $ids AS nid MATCH (n:\`${label}\` {id: nid})
       WHERE n.${MANAGED_BY} = $owner AND (COUNT { (n)--() } > 0 OR nid IN $curated)
       REMOVE n.${MANAGED_BY}, n.${SEED_STATE}
       RETURN n.id AS id`,
      { ids: stale.map((n) => n.id), curated: stale.filter((n) => n.curated).map((n) => n.id), ...SEED },
    );
    for (const { id } of decodeRecords(idRow, res.records, "released node")) released.push({ label, id });
    await tx.run(`UNWIND $ids AS nid MATCH (n:\`${label}\` {id: nid}) WHERE n.${MANAGED_BY} = $owner DELETE n`, {
      ids: stale.map((n) => n.id),
      ...SEED,
    });
  }
  log(
    `  nodes removed from the files: ${plan.staleNodes.length - released.length} deleted, ${released.length} kept for curators (their relationships or changes)`,
  );
  // Deleted by a curator and now gone from the files too (seed:pull removes them): the
  // curators' own deleted entities from now on, restorable as before.
  for (const [label, forgotten] of groupBy(plan.forgottenDeleted, (n) => n.label)) {
    await tx.run(
      `UNWIND $ids AS nid MATCH (n:Deleted {id: nid}) WHERE n.deletedLabel = $label AND n.${MANAGED_BY} = $owner
       REMOVE n.${MANAGED_BY}, n.${SEED_STATE}`,
      { ids: forgotten.map((n) => n.id), label, ...SEED },
    );
  }
  log(`  degrees refreshed: ${await refreshDegrees(tx, [...formerEnds])} nodes`);
  return released;
}

/** Whether writing the plan changes the graph (a re-run with the same files changes nothing). */
export function changesAnything(plan: ImportPlan): boolean {
  return (
    plan.nodeWrites.length +
      plan.relationshipCreates.length +
      plan.relationshipUpdates.length +
      plan.staleRelationshipIds.length +
      plan.releasedRelationshipIds.length +
      plan.forgottenDeleted.length +
      plan.staleNodes.length >
    0
  );
}

/**
 * Brings the maintained `degree` up to date: on every seed node (which also mends a degree that
 * drifted through a write outside the API), and on the far ends of removed seed relationships,
 * which may be curators' nodes or released ones. A curator's node is otherwise left alone: its
 * degree only changes through its own relationships, which curator writes keep right. Writes
 * only where the stored value is missing or wrong, so an import that changes nothing writes
 * nothing.
 */
async function refreshDegrees(tx: Tx, formerEnds: string[]): Promise<number> {
  let refreshed = 0;
  for (const label of NODE_LABELS) {
    const res = await tx.run(
      `MATCH (n:\`${label}\`) WHERE n.${MANAGED_BY} = $owner
       WITH n, ${degreeExpression("n")} AS d
       WHERE n.${DEGREE_PROPERTY} IS NULL OR n.${DEGREE_PROPERTY} <> d
       SET n.${DEGREE_PROPERTY} = d
       RETURN count(n) AS refreshed`,
      SEED,
    );
    refreshed += decodeRecords(refreshedRow, res.records, "degree refresh")[0]?.refreshed ?? 0;
  }
  for (const ids of batches(formerEnds)) {
    const res = await tx.run(REFRESH_DEGREES_BY_ID, { ids });
    refreshed += decodeRecords(refreshedRow, res.records, "degree refresh")[0]?.refreshed ?? 0;
  }
  return refreshed;
}
