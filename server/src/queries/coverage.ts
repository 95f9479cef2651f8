import { z } from "zod";
import type { CoverageMatrix, NodeType } from "../__generated__/resolvers-types.js";
import { statement, type GraphReader, type Statement } from "../neo4j/read.js";
import { loadNodes } from "./elements.js";
import { parseQueryRow } from "./graph-model.js";

/**
 * The relationships through which a resource "covers" a node of each type. REFERENCES is left
 * out on purpose: a passing mention is not coverage.
 */
export const coverageRelationships = {
  RESTRAINT_TYPE: ["ADDRESSES"],
  SETTING: ["FOR_SETTING"],
  AUDIENCE: ["FOR_AUDIENCE"],
  JURISDICTION: ["APPLIES_IN"],
  LEGISLATION: ["COMPLIES_WITH"],
  ORGANISATION: ["PUBLISHED_BY", "COMMISSIONED_BY", "DEVELOPED_WITH"],
  PERSON: ["PUBLISHED_BY", "DEVELOPED_WITH", "FEATURES"],
  FRAMEWORK: ["DERIVES_FROM", "DESCRIBES", "EVALUATES"],
} as const satisfies Record<Exclude<NodeType, "RESOURCE">, readonly string[]>;

export type CoverageAxis = keyof typeof coverageRelationships;

export const labelOfAxis = {
  RESTRAINT_TYPE: "RestraintType",
  SETTING: "Setting",
  AUDIENCE: "Audience",
  JURISDICTION: "Jurisdiction",
  LEGISLATION: "Legislation",
  ORGANISATION: "Organisation",
  PERSON: "Person",
  FRAMEWORK: "Framework",
} as const satisfies Record<CoverageAxis, string>;

/**
 * Labels and relationship types are spliced in from the constants above, never from input: with
 * them literal, Neo4j starts from a label scan of the (few) axis nodes and follows only the
 * axis' relationship types, where a dynamic `:$($label)` made it scan every node and expand every
 * relationship of every resource (PROFILE on the 1k bench graph: 41k db hits before, 14k after).
 * One statement per axis and per pair, made on first use; the default pair is declared up front
 * so the server warms it up.
 */
const statements = new Map<string, Statement<Record<string, never>>>();

function memo(key: string, cypher: () => string): Statement<Record<string, never>> {
  let s = statements.get(key);
  if (!s) {
    s = statement(cypher(), {});
    statements.set(key, s);
  }
  return s;
}

function axisStatement(axis: CoverageAxis): Statement<Record<string, never>> {
  return memo(
    axis,
    () => `MATCH (a:${labelOfAxis[axis]})
     WITH a ORDER BY toLower(coalesce(a.name, a.title)) ASC
     RETURN collect(elementId(a)) AS refs`,
  );
}

function cellsStatement(rows: CoverageAxis, columns: CoverageAxis): Statement<Record<string, never>> {
  // Two MATCH clauses, so one relationship may serve both axes (a diagonal cell counts it).
  return memo(
    `${rows}×${columns}`,
    () => `MATCH (a:${labelOfAxis[rows]})<-[:${coverageRelationships[rows].join("|")}]-(r:Resource)
     MATCH (r)-[:${coverageRelationships[columns].join("|")}]->(b:${labelOfAxis[columns]})
     WITH a.id AS row, b.id AS column, r.id AS resource
     ORDER BY resource
     WITH row, column, collect(DISTINCT resource) AS resourceIds
     ORDER BY row, column
     RETURN row, column, size(resourceIds) AS count, resourceIds`,
  );
}

// The schema's default pair, declared at module load so the server plans it during warm-up.
axisStatement("RESTRAINT_TYPE");
axisStatement("SETTING");
cellsStatement("RESTRAINT_TYPE", "SETTING");

const axisRow = z.object({ refs: z.array(z.string()) });
const cellRow = z.object({
  row: z.string(),
  column: z.string(),
  count: z.number().int(),
  resourceIds: z.array(z.string()),
});

export function coverage(
  graph: GraphReader,
  args: { rows: CoverageAxis; columns: CoverageAxis },
): Promise<CoverageMatrix> {
  return graph.transaction(async (run) => {
    const axis = async (type: CoverageAxis) => {
      const [row] = await run(axisStatement(type), {});
      return loadNodes(run, parseQueryRow(axisRow, row, "coverage axis").refs);
    };
    const rows = await axis(args.rows);
    const columns = await axis(args.columns);
    const cells = await run(cellsStatement(args.rows, args.columns), {});
    return {
      rowType: args.rows,
      columnType: args.columns,
      rows,
      columns,
      cells: cells.map((c) => parseQueryRow(cellRow, c, "coverage cell")),
    };
  });
}
