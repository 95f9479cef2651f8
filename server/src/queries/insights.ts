import { SELECTION_FACETS } from "@rrn/model";
import { z } from "zod";
import type {
  Centrality,
  CentralityMeasure,
  CoverageSplit,
  Insights,
  SplitCoverage,
  Tally,
  UnrecordedMatch,
} from "../__generated__/resolvers-types.js";
import { statement, type GraphReader, type RunStatement } from "../neo4j/read.js";
import { betweennessById, type NodeBetweenness } from "./centrality.js";
import { loadNodes } from "./elements.js";
import { FULL_PROJECTION, REL, parseQueryRow } from "./graph-model.js";
import { GRAPH_FACET_OF } from "./overview.js";
import { rel } from "./rel.js";

/**
 * The insights view's statistics in one read transaction. Each count follows the relationships
 * the overview's facets filter by (SELECTION_FACETS, shared with the guided routes), so a bar
 * or a cell opens an overview that shows exactly the resources it counted. Labels and
 * relationship types are constants spliced into the Cypher; input travels as parameters.
 */

const facet = (name: keyof typeof SELECTION_FACETS) => ({
  rel: rel(...SELECTION_FACETS[name].relationships),
  label: SELECTION_FACETS[name].label,
});
const RESTRAINT = facet("restraintTypes");
const SETTING = facet("settings");
const AUDIENCE = facet("audiences");
const JURISDICTION = facet("jurisdictions");
const ORGANISATION = facet("organisations");

/** Per facet: resources with no value of it recorded (the overview's "not recorded"). */
const FACET_NAMES = Object.keys(GRAPH_FACET_OF) as (keyof typeof GRAPH_FACET_OF)[];
const unrecordedStatement = statement(
  `MATCH (r:Resource)
   RETURN ${FACET_NAMES.map(
     (f) => `count(CASE WHEN NOT EXISTS { (r)-[:${facet(f).rel}]->(:${facet(f).label}) } THEN 1 END) AS ${f}`,
   ).join(",\n          ")}`,
  {},
);
/**
 * What the coverage matrix counts: resources and, since frameworks carry ADDRESSES and
 * FOR_SETTING themselves, frameworks too. The kind split names frameworks as a part of their
 * own (they have no kind), so a reader sees which of a cell's count are frameworks.
 */
const COUNTED = "Resource|Framework";
/** The kind split's key for frameworks: no resource kind is called this. */
export const FRAMEWORK_PART = "FRAMEWORK";

const resourceCountStatement = statement(`MATCH (r:Resource) RETURN count(r) AS count`, {});

// A hand-edited node may carry its year as text; anything that is no whole number is no year.
const byYearStatement = statement(
  `MATCH (r:Resource) WHERE r.year IS NOT NULL
   WITH toIntegerOrNull(r.year) AS year WHERE year IS NOT NULL
   RETURN year, count(*) AS count ORDER BY year ASC`,
  {},
);

const byKindStatement = statement(
  `MATCH (r:Resource)
   WITH coalesce(r.kind, "") AS key, count(*) AS count
   RETURN key, key AS label, count ORDER BY count DESC, key ASC`,
  {},
);

const byJurisdictionStatement = statement(
  `MATCH (j:${JURISDICTION.label})
   RETURN j.id AS key, coalesce(j.name, j.id) AS label, COUNT { (j)<-[:${JURISDICTION.rel}]-(:Resource) } AS count
   ORDER BY count DESC, toLower(label) ASC`,
  {},
);

const withoutJurisdictionStatement = statement(
  `MATCH (r:Resource) WHERE NOT EXISTS { (r)-[:${JURISDICTION.rel}]->(:${JURISDICTION.label}) }
   RETURN count(r) AS count`,
  {},
);

const byOrganisationStatement = statement(
  `MATCH (o:${ORGANISATION.label})<-[:${ORGANISATION.rel}]-(r:Resource)
   WITH o, count(DISTINCT r) AS count
   ORDER BY count DESC, toLower(coalesce(o.name, o.id)) ASC
   LIMIT $top
   RETURN o.id AS key, coalesce(o.name, o.id) AS label, count`,
  { top: 0 },
);

