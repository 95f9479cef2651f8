import { DEGREE_PROPERTY, NODE_LABELS, SELECTION_FACETS, type NodeLabel, type SelectionFacet } from "@rrn/model";
import { z } from "zod";
import type { GraphFacet, GraphFilter, Subgraph, UnrecordedMatch } from "../__generated__/resolvers-types.js";
import { statement, type GraphReader, type RunStatement, type Statement } from "../neo4j/read.js";
import { loadEdgesAmong, loadNodes } from "./elements.js";
import { ENTITY, FULL_PROJECTION, REL, labelsFor, parseQueryRow, type Projection } from "./graph-model.js";
import { rel } from "./rel.js";
import { searchRefs } from "./search.js";

/** How many full-text matches the text facet considers. */
const TEXT_MATCHES = 1000;

/** The widest year range the API accepts (its `year` bounds), for a year facet with one end open. */
const YEARS = { from: 0, to: 9999 };

/**
 * Facets select resources; the drawing is those resources plus the non-resource nodes they link
 * to (a resource the facets did not select never sneaks in as a neighbour). `types` decides what
 * is drawn, selected resources come before their neighbours, and better-connected nodes come
 * first. With no facet at all, the whole graph is ranked by degree, so a cut overview keeps its
 * hubs.
 *
 * Selection starts from the facet with the fewest resources (an index seek on the facet's nodes,
 * then their relationships), and checks the other facets on those resources only; before, every
 * resource was scanned with an EXISTS per facet (1.9M db hits at 100k resources). Its cost is
 * therefore that of the smallest facet. The unfiltered overview reads the top of each label's
 * range index on the maintained degree (`@rrn/model`), never counting a node.
 */
type Driver =
  "text" | "restraintTypes" | "settings" | "audiences" | "jurisdictions" | "organisations" | "years" | "kinds" | "all";

/** Each id facet: the label of its nodes and the relationships through which resources reach them. */
// The same facets as the guides' selections (`@rrn/model`'s SELECTION_FACETS), with the same meaning.
type IdFacet = SelectionFacet;
const ID_FACETS: readonly IdFacet[] = ["restraintTypes", "settings", "audiences", "jurisdictions", "organisations"];
const FACETS = Object.fromEntries(
  ID_FACETS.map((f) => [f, { label: SELECTION_FACETS[f].label, rels: rel(...SELECTION_FACETS[f].relationships) }]),
) as Record<IdFacet, { label: NodeLabel; rels: string }>;

const DEGREE = `coalesce(n.${DEGREE_PROPERTY}, 0)`;
const NAME = "toLower(coalesce(n.title, n.name))";

/** The API's GraphFacet for each id facet. */
export const GRAPH_FACET_OF = {
  restraintTypes: "RESTRAINT_TYPES",
  settings: "SETTINGS",
  audiences: "AUDIENCES",
  jurisdictions: "JURISDICTIONS",
  organisations: "ORGANISATIONS",
} as const satisfies Record<IdFacet, GraphFacet>;

/** `settingsNone`: the parameter that says "not recorded" is one more value of the facet. */
const noneParam = (f: IdFacet) => `${f}None` as const;

function driverMatch(driver: Driver): string {
  // A facet with "not recorded" among its values cannot drive (what it matches has no link to
  // start from), so with nothing else to start from the resources are scanned.
  if (driver === "all") return `MATCH (r:Resource)`;
  if (driver === "text") return `UNWIND $textRefs AS ref MATCH (r:Resource) WHERE elementId(r) = ref`;
  if (driver === "years") return `MATCH (r:Resource) WHERE r.year >= $yearFrom AND r.year <= $yearTo`;
  // Kinds drive only when no other facet is set: a scan of the resources, as kinds are few and broad.
  if (driver === "kinds") return `MATCH (r:Resource) WHERE r.kind IN $kinds`;
  const { label, rels } = FACETS[driver];
  return `MATCH (x:${label}) WHERE x.id IN $${driver} MATCH (x)<-[:${rels}]-(r:Resource)`;
}

/** Every facet's condition but the driver's own, which the start already holds. */
function conditions(driver: Driver): string {
  const holds = [
    ...ID_FACETS.filter((f) => f !== driver).map(
      (f) =>
        `(($${f} IS NULL AND NOT $${noneParam(f)})
          OR EXISTS { (r)-[:${FACETS[f].rels}]->(x:${FACETS[f].label}) WHERE x.id IN $${f} }
          OR ($${noneParam(f)} AND NOT EXISTS { (r)-[:${FACETS[f].rels}]->(:${FACETS[f].label}) }))`,
    ),
    ...(driver === "years"
      ? []
      : ["($yearFrom IS NULL OR r.year >= $yearFrom)", "($yearTo IS NULL OR r.year <= $yearTo)"]),
    ...(driver === "kinds" ? [] : ["($kinds IS NULL OR r.kind IN $kinds)"]),
    ...(driver === "text" ? [] : ["($textRefs IS NULL OR elementId(r) IN $textRefs)"]),
  ];
  return holds.join("\n       AND ");
}

