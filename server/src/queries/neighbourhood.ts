import type { NodeType, Subgraph, TypeCount } from "../__generated__/resolvers-types.js";
import type { GraphReader } from "../neo4j/read.js";
import {
  ENTITY,
  REL,
  edgeProjection,
  intColumn,
  labelOf,
  labelsFor,
  listColumn,
  nodeProjection,
  nodeTypes,
  relationshipTypes,
  toGraphEdges,
  toGraphNode,
  toPlacedNode,
} from "./graph-model.js";
import { edgesWithin, emptySubgraph } from "./subgraph.js";

/**
 * Breadth-first from the focus over curated relationships in either direction; NODE_GLOBAL
 * uniqueness visits each node once, at its shortest distance, so a hub's depth-3 neighbourhood
 * costs one visit per node rather than one per path. Neighbours are ranked nearest first, then
 * by how many relationships tie them to the focus, then by how connected they are overall.
 */
const cypher = `
  MATCH (focus:${ENTITY} {id: $id})
  CALL (focus) {
    CALL apoc.path.expandConfig(focus, {
      minLevel: 1, maxLevel: $depth, uniqueness: "NODE_GLOBAL", bfs: true, relationshipFilter: $relationshipFilter
    }) YIELD path
    WITH last(nodes(path)) AS m, length(path) AS distance
    WHERE m:${ENTITY} AND ($labels IS NULL OR any(l IN labels(m) WHERE l IN $labels))
    WITH m, distance,
         COUNT { (m)-[:${REL}]-(focus) } AS links,
         COUNT { (m)-[:${REL}]-(:${ENTITY}) } AS degree
    ORDER BY distance ASC, links DESC, degree DESC, toLower(coalesce(m.title, m.name)) ASC
    RETURN collect({node: m, distance: distance}) AS ranked
  }
  WITH focus, ranked[0..$keep] AS kept, size(ranked) AS total,
       [x IN ranked[$keep..] | [l IN labels(x.node) WHERE l IN $entityLabels][0]] AS leftOut
  CALL (kept) {
    UNWIND kept AS k
    WITH k.node AS m, k.distance AS distance
    RETURN collect({node: ${nodeProjection("m")}, distance: distance}) AS neighbours
  }
  CALL (focus, kept) {
    WITH [focus] + [k IN kept | k.node] AS drawn
    UNWIND drawn AS a
    MATCH (a)-[e:${REL}]->(b)
    WHERE b IN drawn
    RETURN collect(${edgeProjection("e")}) AS edges
  }
  RETURN ${nodeProjection("focus")} AS focus, neighbours, total, leftOut, edges
`;

export interface NeighbourhoodArgs {
  id: string;
  depth: number;
  types?: readonly NodeType[] | null;
  /** Maximum number of nodes returned, the focus included. */
  limit: number;
}

export async function neighbourhood(graph: GraphReader, args: NeighbourhoodArgs): Promise<Subgraph> {
  const rows = await graph.read(cypher, {
    id: args.id,
    depth: args.depth,
    labels: labelsFor(args.types),
    keep: args.limit - 1,
    relationshipFilter: relationshipTypes.join("|"),
    entityLabels: Object.values(labelOf),
  });
  const row = rows[0];
  if (!row) return emptySubgraph();

  const focus = toGraphNode(row.focus, { distance: 0 });
  const neighbours = listColumn(row, "neighbours").map(toPlacedNode);
  const nodes = [focus, ...neighbours];
  const leftOut = listColumn(row, "leftOut");
  return {
    nodes,
    edges: edgesWithin(nodes, toGraphEdges(listColumn(row, "edges"))),
    truncated: leftOut.length > 0,
    total: intColumn(row, "total") + 1,
    moreByType: countByType(leftOut),
  };
}

/** Per node type, how many of the given labels there are; types with none are left out. */
function countByType(labels: readonly unknown[]): TypeCount[] {
  return nodeTypes
    .map((type) => ({ type, count: labels.filter((l) => l === labelOf[type]).length }))
    .filter((c) => c.count > 0);
}
