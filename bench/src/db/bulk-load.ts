import type { Driver } from "neo4j-driver";
import { ensureSchema, nodeProperties, relationshipProperties, toDriverMap, type Seed } from "@rrn/graph-seed";
import { DEGREE_PROPERTY, degreeExpression, NODE_LABELS } from "@rrn/model";
import { log } from "../log.js";
import type { ImportTiming } from "../measure/import.js";

const BATCH = 10_000;

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/**
 * Loads a seed far too big for the project's importer, which writes everything in one
 * transaction by design (a failure writes nothing): at 1,000,000 resources that transaction
 * would need about 22 GiB of transaction state. Into an empty database, in committed batches of
 * 10,000 rows, with the same properties, schema and maintained degree the importer writes, so
 * the queries measured afterwards see the same graph. Used for sizes of a million and more.
 */
export async function bulkLoad(driver: Driver, seed: Seed): Promise<ImportTiming> {
  const started = performance.now();
  await ensureSchema(driver);
  const byLabel = new Map<string, Seed["nodes"]>();
  for (const n of seed.nodes) {
    const group = byLabel.get(n.label);
    if (group) group.push(n);
    else byLabel.set(n.label, [n]);
  }
  for (const [label, nodes] of byLabel) {
    for (const batch of chunks(nodes, BATCH)) {
      await driver.executeQuery(`UNWIND $rows AS row CREATE (n:\`${label}\`) SET n = row`, {
        rows: batch.map((n) => toDriverMap({ id: n.id, ...nodeProperties(n) })),
      });
    }
    log(`  bulk load: ${nodes.length} ${label} nodes`);
  }
  const groups = new Map<string, Seed["relationships"]>();
  for (const r of seed.relationships) {
    const key = `${r.fromLabel}|${r.type}|${r.toLabel}`;
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  let written = 0;
  for (const rels of groups.values()) {
    const { fromLabel, type, toLabel } = rels[0]!;
    for (const batch of chunks(rels, BATCH)) {
      await driver.executeQuery(
        `UNWIND $rows AS row
         MATCH (a:\`${fromLabel}\` {id: row.from}) MATCH (b:\`${toLabel}\` {id: row.to})
         CREATE (a)-[r:\`${type}\`]->(b) SET r = row.props`,
        { rows: batch.map((r) => ({ from: r.from, to: r.to, props: toDriverMap(relationshipProperties(r)) })) },
      );
      written += batch.length;
    }
    log(`  bulk load: ${written} of ${seed.relationships.length} relationships`);
  }
  const session = driver.session();
  try {
    for (const label of NODE_LABELS) {
      await session.run(
        `MATCH (n:\`${label}\`)
         CALL (n) { SET n.${DEGREE_PROPERTY} = ${degreeExpression("n")} } IN TRANSACTIONS OF ${BATCH} ROWS`,
      );
    }
  } finally {
    await session.close();
  }
  log(`  bulk load: degrees set`);
  const seconds = (performance.now() - started) / 1000;
  return { seconds, relsPerSec: seed.relationships.length / seconds };
}
