import { cypherInt, decodeRecords } from "@rrn/common/decode-row";
import { Neo4jError, type Driver, type ManagedTransaction } from "neo4j-driver";
import { z } from "zod";
import {
  DEGREE_PROPERTY,
  degreeExpression,
  FULLTEXT_INDEX,
  isNodeLabel,
  MANAGED_BY,
  NODE_LABELS,
  type NodeLabel,
  REFRESH_DEGREES_BY_ID,
  RELATIONSHIP_TYPES,
  type RelationshipType,
  SEED_OWNER,
} from "@rrn/model";
import { relationshipKey, type Seed } from "../seed.js";
import { toDriverMap } from "./graph-properties.js";
import { bumpGraphVersion } from "./bump-version.js";
import { plainValue } from "../curation/read-changes.js";
import { SEED_STATE } from "../curation/seed-state.js";
import {
  planChanges,
  type ChangeCounts,
  type ImportPlan,
  type KeptChange,
  type StoredNode,
  type StoredRelationship,
  type StoredSeedGraph,
} from "./plan-changes.js";
import { ensureSchema } from "./schema.js";

export interface ImportOptions {
  /** Receives one progress line per phase; silent by default. */
  log?: (line: string) => void;
  /** The Neo4j database; the server's default when absent. */
  database?: string;
  /**
   * How long the one import transaction may run. The server's default (60 s in our
   * neo4j.conf) is meant for API queries and would stop a big import midway (a 100k-resource
   * graph takes minutes); nothing is lost if it does, as the transaction rolls back.
   */
  timeoutMs?: number;
}

/** Generous: the whole seed is one transaction, and an import that stops midway writes nothing. */
export const DEFAULT_IMPORT_TIMEOUT_MS = 60 * 60 * 1000;

export interface ImportSummary {
  nodes: Record<NodeLabel, ChangeCounts>;
  relationships: Record<RelationshipType, ChangeCounts>;
  totals: { nodes: ChangeCounts; relationships: ChangeCounts };
  /** The graph version after the import: bumped when anything changed, absent when nothing did. */
  graphVersion?: string;
  /**
   * Seed nodes that left the files but still carry relationships a curator made: they are kept,
   * without `managedBy`, so the curator's work survives; they are not counted as deleted.
   */
  released: { label: NodeLabel; id: string }[];
  /**
   * Curators' changes the import kept instead of overwriting or undoing them: properties and
   * relationship fields they changed, relationships they removed, nodes they deleted. A
   * `conflict` is one the files changed differently too.
   */
  kept: KeptChange[];
  /** Curator-made nodes and relationships the files now hold, which the seed owns from now on. */
  adopted: string[];
}

/**
 * A curator made a node with a seed record's id, and its values differ from the record's: they
 * may be two different things, so the seed will not take it over. (One that matches the record
 * is adopted.)
 */
export class SeedConflictError extends Error {
  override name = "SeedConflictError";
  constructor(readonly conflicts: { label: NodeLabel; id: string }[]) {
    super(
      `Seed not imported: ${conflicts.length} node(s) with seed ids exist without managedBy "seed" (curator-made) ` +
        `and differ from the seed record: ${conflicts.map((c) => `${c.label} ${c.id}`).join(", ")}. Rename the seed ` +
        `record, or make the record say what the node says (npm run seed:pull writes it), and the seed adopts the node.`,
    );
  }
}

/** What the import steps need of a transaction: explicit and managed ones both have it. */
type Tx = Pick<ManagedTransaction, "run">;

/** The whole seed did not fit in the transaction memory Neo4j allows; nothing was written. */
export class SeedTooLargeError extends Error {
  override name = "SeedTooLargeError";
  constructor(cause: Neo4jError) {
    super(
      `Seed not imported: the import transaction needs more memory than Neo4j allows ` +
        `(${cause.message.split("\n")[0]}). Nothing was written. Give Neo4j a bigger heap ` +
        `(NEO4J_HEAP=6g for a local instance; transactions may use 70% of it) and run the import again.`,
      { cause },
    );
  }
}

const BATCH = 500;
const SEED = { owner: SEED_OWNER };

function batches<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

function groupBy<T, K extends string>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function sum(counts: ChangeCounts[]): ChangeCounts {
  const total: ChangeCounts = { total: 0, created: 0, updated: 0, unchanged: 0, deleted: 0, kept: 0 };
  for (const c of counts) for (const k of Object.keys(total) as (keyof ChangeCounts)[]) total[k] += c[k];
  return total;
}

const idRow = z.object({ id: z.string() });
const endsRow = z.object({ ends: z.array(z.string()) });
const refreshedRow = z.object({ refreshed: cypherInt });
const writtenRow = z.object({ written: cypherInt });
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

async function readStored(tx: Tx, seed: Seed): Promise<StoredSeedGraph> {
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

async function writePlan(
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
function changesAnything(plan: ImportPlan): boolean {
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

/**
 * Writes a validated seed: the schema first, then everything else in one write transaction, so
 * a failure leaves the graph as it was. Only nodes and relationships marked managedBy "seed"
 * are created, changed or removed; a second run with the same files writes nothing.
 */
export async function importSeed(driver: Driver, seed: Seed, opts: ImportOptions = {}): Promise<ImportSummary> {
  const log = opts.log ?? (() => undefined);
  log(`Seed: ${seed.nodes.length} nodes and ${seed.relationships.length} relationships from ${seed.dataDir}`);
  await ensureSchema(driver, opts.database);
  log(`Schema: id constraints for ${NODE_LABELS.length} labels and the ${FULLTEXT_INDEX} full-text index are online`);

  // An explicit transaction rather than executeWrite: the driver would retry the whole import
  // on a transient error, and the likeliest one here (out of transaction memory) recurs.
  const session = driver.session({ database: opts.database });
  try {
    const tx = session.beginTransaction({ timeout: opts.timeoutMs ?? DEFAULT_IMPORT_TIMEOUT_MS });
    let plan: ImportPlan;
    let released: { label: NodeLabel; id: string }[];
    let graphVersion: string | undefined;
    try {
      const stored = await readStored(tx, seed);
      log(
        `Compared with the database: ${stored.nodes.length} seed nodes, ${stored.relationships.length} seed relationships`,
      );
      plan = planChanges(seed, stored);
      if (plan.refused.length > 0) throw new SeedConflictError(plan.refused);
      released = await writePlan(tx, plan, log);
      // In the same transaction as the change, so no API instance sees new data under an old version.
      if (changesAnything(plan)) graphVersion = await bumpGraphVersion(tx);
      log(`Committing…`);
      await tx.commit();
    } catch (err) {
      if (tx.isOpen()) await tx.rollback().catch(() => undefined);
      if (err instanceof Neo4jError && err.code === "Neo.TransientError.General.MemoryPoolOutOfMemoryError") {
        throw new SeedTooLargeError(err);
      }
      throw err;
    }
    const summary: ImportSummary = {
      nodes: plan.nodes,
      relationships: plan.relationships,
      totals: { nodes: sum(Object.values(plan.nodes)), relationships: sum(Object.values(plan.relationships)) },
      released,
      kept: plan.kept,
      adopted: plan.adopted,
      ...(graphVersion ? { graphVersion } : {}),
    };
    for (const r of released) summary.nodes[r.label].deleted--;
    summary.totals.nodes.deleted -= released.length;
    return summary;
  } finally {
    await session.close();
  }
}
