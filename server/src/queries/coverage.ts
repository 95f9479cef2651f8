import { z } from "zod";
import type { CoverageMatrix, NodeType } from "../__generated__/resolvers-types.js";
import { statement, type GraphReader } from "../neo4j/read.js";
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

// Labels are parameters too: Neo4j 5.26 accepts dynamic labels, `:$($label)`.
const axisStatement = statement(
  `MATCH (a:$($label))
   WITH a ORDER BY toLower(coalesce(a.name, a.title)) ASC
   RETURN collect(elementId(a)) AS refs`,
  { label: "Setting" },
);

const cellsStatement = statement(
  `MATCH (r:Resource)-[e1]->(a:$($rowLabel))
   WHERE type(e1) IN $rowRelationships
   MATCH (r)-[e2]->(b:$($columnLabel))
   WHERE type(e2) IN $columnRelationships
   WITH a.id AS row, b.id AS column, r.id AS resource
   ORDER BY resource
   WITH row, column, collect(DISTINCT resource) AS resourceIds
   ORDER BY row, column
   RETURN row, column, size(resourceIds) AS count, resourceIds`,
  {
    rowLabel: "Setting",
    columnLabel: "Setting",
    rowRelationships: [] as string[],
    columnRelationships: [] as string[],
  },
);

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
      const [row] = await run(axisStatement, { label: labelOfAxis[type] });
      return loadNodes(run, parseQueryRow(axisRow, row, "coverage axis").refs);
    };
    const rows = await axis(args.rows);
    const columns = await axis(args.columns);
    const cells = await run(cellsStatement, {
      rowLabel: labelOfAxis[args.rows],
      columnLabel: labelOfAxis[args.columns],
      rowRelationships: [...coverageRelationships[args.rows]],
      columnRelationships: [...coverageRelationships[args.columns]],
    });
    return {
      rowType: args.rows,
      columnType: args.columns,
      rows,
      columns,
      cells: cells.map((c) => parseQueryRow(cellRow, c, "coverage cell")),
    };
  });
}
