import { z } from "zod";
import { DEGREE_PROPERTY, type RelationshipType } from "@rrn/model";
import type { CoverageCellResources, CoverageMatrix, NodeType } from "../__generated__/resolvers-types.js";
import { statement, type GraphReader, type Statement } from "../neo4j/read.js";
import { loadNodes } from "./elements.js";
import { FULL_PROJECTION, parseQueryRow, type Projection } from "./graph-model.js";
import { rel } from "./rel.js";

/**
 * The relationships through which a resource — or a framework, which may carry ADDRESSES,
 * FOR_SETTING, FOR_AUDIENCE and APPLIES_IN itself — "covers" a node of each type. The counted
 * node is whatever starts them, so frameworks count beside resources and `frameworks` says how
 * many of a cell's count they are. REFERENCES is left out on purpose: a passing mention is not
 * coverage.
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
} as const satisfies Record<Exclude<NodeType, "RESOURCE">, readonly RelationshipType[]>;

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

/** How many resource ids a cell carries as its sample; the rest come with `coverageCell`. */
export const CELL_SAMPLE = 3;

function cellsStatement(rows: CoverageAxis, columns: CoverageAxis): Statement<Record<string, never>> {
  // Two MATCH clauses, so one relationship may serve both axes (a diagonal cell counts it). The
  // hash join on r meets each axis' relationships once from the axis side, where following
  // them out of each resource read its whole relationship chain: 1.35M → 216k db hits at 100k
  // resources. Counting still reads every such relationship once: the count is what is asked.
  return memo(
    `${rows}×${columns}`,
    () => `MATCH (a:${labelOfAxis[rows]})<-[:${rel(...coverageRelationships[rows])}]-(r)
     MATCH (b:${labelOfAxis[columns]})<-[:${rel(...coverageRelationships[columns])}]-(r)
     USING JOIN ON r
     WITH a, b, count(DISTINCT r) AS count, count(DISTINCT CASE WHEN r:Framework THEN r END) AS frameworks,
          collect(DISTINCT r)[0..${CELL_SAMPLE}] AS sample
     RETURN a.id AS row, b.id AS column, count, frameworks, [s IN sample | s.id] AS sample
     ORDER BY row, column`,
  );
}

/**
 * Per node of one axis: its resources that have no node of the other axis at all, so no cell of
 * its row (or column) counts them. These are "not recorded", which an empty cell must not hide.
 */
function unrecordedStatement(axis: CoverageAxis, other: CoverageAxis): Statement<Record<string, never>> {
  return memo(
    `${axis} without ${other}`,
    () => `MATCH (a:${labelOfAxis[axis]})<-[:${rel(...coverageRelationships[axis])}]-(r:Resource)
     WHERE NOT EXISTS { (r)-[:${rel(...coverageRelationships[other])}]->(:${labelOfAxis[other]}) }
     WITH a, count(DISTINCT r) AS count
     RETURN a.id AS id, count ORDER BY id`,
  );
}

/** Resources with no node of this axis recorded. */
function withoutAxisStatement(axis: CoverageAxis): Statement<Record<string, never>> {
  return memo(
    `without ${axis}`,
    () => `MATCH (r:Resource)
     WHERE NOT EXISTS { (r)-[:${rel(...coverageRelationships[axis])}]->(:${labelOfAxis[axis]}) }
     RETURN count(r) AS count`,
  );
}

/**
 * One cell's resources, best-connected first: the two axis nodes by id, their relationships met
 * by a hash join on the resource, so the cost is the two nodes' degrees rather than a walk
 * through every resource of the larger one. One statement per axis pair, made on first use.
 */
const cellResourceStatements = new Map<string, Statement<CellParams>>();
interface CellParams extends Record<string, unknown> {
  row: string;
  column: string;
  limit: number;
}

