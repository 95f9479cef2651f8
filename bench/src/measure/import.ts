import type { Driver } from "neo4j-driver";
import {
  ensureSchema,
  importSeed,
  type Seed,
  nodeProperties,
  relationshipProperties,
  toDriverMap,
} from "@rrn/graph-seed";
import { log } from "../log.js";

export interface ImportTiming {
  seconds: number;
  relsPerSec: number;
}

export interface ImportComparison {
  size: number;
  relationships: number;
  project: ImportTiming;
  baseline: ImportTiming;
  ratio: number;
}

const BASELINE_BATCH = 1000;

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const g = groups.get(k);
    if (g) g.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * The floor: what Neo4j does with plain `UNWIND $rows MERGE` batches of the same rows and
 * properties, each batch its own transaction, with no reading, planning or ownership checks.
 */
export async function baselineImport(driver: Driver, seed: Seed): Promise<ImportTiming> {
  const started = performance.now();
  for (const [label, nodes] of groupBy(seed.nodes, (n) => n.label)) {
    for (const batch of chunks(nodes, BASELINE_BATCH)) {
      await driver.executeQuery(`UNWIND $rows AS row MERGE (n:\`${label}\` {id: row.id}) SET n += row.props`, {
        rows: batch.map((n) => ({ id: n.id, props: toDriverMap(nodeProperties(n)) })),
      });
    }
  }
  for (const rels of groupBy(seed.relationships, (r) => `${r.fromLabel}|${r.type}|${r.toLabel}`).values()) {
    const { fromLabel, type, toLabel } = rels[0]!;
    for (const batch of chunks(rels, BASELINE_BATCH)) {
      await driver.executeQuery(
        `UNWIND $rows AS row
         MATCH (a:\`${fromLabel}\` {id: row.from}) MATCH (b:\`${toLabel}\` {id: row.to})
         MERGE (a)-[r:\`${type}\`]->(b) SET r += row.props`,
        { rows: batch.map((r) => ({ from: r.from, to: r.to, props: toDriverMap(relationshipProperties(r)) })) },
      );
    }
  }
  const seconds = (performance.now() - started) / 1000;
  return { seconds, relsPerSec: seed.relationships.length / seconds };
}

/** The project's importer (plan, ownership checks, one transaction), timed end to end. */
export async function projectImport(driver: Driver, seed: Seed): Promise<ImportTiming> {
  const started = performance.now();
  await importSeed(driver, seed, { log: (line) => log(`  importer: ${line.trim()}`) });
  const seconds = (performance.now() - started) / 1000;
  return { seconds, relsPerSec: seed.relationships.length / seconds };
}

async function wipe(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    // Batched so a big graph never needs one huge delete transaction.
    await session.run(`MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS`);
  } finally {
    await session.close();
  }
}

/**
 * Both importers on the same data and the same schema (constraints and full-text index exist
 * for both): baseline into the empty database, wipe, then the project's importer, whose result
 * stays for the query measurements.
 */
export async function compareImports(driver: Driver, seed: Seed, size: number): Promise<ImportComparison> {
  await ensureSchema(driver);
  log(`Import baseline (UNWIND MERGE, batches of ${BASELINE_BATCH}): ${seed.relationships.length} relationships…`);
  const baseline = await baselineImport(driver, seed);
  log(`  baseline: ${baseline.seconds.toFixed(1)} s, ${baseline.relsPerSec.toFixed(0)} rels/s; wiping`);
  await wipe(driver);
  log(`Import with the project's importer…`);
  const project = await projectImport(driver, seed);
  log(`  importer: ${project.seconds.toFixed(1)} s, ${project.relsPerSec.toFixed(0)} rels/s`);
  return {
    size,
    relationships: seed.relationships.length,
    project,
    baseline,
    ratio: project.relsPerSec / baseline.relsPerSec,
  };
}
