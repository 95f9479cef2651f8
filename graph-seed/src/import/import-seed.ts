import { Neo4jError, type Driver } from "neo4j-driver";
import { FULLTEXT_INDEX, NODE_LABELS, type NodeLabel, type RelationshipType } from "@rrn/model";
import type { Seed } from "../seed.js";
import { bumpGraphVersion } from "./bump-version.js";
import { recordSeedChange, seedChangeItems } from "./change-record.js";
import { planChanges, type ChangeCounts, type ImportPlan, type KeptChange } from "./plan-changes.js";
import { readStored } from "./read-stored.js";
import { ensureSchema } from "./schema.js";
import { changesAnything, writePlan } from "./write-plan.js";

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

function sum(counts: ChangeCounts[]): ChangeCounts {
  const total: ChangeCounts = { total: 0, created: 0, updated: 0, unchanged: 0, deleted: 0, kept: 0 };
  for (const c of counts) for (const k of Object.keys(total) as (keyof ChangeCounts)[]) total[k] += c[k];
  return total;
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
      // In the same transaction as the change, so no API instance sees new data under an old version;
      // what changed is recorded under that version for "What's new" and the feeds.
      if (changesAnything(plan)) {
        const bumped = await bumpGraphVersion(tx);
        graphVersion = bumped.version;
        await recordSeedChange(tx, bumped, seedChangeItems(plan, stored, released));
      }
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
