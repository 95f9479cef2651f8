import type { GraphFilter, Subgraph } from "../__generated__/resolvers-types.js";
import type { GraphReader } from "../neo4j/read.js";
import {
  ENTITY,
  REL,
  edgeProjection,
  intColumn,
  labelsFor,
  listColumn,
  nodeProjection,
  toGraphEdges,
  toGraphNode,
} from "./graph-model.js";
import { searchInTransaction } from "./search.js";
import { edgesWithin } from "./subgraph.js";

/** How many full-text matches the text facet considers. */
const TEXT_MATCHES = 1000;

/**
 * Facets select resources; the drawing is those resources plus the nodes they link to. With no
 * facet at all, every entity is a candidate. Either way `types` decides what is drawn, selected
 * resources come before their neighbours, and better-connected nodes come first, so a cut
 * overview keeps its hubs. A null parameter means "this facet is not set".
 */
const cypher = `
  CALL () {
    MATCH (r:Resource)
    WHERE ($restraintTypes IS NULL OR EXISTS { (r)-[:ADDRESSES]->(x:RestraintType) WHERE x.id IN $restraintTypes })
      AND ($settings IS NULL OR EXISTS { (r)-[:FOR_SETTING]->(x:Setting) WHERE x.id IN $settings })
      AND ($audiences IS NULL OR EXISTS { (r)-[:FOR_AUDIENCE]->(x:Audience) WHERE x.id IN $audiences })
      AND ($jurisdictions IS NULL OR EXISTS { (r)-[:APPLIES_IN]->(x:Jurisdiction) WHERE x.id IN $jurisdictions })
      AND ($organisations IS NULL OR EXISTS {
            (r)-[:PUBLISHED_BY|COMMISSIONED_BY|DEVELOPED_WITH]->(x:Organisation) WHERE x.id IN $organisations })
      AND ($yearFrom IS NULL OR r.year >= $yearFrom)
      AND ($yearTo IS NULL OR r.year <= $yearTo)
      AND ($textIds IS NULL OR r.id IN $textIds)
    RETURN collect(r) AS selected
  }
  CALL (selected) {
    UNWIND selected AS n
    RETURN n, true AS isSelected
    UNION
    WITH selected WHERE $scoped
    UNWIND selected AS r
    MATCH (r)-[:${REL}]-(n:${ENTITY})
    WHERE NOT n IN selected
    RETURN DISTINCT n, false AS isSelected
    UNION
    WITH selected WHERE NOT $scoped
    MATCH (n:${ENTITY})
    WHERE NOT n:Resource
    RETURN n, false AS isSelected
  }
  WITH n, isSelected
  WHERE $labels IS NULL OR any(l IN labels(n) WHERE l IN $labels)
  WITH n, isSelected, COUNT { (n)-[:${REL}]-(:${ENTITY}) } AS degree
  ORDER BY isSelected DESC, degree DESC, toLower(coalesce(n.title, n.name)) ASC
  WITH collect(n) AS ranked
  WITH ranked[0..$limit] AS drawn, size(ranked) AS total
  CALL (drawn) {
    UNWIND drawn AS n
    RETURN collect(${nodeProjection("n")}) AS nodes
  }
  CALL (drawn) {
    UNWIND drawn AS a
    MATCH (a)-[e:${REL}]->(b)
    WHERE b IN drawn
    RETURN collect(${edgeProjection("e")}) AS edges
  }
  RETURN nodes, edges, total
`;

export interface OverviewArgs {
  filter: GraphFilter | null | undefined;
  limit: number;
}

const listOrNull = (ids: readonly string[] | null | undefined): readonly string[] | null =>
  ids && ids.length > 0 ? ids : null;

export async function overview(graph: GraphReader, { filter, limit }: OverviewArgs): Promise<Subgraph> {
  const text = filter?.text?.trim() ? filter.text.trim() : null;
  const facets = {
    restraintTypes: listOrNull(filter?.restraintTypes),
    settings: listOrNull(filter?.settings),
    audiences: listOrNull(filter?.audiences),
    jurisdictions: listOrNull(filter?.jurisdictions),
    organisations: listOrNull(filter?.organisations),
    yearFrom: filter?.yearFrom ?? null,
    yearTo: filter?.yearTo ?? null,
  };
  const scoped = text !== null || Object.values(facets).some((v) => v !== null);

  return graph.transaction(async (run) => {
    const textIds =
      text === null
        ? null
        : (await searchInTransaction(run, { query: text, types: ["RESOURCE"], limit: TEXT_MATCHES })).map((n) => n.id);
    const rows = await run(cypher, { ...facets, textIds, scoped, labels: labelsFor(filter?.types), limit });
    const row = rows[0];
    const nodes = listColumn(row, "nodes").map((n) => toGraphNode(n));
    const total = intColumn(row, "total");
    return {
      nodes,
      edges: edgesWithin(nodes, toGraphEdges(listColumn(row, "edges"))),
      truncated: total > nodes.length,
      total,
      moreByType: null,
    };
  });
}
