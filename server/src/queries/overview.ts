import { z } from "zod";
import type { GraphFilter, Subgraph } from "../__generated__/resolvers-types.js";
import { statement, type GraphReader } from "../neo4j/read.js";
import { loadEdgesAmong, loadNodes } from "./elements.js";
import { ENTITY, REL, labelsFor, parseQueryRow } from "./graph-model.js";
import { searchRefs } from "./search.js";

/** How many full-text matches the text facet considers. */
const TEXT_MATCHES = 1000;

/**
 * Facets select resources; the drawing is those resources plus the non-resource nodes they
 * link to (a resource the facets did not select never sneaks in as a neighbour). With no facet
 * at all, every entity is a candidate. Either way `types` decides what is drawn, selected
 * resources come before their neighbours, and better-connected nodes come first, so a cut
 * overview keeps its hubs. A null parameter means "this facet is not set".
 */
const overviewStatement = statement(
  `CALL () {
     MATCH (r:Resource)
     WHERE ($restraintTypes IS NULL OR EXISTS { (r)-[:ADDRESSES]->(x:RestraintType) WHERE x.id IN $restraintTypes })
       AND ($settings IS NULL OR EXISTS { (r)-[:FOR_SETTING]->(x:Setting) WHERE x.id IN $settings })
       AND ($audiences IS NULL OR EXISTS { (r)-[:FOR_AUDIENCE]->(x:Audience) WHERE x.id IN $audiences })
       AND ($jurisdictions IS NULL OR EXISTS { (r)-[:APPLIES_IN]->(x:Jurisdiction) WHERE x.id IN $jurisdictions })
       AND ($organisations IS NULL OR EXISTS {
             (r)-[:PUBLISHED_BY|COMMISSIONED_BY|DEVELOPED_WITH]->(x:Organisation) WHERE x.id IN $organisations })
       AND ($kinds IS NULL OR r.kind IN $kinds)
       AND ($yearFrom IS NULL OR r.year >= $yearFrom)
       AND ($yearTo IS NULL OR r.year <= $yearTo)
       AND ($textRefs IS NULL OR elementId(r) IN $textRefs)
     RETURN collect(r) AS selected
   }
   CALL (selected) {
     UNWIND selected AS n
     RETURN n, true AS isSelected
     UNION
     WITH selected WHERE $scoped
     UNWIND selected AS r
     MATCH (r)-[:${REL}]-(n:${ENTITY})
     WHERE NOT n:Resource
     RETURN DISTINCT n, false AS isSelected
     UNION
     WITH selected WHERE NOT $scoped
     MATCH (n:${ENTITY})
     WHERE NOT n:Resource
     RETURN n, false AS isSelected
   }
   WITH n, isSelected
   WHERE $labels IS NULL OR any(l IN labels(n) WHERE l IN $labels)
   WITH n, isSelected, COUNT { (n)-[:${REL}]-() } AS degree
   ORDER BY isSelected DESC, degree DESC, toLower(coalesce(n.title, n.name)) ASC
   WITH collect(elementId(n)) AS ranked
   RETURN ranked[0..$limit] AS drawn, size(ranked) AS total`,
  {
    restraintTypes: null as string[] | null,
    settings: null as string[] | null,
    audiences: null as string[] | null,
    jurisdictions: null as string[] | null,
    organisations: null as string[] | null,
    kinds: null as string[] | null,
    yearFrom: null as number | null,
    yearTo: null as number | null,
    textRefs: [] as string[] | null,
    scoped: true,
    labels: null as string[] | null,
    limit: 1,
  },
);

const overviewRow = z.object({ drawn: z.array(z.string()), total: z.number().int() });

export interface OverviewArgs {
  filter: GraphFilter | null | undefined;
  limit: number;
}

const listOrNull = (ids: readonly string[] | null | undefined): string[] | null =>
  ids && ids.length > 0 ? [...ids] : null;

export function overview(graph: GraphReader, { filter, limit }: OverviewArgs): Promise<Subgraph> {
  const text = filter?.text?.trim() ? filter.text.trim() : null;
  const facets = {
    restraintTypes: listOrNull(filter?.restraintTypes),
    settings: listOrNull(filter?.settings),
    audiences: listOrNull(filter?.audiences),
    jurisdictions: listOrNull(filter?.jurisdictions),
    organisations: listOrNull(filter?.organisations),
    kinds: listOrNull(filter?.kinds),
    yearFrom: filter?.yearFrom ?? null,
    yearTo: filter?.yearTo ?? null,
  };
  const scoped = text !== null || Object.values(facets).some((v) => v !== null);

  return graph.transaction(async (run) => {
    const textRefs =
      text === null
        ? null
        : (await searchRefs(run, { query: text, types: ["RESOURCE"], limit: TEXT_MATCHES })).map((hit) => hit.ref);
    const [row] = await run(overviewStatement, {
      ...facets,
      textRefs,
      scoped,
      labels: labelsFor(filter?.types),
      limit,
    });
    const { drawn, total } = parseQueryRow(overviewRow, row, "overview");
    return {
      nodes: await loadNodes(run, drawn),
      edges: await loadEdgesAmong(run, drawn),
      truncated: total > drawn.length,
      total,
      moreByType: null,
    };
  });
}
