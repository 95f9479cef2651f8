import { decodeRecords } from "@rrn/common/decode-row";
import { z } from "zod";
import type { Driver } from "neo4j-driver";
import {
  degreeIndexStatement,
  FULLTEXT_INDEX,
  FULLTEXT_PROPERTIES,
  GRAPH_VERSION_CONSTRAINT,
  GRAPH_VERSION_LABEL,
  idConstraintName,
  NODE_LABELS,
} from "@rrn/model";

/** Labels and property names below come from our own constants, never from input. */
const labelList = NODE_LABELS.map((l) => `\`${l}\``).join("|");
const propertyList = FULLTEXT_PROPERTIES.map((p) => `n.\`${p}\``).join(", ");

function sameSet(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/**
 * Creates, per label, the id uniqueness constraint and the range index on the maintained degree,
 * the graph version node's constraint, a range index on resources' year, and the `entity_search`
 * full-text index the API's search uses, then waits until the indexes are online so a search
 * right after seeding finds everything. Schema changes cannot share a transaction with data writes, so this runs
 * first; it is idempotent. An `entity_search` over other labels or properties (an older
 * definition) is dropped and recreated.
 */
const indexRow = z.object({ labelsOrTypes: z.array(z.string()), properties: z.array(z.string()) });

export async function ensureSchema(driver: Driver, database?: string): Promise<void> {
  const session = driver.session({ database });
  try {
    for (const label of NODE_LABELS) {
      await session.run(
        `CREATE CONSTRAINT ${idConstraintName(label)} IF NOT EXISTS FOR (n:\`${label}\`) REQUIRE n.id IS UNIQUE`,
      );
      // The API ranks the whole graph by degree from these (see ../model/degree.ts).
      await session.run(degreeIndexStatement(label));
    }
    // One version node, even when two writers create it at once (see model/graph-version.ts).
    await session.run(
      `CREATE CONSTRAINT ${GRAPH_VERSION_CONSTRAINT} IF NOT EXISTS FOR (v:${GRAPH_VERSION_LABEL}) REQUIRE v.id IS UNIQUE`,
    );
    // The API's overview selects resources by a year range from it.
    await session.run(`CREATE RANGE INDEX resource_year IF NOT EXISTS FOR (n:Resource) ON (n.year)`);
    const existing = await session.run(
      `SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties WHERE name = $name RETURN labelsOrTypes, properties`,
      { name: FULLTEXT_INDEX },
    );
    const [current] = decodeRecords(indexRow, existing.records, "full-text index");
    if (current && !(sameSet(current.labelsOrTypes, NODE_LABELS) && sameSet(current.properties, FULLTEXT_PROPERTIES))) {
      await session.run(`DROP INDEX ${FULLTEXT_INDEX}`);
    }
    await session.run(
      `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:${labelList}) ON EACH [${propertyList}]`,
    );
    await session.run("CALL db.awaitIndexes(300)");
  } finally {
    await session.close();
  }
}
