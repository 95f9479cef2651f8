import { cypherInt, decodeRecords } from "@rrn/common/decode-row";
import type { Driver } from "neo4j-driver";
import { z } from "zod";
import { bumpGraphVersion, graphVersionCounter } from "../import/bump-version.js";
import {
  degreeIndexName,
  degreeIndexStatement,
  GRAPH_VERSION_LABEL,
  NODE_LABELS,
  REFRESH_ALL_DEGREES,
} from "@rrn/model";
import { graphDumpSchema, type GraphDump } from "./dump-format.js";
import { decodeValue } from "./property-values.js";

export interface RestoreOptions {
  /** Wipe a non-empty database first (in the same transaction as the load). */
  force?: boolean;
  database?: string;
}

export interface RestoreSummary {
  nodes: number;
  relationships: number;
  /** Node count that --force removed first. */
  wiped: number;
  /** Constraints and indexes created from the dump (those already present by name are kept). */
  schemaCreated: string[];
}

/** The database already holds data and --force was not given. */
export class RestoreRefusedError extends Error {
  override name = "RestoreRefusedError";
}

const BATCH = 1000;

const countRow = z.object({ c: cypherInt });
const nameRow = z.object({ name: z.string() });
const createdRow = z.object({ pos: cypherInt, eid: z.string() });

/** Labels and types come from a file, so they are quoted as identifiers, never spliced raw. */
export function quoteName(name: string): string {
  return `\`${name.replace(/`/g, "``")}\``;
}

function decodeProperties(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, decodeValue(v)]));
}

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

/**
 * Loads a dump written by exportGraph into an empty database (or, with `force`, wipes it
 * first). Missing constraints and indexes are created, then the wipe and the whole load run in
 * one write transaction: a dump that fails halfway leaves the database as it was.
 */
export async function restoreGraph(
  driver: Driver,
  input: unknown,
  options: RestoreOptions = {},
): Promise<RestoreSummary> {
  const parsed = graphDumpSchema.safeParse(input);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new RestoreRefusedError(
      `Not a usable graph dump: ${first?.path.join(".") ?? ""} ${first?.message ?? ""}`.trim(),
    );
  }
  const dump = parsed.data as GraphDump;
  // Decode everything before writing, so a bad value fails before the database is touched.
  const nodes = dump.nodes.map((n) => ({ labels: n.labels, props: decodeProperties(n.properties) }));
  const rels = dump.relationships.map((r) => ({ ...r, props: decodeProperties(r.properties) }));

  const session = driver.session({ database: options.database });
  try {
    // The version node alone (left by an earlier wipe of the data) does not make a database "not empty".
    const countRecords = (await session.run(`MATCH (n) WHERE NOT n:${GRAPH_VERSION_LABEL} RETURN count(n) AS c`))
      .records;
    const existing = decodeRecords(countRow, countRecords, "node count")[0]?.c ?? 0;
    if (existing > 0 && !options.force) {
      throw new RestoreRefusedError(
        `The database is not empty (${existing} nodes): restore loads into an empty database. ` +
          `Run it with --force to wipe the database first, or export it beforehand (npm run db:export).`,
      );
    }

    const schemaCreated: string[] = [];
    const present = new Set<string>();
    for (const q of ["SHOW CONSTRAINTS YIELD name RETURN name", "SHOW INDEXES YIELD name RETURN name"]) {
      for (const { name } of decodeRecords(nameRow, (await session.run(q)).records, "schema item")) present.add(name);
    }
    for (const item of [...dump.schema.constraints, ...dump.schema.indexes]) {
      if (present.has(item.name)) continue;
      await session.run(item.createStatement);
      schemaCreated.push(item.name);
    }
    // A dump from before the maintained degree existed has no index on it; the API ranks by it.
    for (const label of NODE_LABELS) {
      if (present.has(degreeIndexName(label)) || schemaCreated.includes(degreeIndexName(label))) continue;
      await session.run(degreeIndexStatement(label));
      schemaCreated.push(degreeIndexName(label));
    }
    if (schemaCreated.length > 0) await session.run("CALL db.awaitIndexes(300)");

    await session.executeWrite(async (tx) => {
      // The counter survives the wipe, so the restored graph gets a version after every earlier one.
      const counterBefore = await graphVersionCounter(tx);
      if (options.force) await tx.run("MATCH (n) DETACH DELETE n");
      const elementIds: string[] = new Array<string>(nodes.length);
      const byLabels = new Map<string, number[]>();
      nodes.forEach((n, i) => {
        const key = n.labels.map(quoteName).join(":");
        byLabels.set(key, [...(byLabels.get(key) ?? []), i]);
      });
      for (const [labels, positions] of byLabels) {
        for (const batch of chunks(positions)) {
          const res = await tx.run(
            `UNWIND $rows AS row CREATE (n${labels ? `:${labels}` : ""}) SET n = row.props RETURN row.pos AS pos, elementId(n) AS eid`,
            { rows: batch.map((pos) => ({ pos, props: nodes[pos]!.props })) },
          );
          for (const { pos, eid } of decodeRecords(createdRow, res.records, "created node")) elementIds[pos] = eid;
        }
      }
      const byType = new Map<string, typeof rels>();
      for (const r of rels) byType.set(r.type, [...(byType.get(r.type) ?? []), r]);
      for (const [type, list] of byType) {
        for (const batch of chunks(list)) {
          await tx.run(
            `UNWIND $rows AS row
             MATCH (a) WHERE elementId(a) = row.from
             MATCH (b) WHERE elementId(b) = row.to
             CREATE (a)-[r:${quoteName(type)}]->(b) SET r = row.props`,
            { rows: batch.map((r) => ({ from: elementIds[r.from], to: elementIds[r.to], props: r.props })) },
          );
        }
      }
      // Derived data: right already in a dump of a current graph (then nothing is written),
      // missing in an older one.
      await tx.run(REFRESH_ALL_DEGREES);
      // A new version, never one issued before (a dump's own version node, if any, is bumped past too).
      await bumpGraphVersion(tx, counterBefore);
    });
    return { nodes: nodes.length, relationships: rels.length, wiped: existing, schemaCreated };
  } finally {
    await session.close();
  }
}