const facetParams = {
  restraintTypes: null as string[] | null,
  settings: null as string[] | null,
  audiences: null as string[] | null,
  jurisdictions: null as string[] | null,
  organisations: null as string[] | null,
  kinds: null as string[] | null,
  yearFrom: null as number | null,
  yearTo: null as number | null,
  textRefs: null as string[] | null,
  restraintTypesNone: false,
  settingsNone: false,
  audiencesNone: false,
  jurisdictionsNone: false,
  organisationsNone: false,
};
type FacetParams = typeof facetParams;

const DRIVERS = ["text", "years", "kinds", "all", ...ID_FACETS] as const;

const scopedStatements = Object.fromEntries(
  DRIVERS.map((driver) => [
    driver,
    statement(
      `CALL () {
         ${driverMatch(driver)}
         WITH DISTINCT r
         WHERE ${conditions(driver)}
         RETURN collect(r) AS selected
       }
       CALL (selected) {
         UNWIND selected AS n
         RETURN n, true AS isSelected
         UNION
         UNWIND selected AS r
         MATCH (r)-[:${REL}]-(n:${ENTITY})
         WHERE NOT n:Resource
         RETURN DISTINCT n, false AS isSelected
       }
       WITH n, isSelected
       WHERE $labels IS NULL OR any(l IN labels(n) WHERE l IN $labels)
       WITH n, isSelected, ${DEGREE} AS degree
       ORDER BY isSelected DESC, degree DESC, ${NAME} ASC
       WITH collect(elementId(n)) AS ranked
       RETURN ranked[0..$limit] AS drawn, size(ranked) AS total`,
      { ...facetParams, labels: null as string[] | null, limit: 1 },
    ),
  ]),
) as Record<Driver, Statement<FacetParams & { labels: string[] | null; limit: number }>>;

/** How many resources a filter selects (no drawing): for unrecordedMatches. */
const countStatements = Object.fromEntries(
  DRIVERS.map((driver) => [
    driver,
    statement(
      `${driverMatch(driver)}
       WITH DISTINCT r
       WHERE ${conditions(driver)}
       RETURN count(r) AS count`,
      facetParams,
    ),
  ]),
) as Record<Driver, Statement<FacetParams>>;

/** How many resources each set facet reaches: the degree of its nodes, read from their headers. */
const facetSizesStatement = statement(
  `RETURN ${ID_FACETS.map(
    (f) => `CASE WHEN $${f} IS NULL THEN null ELSE COLLECT {
      MATCH (x:${FACETS[f].label}) WHERE x.id IN $${f}
      RETURN sum(COUNT { (x)<-[:${FACETS[f].rels}]-() })
    }[0] END AS ${f}`,
  ).join(",\n")}`,
  {
    restraintTypes: null as string[] | null,
    settings: null as string[] | null,
    audiences: null as string[] | null,
    jurisdictions: null as string[] | null,
    organisations: null as string[] | null,
  },
);

/**
 * The unfiltered overview: per label, its best-connected nodes straight from the degree index
 * (ties by name), then the best of those overall. Labels are literal, so each branch is an
 * index-ordered read of at most `limit` entries; the total comes from the count store.
 */
const wholeGraphStatement = statement(
  `CALL () {
     ${NODE_LABELS.map(
       (
         label,
       ) => `MATCH (n:${label}) WHERE n.${DEGREE_PROPERTY} IS NOT NULL AND ($labels IS NULL OR "${label}" IN $labels)
     WITH n ORDER BY n.${DEGREE_PROPERTY} DESC, ${NAME} ASC LIMIT $limit
     RETURN n`,
     ).join("\n     UNION ALL\n     ")}
   }
   WITH n ORDER BY ${DEGREE} DESC, ${NAME} ASC LIMIT $limit
   WITH collect(elementId(n)) AS drawn
   RETURN drawn, ${NODE_LABELS.map(
     (label) => `CASE WHEN $labels IS NULL OR "${label}" IN $labels THEN COUNT { (:${label}) } ELSE 0 END`,
   ).join("\n     + ")} AS total`,
  { labels: null as string[] | null, limit: 1 },
);

const overviewRow = z.object({ drawn: z.array(z.string()), total: z.number().int() });
const sizesRow = z.record(z.string(), z.number().int().nullable());
const countRow = z.object({ count: z.number().int() });

export interface OverviewArgs {
  filter: GraphFilter | null | undefined;
  limit: number;
  projection?: Projection;
}

const listOrNull = (ids: readonly string[] | null | undefined): string[] | null =>
  ids && ids.length > 0 ? [...ids] : null;

