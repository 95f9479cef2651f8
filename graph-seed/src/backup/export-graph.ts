import { decodeRecords, decodeRow, type RecordLike } from "@rrn/common/decode-row";
import type { Driver } from "neo4j-driver";
import { z } from "zod";
import { GRAPH_VERSION_LABEL } from "@rrn/model";
import { canonicalJson, sortKeys } from "./canonical-json.js";
import { DUMP_FORMAT, DUMP_VERSION, type DumpNode, type DumpRelationship, type GraphDump } from "./dump-format.js";
import { encodeValue, type DumpValue } from "./property-values.js";

export interface ExportOptions {
  database?: string;
}

/** Keys whose values are floats, asked of Neo4j so the dump never guesses from JS numbers. */
const FLOAT_KEYS = (v: string) =>
  `[k IN keys(${v}) WHERE valueType(${v}[k]) STARTS WITH 'FLOAT' OR valueType(${v}[k]) STARTS WITH 'LIST<FLOAT' | k]`;

function encodeProperties(props: Record<string, unknown>, floatKeys: string[]): Record<string, DumpValue> {
  return sortKeys(
    Object.fromEntries(Object.entries(props).map(([k, v]) => [k, encodeValue(v, floatKeys.includes(k))])),
  ) as Record<string, DumpValue>;
}

const properties = z.record(z.string(), z.unknown());
const nodeRow = z.object({
  eid: z.string(),
  labels: z.array(z.string()),
  props: properties,
  floatKeys: z.array(z.string()),
});
const relationshipRow = z.object({
  from: z.string(),
  to: z.string(),
  type: z.string(),
  props: properties,
  floatKeys: z.array(z.string()),
});
const schemaItemRow = z.object({ name: z.string(), createStatement: z.string() });

const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * Reads the whole graph — every label, seed-owned or not, every relationship with its
 * properties — plus constraints and indexes, in one read transaction so the snapshot is
 * consistent. The graph version node is the database's bookkeeping, not data: a restore issues
 * a new version of its own.
 */
export async function exportGraph(driver: Driver, options: ExportOptions = {}): Promise<GraphDump> {
  const session = driver.session({ database: options.database, defaultAccessMode: "READ" });
  try {
    const constraints = await session.run(
      "SHOW CONSTRAINTS YIELD name, createStatement RETURN name, createStatement ORDER BY name",
    );
    // Lookup indexes exist in every database; constraint-backed indexes come with their constraint.
    const indexes = await session.run(
      `SHOW INDEXES YIELD name, type, owningConstraint, createStatement
       WHERE type <> 'LOOKUP' AND owningConstraint IS NULL
       RETURN name, createStatement ORDER BY name`,
    );
    const { nodeRows, relRows } = await session.executeRead(async (tx) => {
      const n = await tx.run(
        `MATCH (n) WHERE NOT n:${GRAPH_VERSION_LABEL} RETURN elementId(n) AS eid, labels(n) AS labels, properties(n) AS props, ${FLOAT_KEYS("n")} AS floatKeys`,
      );
      const r = await tx.run(
        `MATCH (a)-[r]->(b) RETURN elementId(a) AS from, elementId(b) AS to, type(r) AS type,
                properties(r) AS props, ${FLOAT_KEYS("r")} AS floatKeys`,
      );
      return { nodeRows: n.records, relRows: r.records };
    });

    const nodes = decodeRecords(nodeRow, nodeRows, "node")
      .map((rec) => {
        const node: DumpNode = {
          labels: [...rec.labels].sort(),
          properties: encodeProperties(rec.props, rec.floatKeys),
        };
        return { eid: rec.eid, node, key: canonicalJson([node.labels, node.properties]) };
      })
      .sort(byKey);
    const position = new Map(nodes.map((n, i) => [n.eid, i]));
    const relationships = decodeRecords(relationshipRow, relRows, "relationship")
      .map((rec) => {
        const rel: DumpRelationship = {
          type: rec.type,
          from: position.get(rec.from)!,
          to: position.get(rec.to)!,
          properties: encodeProperties(rec.props, rec.floatKeys),
        };
        // Fixed-width positions keep the order numeric, so it is stable across restores.
        const pad = (n: number) => String(n).padStart(10, "0");
        return {
          rel,
          key: `${rel.type}\u0000${pad(rel.from)}\u0000${pad(rel.to)}\u0000${canonicalJson(rel.properties)}`,
        };
      })
      .sort(byKey);

    const item = (rec: RecordLike) => decodeRow(schemaItemRow, rec.toObject(), "schema item");
    return {
      format: DUMP_FORMAT,
      version: DUMP_VERSION,
      schema: { constraints: constraints.records.map(item), indexes: indexes.records.map(item) },
      nodes: nodes.map((n) => n.node),
      relationships: relationships.map((r) => r.rel),
    };
  } finally {
    await session.close();
  }
}