/** The best-connected nodes of a label, by degree (the same count as GraphNode.degree). */
function topByDegreeStatement(label: "Resource" | "Framework") {
  return statement(
    `MATCH (n:${label})
     WITH n, COUNT { (n)-[:${REL}]-() } AS degree
     ORDER BY degree DESC, toLower(coalesce(n.title, n.name)) ASC
     LIMIT $top
     RETURN collect(elementId(n)) AS refs`,
    { top: 0 },
  );
}
const topByDegree = { Resource: topByDegreeStatement("Resource"), Framework: topByDegreeStatement("Framework") };

function refsByIdStatement(label: "Resource" | "Framework") {
  return statement(`UNWIND $ids AS id MATCH (n:${label} {id: id}) RETURN collect(elementId(n)) AS refs`, {
    ids: [] as string[],
  });
}
const refsById = { Resource: refsByIdStatement("Resource"), Framework: refsByIdStatement("Framework") };

const axisStatement = (axis: { rel: string; label: string }) =>
  statement(
    `MATCH (a:${axis.label})
     RETURN a.id AS key, coalesce(a.name, a.id) AS label, COUNT { (a)<-[:${axis.rel}]-(:${COUNTED}) } AS count
     ORDER BY toLower(label) ASC`,
    {},
  );
const rowsStatement = axisStatement(RESTRAINT);
const columnsStatement = axisStatement(SETTING);

/** Per node of one axis, its resources with no node of the other axis (no cell counts them). */
const axisUnrecordedStatement = (axis: { rel: string; label: string }, other: { rel: string; label: string }) =>
  statement(
    `MATCH (a:${axis.label})<-[:${axis.rel}]-(r:Resource)
     WHERE NOT EXISTS { (r)-[:${other.rel}]->(:${other.label}) }
     WITH a, count(DISTINCT r) AS count
     RETURN a.id AS key, coalesce(a.name, a.id) AS label, count ORDER BY toLower(label) ASC`,
    {},
  );
const rowsUnrecordedStatement = axisUnrecordedStatement(RESTRAINT, SETTING);
const columnsUnrecordedStatement = axisUnrecordedStatement(SETTING, RESTRAINT);

const CELL = `MATCH (a:${RESTRAINT.label})<-[:${RESTRAINT.rel}]-(r:${COUNTED})-[:${SETTING.rel}]->(b:${SETTING.label})`;

const cellTotalsStatement = statement(
  `${CELL}
   RETURN a.id AS row, b.id AS column, count(DISTINCT r) AS count ORDER BY row, column`,
  {},
);

const cellPartsStatements: Record<CoverageSplit, ReturnType<typeof statement<Record<string, never>>>> = {
  KIND: statement(
    `${CELL}
     WITH a.id AS row, b.id AS column,
          CASE WHEN r:Framework THEN "${FRAMEWORK_PART}" ELSE coalesce(r.kind, "") END AS key, count(DISTINCT r) AS count
     RETURN row, column, key, key AS label, count`,
    {},
  ),
  AUDIENCE: statement(
    `${CELL}
     OPTIONAL MATCH (r)-[:${AUDIENCE.rel}]->(x:${AUDIENCE.label})
     WITH a.id AS row, b.id AS column, coalesce(x.id, "") AS key, coalesce(x.name, "") AS label, count(DISTINCT r) AS count
     RETURN row, column, key, label, count`,
    {},
  ),
};

const countRow = z.object({ count: z.number().int() });
const tallyRow = z.object({ key: z.string(), label: z.string(), count: z.number().int() });
const yearRow = z.object({ year: z.number().int(), count: z.number().int() });
const refsRow = z.object({ refs: z.array(z.string()) });
const cellRow = z.object({ row: z.string(), column: z.string(), count: z.number().int() });
const partRow = cellRow.extend({ key: z.string(), label: z.string() });

export interface InsightsArgs {
  split: CoverageSplit;
  rankBy: CentralityMeasure;
  topOrganisations: number;
  top: number;
}

async function tallies(run: RunStatement, s: Parameters<RunStatement>[0], params: Record<string, unknown>) {
  return (await run(s, params)).map((r) => parseQueryRow(tallyRow, r, "tally"));
}

async function single<T>(run: RunStatement, s: Parameters<RunStatement>[0], schema: z.ZodType<T>, what: string) {
  return parseQueryRow(schema, (await run(s, {}))[0], what);
}

