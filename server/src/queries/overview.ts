import { DEGREE_PROPERTY, NODE_LABELS, SELECTION_FACETS, type NodeLabel, type SelectionFacet } from "@rrn/model";
import { z } from "zod";
import type { GraphFilter, Subgraph } from "../__generated__/resolvers-types.js";
import { statement, type GraphReader, type Statement } from "../neo4j/read.js";
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
  "text" | "restraintTypes" | "settings" | "audiences" | "jurisdictions" | "organisations" | "years" | "kinds";

/** Each id facet: the label of its nodes and the relationships through which resources reach them. */
// The same facets as the guides' selections (`@rrn/model`'s SELECTION_FACETS), with the same meaning.
type IdFacet = SelectionFacet;
const ID_FACETS: readonly IdFacet[] = ["restraintTypes", "settings", "audiences", "jurisdictions", "organisations"];
const FACETS = Object.fromEntries(
  ID_FACETS.map((f) => [f, { label: SELECTION_FACETS[f].label, rels: rel(...SELECTION_FACETS[f].relationships) }]),
) as Record<IdFacet, { label: NodeLabel; rels: string }>;

const DEGREE = `coalesce(n.${DEGREE_PROPERTY}, 0)`;
const NAME = "toLower(coalesce(n.title, n.name))";

function driverMatch(driver: Driver): string {
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
      (f) => `($${f} IS NULL OR EXISTS { (r)-[:${FACETS[f].rels}]->(x:${FACETS[f].label}) WHERE x.id IN $${f} })`,
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
};

const scopedStatements = Object.fromEntries(
  (["text", "years", "kinds", ...ID_FACETS] as const).map((driver) => [
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
) as Record<Driver, Statement<typeof facetParams & { labels: string[] | null; limit: number }>>;

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

export interface OverviewArgs {
  filter: GraphFilter | null | undefined;
  limit: number;
  projection?: Projection;
}

const listOrNull = (ids: readonly string[] | null | undefined): string[] | null =>
  ids && ids.length > 0 ? [...ids] : null;

export function overview(
  graph: GraphReader,
  { filter, limit, projection = FULL_PROJECTION }: OverviewArgs,
): Promise<Subgraph> {
  const text = filter?.text?.trim() ? filter.text.trim() : null;
  const ids = {
    restraintTypes: listOrNull(filter?.restraintTypes),
    settings: listOrNull(filter?.settings),
    audiences: listOrNull(filter?.audiences),
    jurisdictions: listOrNull(filter?.jurisdictions),
    organisations: listOrNull(filter?.organisations),
  };
  const years = { yearFrom: filter?.yearFrom ?? null, yearTo: filter?.yearTo ?? null };
  const kinds = listOrNull(filter?.kinds);
  const labels = labelsFor(filter?.types);

  return graph.transaction(async (run) => {
    const setFacets = ID_FACETS.filter((f) => ids[f] !== null);
    let row;
    if (text === null && setFacets.length === 0 && kinds === null && years.yearFrom === null && years.yearTo === null) {
      [row] = await run(wholeGraphStatement, { labels, limit });
    } else {
      const textRefs =
        text === null
          ? null
          : (await searchRefs(run, { query: text, types: ["RESOURCE"], limit: TEXT_MATCHES })).map((hit) => hit.ref);
      let driver: Driver;
      if (textRefs !== null) driver = "text";
      else if (setFacets.length === 0)
        driver = kinds !== null && years.yearFrom === null && years.yearTo === null ? "kinds" : "years";
      else if (setFacets.length === 1) driver = setFacets[0]!;
      else {
        const sizes = parseQueryRow(sizesRow, (await run(facetSizesStatement, ids))[0], "facet sizes");
        driver = setFacets.reduce((best, f) => ((sizes[f] ?? Infinity) < (sizes[best] ?? Infinity) ? f : best));
      }
      // The year facet drives only alone, and then as a closed range the year index can seek.
      const yearParams =
        driver === "years" ? { yearFrom: years.yearFrom ?? YEARS.from, yearTo: years.yearTo ?? YEARS.to } : years;
      [row] = await run(scopedStatements[driver], { ...ids, ...yearParams, kinds, textRefs, labels, limit });
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
