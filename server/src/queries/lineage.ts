import type { LineageDirection, Subgraph } from "../__generated__/resolvers-types.js";
import type { GraphReader } from "../neo4j/read.js";
import {
  ENTITY,
  edgeProjection,
  intColumn,
  listColumn,
  nodeProjection,
  toGraphEdges,
  toGraphNode,
  toPlacedNode,
} from "./graph-model.js";
import { edgesWithin, emptySubgraph } from "./subgraph.js";

/** Relationships drawn beside the lineage tree, marked `annotation`, rather than part of it. */
const ANNOTATIONS = ["DESCRIBES", "EVALUATES"];

/**
 * The tree: every node with a DERIVES_FROM path to the focus (downstream: follow incoming
 * edges) or from it (upstream: outgoing), each once at its shortest distance. Then every
 * DERIVES_FROM edge among the tree's nodes (a DAG can join branches), and the DESCRIBES and
 * EVALUATES edges that touch the tree, with the nodes at their other ends.
 */
const cypher = `
  MATCH (focus:${ENTITY} {id: $id})
  CALL (focus) {
    CALL apoc.path.expandConfig(focus, {
      minLevel: 1, maxLevel: $maxDepth, uniqueness: "NODE_GLOBAL", bfs: true, relationshipFilter: $relationshipFilter
    }) YIELD path
    WITH last(nodes(path)) AS m, length(path) AS distance
    WHERE m:${ENTITY}
    WITH m, distance
    ORDER BY distance ASC, toLower(coalesce(m.title, m.name)) ASC
    RETURN collect({node: m, distance: distance}) AS ranked
  }
  WITH focus, ranked[0..$keep] AS kept, size(ranked) AS total
  WITH focus, kept, total, [focus] + [k IN kept | k.node] AS tree
  CALL (kept) {
    UNWIND kept AS k
    WITH k.node AS m, k.distance AS distance
    RETURN collect({node: ${nodeProjection("m")}, distance: distance}) AS members
  }
  CALL (tree) {
    UNWIND tree AS a
    MATCH (a)-[e:DERIVES_FROM]->(b)
    WHERE b IN tree
    RETURN collect(${edgeProjection("e")}) AS treeEdges
  }
  CALL (tree) {
    UNWIND tree AS a
    MATCH (a)-[e:DESCRIBES|EVALUATES]-(b:${ENTITY})
    RETURN collect(${edgeProjection("e")}) AS annotationEdges, collect(DISTINCT b) AS ends
  }
  CALL (tree, ends) {
    UNWIND [b IN ends WHERE NOT b IN tree] AS b
    WITH b ORDER BY toLower(coalesce(b.title, b.name)) ASC
    RETURN collect({node: ${nodeProjection("b")}, distance: null}) AS besideNodes
  }
  RETURN ${nodeProjection("focus")} AS focus, members, total, treeEdges, annotationEdges, besideNodes
`;

export interface LineageArgs {
  id: string;
  direction: LineageDirection;
  maxDepth: number;
  /** Maximum number of nodes returned: the focus, then the tree, then nodes beside it. */
  limit: number;
}

export async function lineage(graph: GraphReader, args: LineageArgs): Promise<Subgraph> {
  const rows = await graph.read(cypher, {
    id: args.id,
    maxDepth: args.maxDepth,
    keep: args.limit - 1,
    relationshipFilter: args.direction === "DOWNSTREAM" ? "<DERIVES_FROM" : "DERIVES_FROM>",
  });
  const row = rows[0];
  if (!row) return emptySubgraph();

  const tree = [toGraphNode(row.focus, { distance: 0 }), ...listColumn(row, "members").map(toPlacedNode)];
  const beside = listColumn(row, "besideNodes").map(toPlacedNode);
  const room = Math.max(0, args.limit - tree.length);
  const nodes = [...tree, ...beside.slice(0, room)];
  const edges = [
    ...toGraphEdges(listColumn(row, "treeEdges")),
    ...toGraphEdges(listColumn(row, "annotationEdges"), (type) => ANNOTATIONS.includes(type)),
  ];
  const total = intColumn(row, "total") + 1 + beside.length;
  return {
    nodes,
    edges: edgesWithin(nodes, edges),
    truncated: total > nodes.length,
    total,
    moreByType: null,
  };
}