async function mostConnected(
  run: RunStatement,
  label: "Resource" | "Framework",
  top: number,
  ranking: ReadonlyMap<string, NodeBetweenness> | null,
  rankBy: CentralityMeasure,
): Promise<Centrality[]> {
  let refs: string[];
  if (rankBy === "BETWEENNESS" && ranking) {
    const ids = [...ranking]
      .filter(([, b]) => b.label === label)
      .sort(([aId, a], [bId, b]) => b.betweenness - a.betweenness || aId.localeCompare(bId))
      .slice(0, top)
      .map(([id]) => id);
    refs = parseQueryRow(refsRow, (await run(refsById[label], { ids }))[0], "ranked refs").refs;
  } else {
    refs = parseQueryRow(refsRow, (await run(topByDegree[label], { top }))[0], "ranked refs").refs;
  }
  const nodes = await loadNodes(run, refs, FULL_PROJECTION);
  const ranked = nodes.map((node) => ({
    node,
    degree: node.degree,
    betweenness: ranking ? (ranking.get(node.id)?.betweenness ?? 0) : null,
  }));
  // UNWIND … collect keeps the ids' order, but say so rather than rely on it.
  if (rankBy === "BETWEENNESS" && ranking) ranked.sort((a, b) => (b.betweenness ?? 0) - (a.betweenness ?? 0));
  return ranked;
}

async function splitCoverage(run: RunStatement, split: CoverageSplit): Promise<SplitCoverage> {
  const rows = await tallies(run, rowsStatement, {});
  const columns = await tallies(run, columnsStatement, {});
  const totals = (await run(cellTotalsStatement, {})).map((r) => parseQueryRow(cellRow, r, "coverage cell"));
  const parts = (await run(cellPartsStatements[split], {})).map((r) => parseQueryRow(partRow, r, "coverage part"));
  const byCell = new Map<string, Tally[]>();
  const legend = new Map<string, Tally>();
  for (const p of parts) {
    const key = `${p.row}|${p.column}`;
    byCell.set(key, [...(byCell.get(key) ?? []), { key: p.key, label: p.label, count: p.count }]);
    const entry = legend.get(p.key) ?? { key: p.key, label: p.label, count: 0 };
    entry.count += p.count;
    legend.set(p.key, entry);
  }
  const mostFirst = (a: Tally, b: Tally) => b.count - a.count || a.label.localeCompare(b.label);
  return {
    splitBy: split,
    rows,
    columns,
    parts: [...legend.values()].sort(mostFirst),
    cells: totals.map((t) => ({ ...t, parts: (byCell.get(`${t.row}|${t.column}`) ?? []).sort(mostFirst) })),
    rowsUnrecorded: await tallies(run, rowsUnrecordedStatement, {}),
    columnsUnrecorded: await tallies(run, columnsUnrecordedStatement, {}),
  };
}

const unrecordedRow = z.object(Object.fromEntries(FACET_NAMES.map((f) => [f, z.number().int()])));

async function unrecordedByFacet(run: RunStatement): Promise<UnrecordedMatch[]> {
  const row = await single(run, unrecordedStatement, unrecordedRow, "unrecorded per facet");
  return FACET_NAMES.map((f) => ({ facet: GRAPH_FACET_OF[f], count: row[f] ?? 0 }));
}

export function insights(graph: GraphReader, args: InsightsArgs): Promise<Insights> {
  return graph.transaction(async (run) => {
    const resourceCount = (await single(run, resourceCountStatement, countRow, "resource count")).count;
    const byYear = (await run(byYearStatement, {})).map((r) => parseQueryRow(yearRow, r, "year count"));
    const ranking = await betweennessById(run);
    return {
      resourceCount,
      byYear,
      undated: resourceCount - byYear.reduce((sum, y) => sum + y.count, 0),
      byKind: await tallies(run, byKindStatement, {}),
      byJurisdiction: await tallies(run, byJurisdictionStatement, {}),
      withoutJurisdiction: (await single(run, withoutJurisdictionStatement, countRow, "count")).count,
      unrecorded: await unrecordedByFacet(run),
      byOrganisation: await tallies(run, byOrganisationStatement, { top: args.topOrganisations }),
      mostConnectedResources: await mostConnected(run, "Resource", args.top, ranking, args.rankBy),
      mostConnectedFrameworks: await mostConnected(run, "Framework", args.top, ranking, args.rankBy),
      betweennessComputed: ranking !== null,
      coverage: await splitCoverage(run, args.split),
    };
  });
}
