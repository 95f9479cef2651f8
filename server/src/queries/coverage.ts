import { z } from "zod";
import type { CoverageCell, CoverageMatrix, NodeType } from "../__generated__/resolvers-types.js";
import type { GraphReader } from "../neo4j/read.js";
import { listColumn, nodeProjection, toGraphNode } from "./graph-model.js";

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

// Labels are parameters too: Neo4j 5.26 accepts dynamic labels, `:$($label)`.
const cypher = `
  CALL () {
    MATCH (a:$($rowLabel))
    WITH a ORDER BY toLower(coalesce(a.name, a.title)) ASC
    RETURN collect(${nodeProjection("a")}) AS rows
  }
  CALL () {
    MATCH (b:$($columnLabel))
    WITH b ORDER BY toLower(coalesce(b.name, b.title)) ASC
    RETURN collect(${nodeProjection("b")}) AS columns
  }
  CALL () {
    MATCH (r:Resource)-[e1]->(a:$($rowLabel))
    WHERE type(e1) IN $rowRelationships
    MATCH (r)-[e2]->(b:$($columnLabel))
    WHERE type(e2) IN $columnRelationships
    WITH a.id AS row, b.id AS column, r.id AS resource
    ORDER BY resource
    WITH row, column, collect(DISTINCT resource) AS resourceIds
    ORDER BY row, column
    RETURN collect({row: row, column: column, count: size(resourceIds), resourceIds: resourceIds}) AS cells
  }
  RETURN rows, columns, cells
`;

const cellRow = z.object({
  row: z.string(),
  column: z.string(),
  count: z.number().int(),
  resourceIds: z.array(z.string()),
});

export async function coverage(
  graph: GraphReader,
  args: { rows: CoverageAxis; columns: CoverageAxis },
): Promise<CoverageMatrix> {
  const result = await graph.read(cypher, {
    rowLabel: labelOfAxis[args.rows],
    columnLabel: labelOfAxis[args.columns],
    rowRelationships: coverageRelationships[args.rows],
    columnRelationships: coverageRelationships[args.columns],
  });
  const row = result[0];
  const cells: CoverageCell[] = listColumn(row, "cells").map((c) => cellRow.parse(c));
  return {
    rowType: args.rows,
    columnType: args.columns,
    rows: listColumn(row, "rows").map((n) => toGraphNode(n)),
    columns: listColumn(row, "columns").map((n) => toGraphNode(n)),
    cells,
  };
}