/** A filter as the statements' parameters, and whether it selects anything at all. */
interface Selection {
  text: string | null;
  ids: Record<IdFacet, string[] | null>;
  none: Record<IdFacet, boolean>;
  years: { yearFrom: number | null; yearTo: number | null };
  kinds: string[] | null;
}

function selectionOf(filter: GraphFilter | null | undefined): Selection {
  const notRecorded = new Set(filter?.notRecorded ?? []);
  return {
    text: filter?.text?.trim() ? filter.text.trim() : null,
    ids: {
      restraintTypes: listOrNull(filter?.restraintTypes),
      settings: listOrNull(filter?.settings),
      audiences: listOrNull(filter?.audiences),
      jurisdictions: listOrNull(filter?.jurisdictions),
      organisations: listOrNull(filter?.organisations),
    },
    none: Object.fromEntries(ID_FACETS.map((f) => [f, notRecorded.has(GRAPH_FACET_OF[f])])) as Record<IdFacet, boolean>,
    years: { yearFrom: filter?.yearFrom ?? null, yearTo: filter?.yearTo ?? null },
    kinds: listOrNull(filter?.kinds),
  };
}

const selectsNothingYet = (s: Selection) =>
  s.text === null &&
  ID_FACETS.every((f) => s.ids[f] === null && !s.none[f]) &&
  s.kinds === null &&
  s.years.yearFrom === null &&
  s.years.yearTo === null;

/** Which statement starts the selection, and its parameters (text already searched). */
async function plan(run: RunStatement, s: Selection): Promise<{ driver: Driver; params: FacetParams }> {
  const textRefs =
    s.text === null
      ? null
      : (await searchRefs(run, { query: s.text, types: ["RESOURCE"], limit: TEXT_MATCHES })).map((hit) => hit.ref);
  // Only a facet chosen by ids alone can drive: "not recorded" has no node to start from.
  const drivers = ID_FACETS.filter((f) => s.ids[f] !== null && !s.none[f]);
  const noYears = s.years.yearFrom === null && s.years.yearTo === null;
  let driver: Driver;
  if (textRefs !== null) driver = "text";
  else if (drivers.length === 0) driver = s.kinds !== null && noYears ? "kinds" : noYears ? "all" : "years";
  else if (drivers.length === 1) driver = drivers[0]!;
  else {
    const sizes = parseQueryRow(sizesRow, (await run(facetSizesStatement, s.ids))[0], "facet sizes");
    driver = drivers.reduce((best, f) => ((sizes[f] ?? Infinity) < (sizes[best] ?? Infinity) ? f : best));
  }
  // The year facet drives only alone, and then as a closed range the year index can seek.
  const yearParams =
    driver === "years" ? { yearFrom: s.years.yearFrom ?? YEARS.from, yearTo: s.years.yearTo ?? YEARS.to } : s.years;
  const none = Object.fromEntries(ID_FACETS.map((f) => [noneParam(f), s.none[f]])) as Pick<
    FacetParams,
    `${IdFacet}None`
  >;
  return { driver, params: { ...s.ids, ...none, ...yearParams, kinds: s.kinds, textRefs } };
}

export function overview(
  graph: GraphReader,
  { filter, limit, projection = FULL_PROJECTION }: OverviewArgs,
): Promise<Subgraph> {
  const selection = selectionOf(filter);
  const labels = labelsFor(filter?.types);

  return graph.transaction(async (run) => {
    let row;
    if (selectsNothingYet(selection)) {
      [row] = await run(wholeGraphStatement, { labels, limit });
    } else {
      const { driver, params } = await plan(run, selection);
      [row] = await run(scopedStatements[driver], { ...params, labels, limit });
    }
    const { drawn, total } = parseQueryRow(overviewRow, row, "overview");
    return {
      nodes: await loadNodes(run, drawn, projection),
      edges: await loadEdgesAmong(run, drawn, projection),
      truncated: total > drawn.length,
      total,
      moreByType: null,
      notExpanded: null,
    };
  });
}

/**
 * For each facet the filter chooses by ids: the resources that match everything else and have
 * no value of that facet recorded (the facet's ids swapped for "not recorded"). A facet already
 * including "not recorded" is left out: its answer holds them.
 */
export function unrecordedMatches(graph: GraphReader, filter: GraphFilter): Promise<UnrecordedMatch[]> {
  const selection = selectionOf(filter);
  const facets = ID_FACETS.filter((f) => selection.ids[f] !== null && !selection.none[f]);
  return graph.transaction(async (run) => {
    const matches: UnrecordedMatch[] = [];
    for (const f of facets) {
      const swapped: Selection = {
        ...selection,
        ids: { ...selection.ids, [f]: null },
        none: { ...selection.none, [f]: true },
      };
      const { driver, params } = await plan(run, swapped);
      const { count } = parseQueryRow(countRow, (await run(countStatements[driver], params))[0], "unrecorded count");
      matches.push({ facet: GRAPH_FACET_OF[f], count });
    }
    return matches;
  });
}