function cellResourcesStatement(rows: CoverageAxis, columns: CoverageAxis): Statement<CellParams> {
  const key = `${rows}×${columns}`;
  let s = cellResourceStatements.get(key);
  if (!s) {
    s = statement(
      `MATCH (a:${labelOfAxis[rows]} {id: $row})<-[:${rel(...coverageRelationships[rows])}]-(r)
       MATCH (b:${labelOfAxis[columns]} {id: $column})<-[:${rel(...coverageRelationships[columns])}]-(r)
       USING JOIN ON r
       WITH DISTINCT r
       WITH r ORDER BY coalesce(r.${DEGREE_PROPERTY}, 0) DESC, toLower(r.title) ASC
       WITH collect(elementId(r)) AS ranked
       RETURN ranked[0..$limit] AS kept, size(ranked) AS count`,
      { row: "", column: "", limit: 1 },
    );
    cellResourceStatements.set(key, s);
  }
  return s;
}

// The schema's default pair, declared at module load so the server plans it during warm-up.
axisStatement("RESTRAINT_TYPE");
axisStatement("SETTING");
cellsStatement("RESTRAINT_TYPE", "SETTING");
cellResourcesStatement("RESTRAINT_TYPE", "SETTING");
unrecordedStatement("RESTRAINT_TYPE", "SETTING");
unrecordedStatement("SETTING", "RESTRAINT_TYPE");
withoutAxisStatement("RESTRAINT_TYPE");
withoutAxisStatement("SETTING");

const axisRow = z.object({ refs: z.array(z.string()) });
const cellRow = z.object({
  row: z.string(),
  column: z.string(),
  count: z.number().int(),
  frameworks: z.number().int(),
  sample: z.array(z.string()),
});
const cellResourcesRow = z.object({ kept: z.array(z.string()), count: z.number().int() });
const unrecordedRow = z.object({ id: z.string(), count: z.number().int() });
const countRow = z.object({ count: z.number().int() });

export function coverage(
  graph: GraphReader,
  args: { rows: CoverageAxis; columns: CoverageAxis; projection?: Projection },
): Promise<CoverageMatrix> {
  const projection = args.projection ?? FULL_PROJECTION;
  return graph.transaction(async (run) => {
    const axis = async (type: CoverageAxis) => {
      const [row] = await run(axisStatement(type), {});
      return loadNodes(run, parseQueryRow(axisRow, row, "coverage axis").refs, projection);
    };
    const rows = await axis(args.rows);
    const columns = await axis(args.columns);
    const cells = await run(cellsStatement(args.rows, args.columns), {});
    const unrecorded = async (axis: CoverageAxis, other: CoverageAxis) =>
      (await run(unrecordedStatement(axis, other), {})).map((r) => parseQueryRow(unrecordedRow, r, "unrecorded"));
    const without = async (axis: CoverageAxis) =>
      parseQueryRow(countRow, (await run(withoutAxisStatement(axis), {}))[0], "resources without an axis").count;
    return {
      rowType: args.rows,
      columnType: args.columns,
      rows,
      columns,
      cells: cells.map((c) => {
        const cell = parseQueryRow(cellRow, c, "coverage cell");
        // resourceIds is deprecated: it carries the sample only, no longer every id.
        return { ...cell, resourceIds: cell.sample };
      }),
      rowsUnrecorded: await unrecorded(args.rows, args.columns),
      columnsUnrecorded: await unrecorded(args.columns, args.rows),
      withoutRowType: await without(args.rows),
      withoutColumnType: await without(args.columns),
    };
  });
}

/** The resources of one cell (those linked to both its row and its column node), up to limit. */
export function coverageCell(
  graph: GraphReader,
  args: {
    rows: CoverageAxis;
    columns: CoverageAxis;
    row: string;
    column: string;
    limit: number;
    projection?: Projection;
  },
): Promise<CoverageCellResources> {
  return graph.transaction(async (run) => {
    const [row] = await run(cellResourcesStatement(args.rows, args.columns), {
      row: args.row,
      column: args.column,
      limit: args.limit,
    });
    const { kept, count } = parseQueryRow(cellResourcesRow, row, "coverage cell resources");
    return {
      rowType: args.rows,
      columnType: args.columns,
      row: args.row,
      column: args.column,
      count,
      resources: await loadNodes(run, kept, args.projection ?? FULL_PROJECTION),
      truncated: count > kept.length,
    };
  });
}
