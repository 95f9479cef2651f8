import { z } from "zod";
import type { NodeType, Subgraph, TypeCount } from "../__generated__/resolvers-types.js";
import { statement, type GraphReader } from "../neo4j/read.js";
import { findRef, loadEdgesAmong, loadNodes } from "./elements.js";
import { REL, labelOf, labelsFor, nodeTypes, parseQueryRow, placedRef, relationshipTypes } from "./graph-model.js";
import { emptySubgraph } from "./subgraph.js";

/**
 * Breadth-first from the focus over curated relationships in either direction; NODE_GLOBAL
 * uniqueness visits each node once, at its shortest distance, so a hub's depth-3 neighbourhood
 * costs one visit per node rather than one per path. Neighbours are ranked nearest first, then
 * by how many relationships tie them to the focus, then by how connected they are overall.
 */
const neighboursStatement = statement(
  `MATCH (focus) WHERE elementId(focus) = $focus
   CALL apoc.path.expandConfig(focus, {
     minLevel: 1, maxLevel: $depth, uniqueness: "NODE_GLOBAL", bfs: true, relationshipFilter: $relationshipFilter
   }) YIELD path
   WITH focus, last(nodes(path)) AS m, length(path) AS distance
   WHERE $labels IS NULL OR any(l IN labels(m) WHERE l IN $labels)
   WITH m, distance, COUNT { (m)-[:${REL}]-(focus) } AS links, COUNT { (m)-[:${REL}]-() } AS degree
   ORDER BY distance ASC, links DESC, degree DESC, toLower(coalesce(m.title, m.name)) ASC
   WITH collect({ref: elementId(m), distance: distance, label: [l IN labels(m) WHERE l IN $entityLabels][0]}) AS ranked
   RETURN ranked[0..$keep] AS kept, size(ranked) AS total, [x IN ranked[$keep..] | x.label] AS leftOut`,
  {
    focus: "",
    depth: 1,
    labels: null as string[] | null,
    keep: 0,
    relationshipFilter: relationshipTypes.join("|"),
    entityLabels: Object.values(labelOf),
  },
);

const neighboursRow = z.object({
  kept: z.array(placedRef),
  total: z.number().int(),
  leftOut: z.array(z.string().nullable()),
});

export interface NeighbourhoodArgs {
  id: string;
  depth: number;
  types?: readonly NodeType[] | null;
  /** Maximum number of nodes returned, the focus included. */
  limit: number;
}

export function neighbourhood(graph: GraphReader, args: NeighbourhoodArgs): Promise<Subgraph> {
  return graph.transaction(async (run) => {
    const focus = await findRef(run, args.id);
    if (focus === null) return emptySubgraph();
    const [row] = await run(neighboursStatement, {
      focus,
      depth: args.depth,
      labels: labelsFor(args.types),
      keep: args.limit - 1,
      relationshipFilter: relationshipTypes.join("|"),
      entityLabels: Object.values(labelOf),
    });
    const { kept, total, leftOut } = parseQueryRow(neighboursRow, row, "neighbourhood");
    const distance = new Map<string, number>([[focus, 0], ...kept.map((k) => [k.ref, k.distance] as const)]);
    const refs = [...distance.keys()];
    const nodes = await loadNodes(run, refs, (ref) => ({ distance: distance.get(ref) ?? null }));
    return {
      nodes,
      edges: await loadEdgesAmong(run, refs),
      truncated: leftOut.length > 0,
      total: total + 1,
      moreByType: countByType(leftOut),
    };
  });
}

/** Per node type, how many of the given labels there are; types with none are left out. */
function countByType(labels: readonly (string | null)[]): TypeCount[] {
  return nodeTypes
    .map((type) => ({ type, count: labels.filter((l) => l === labelOf[type]).length }))
    .filter((c) => c.count > 0);
}
