import { Kind, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";
import type { Projection } from "../queries/graph-model.js";

/**
 * The GraphNode and GraphEdge fields the canvas projection holds (../queries/graph-model.ts).
 * A request that reads only these (the canvas views do) is answered from the slim projection:
 * fewer properties read and sent from Neo4j; anything else asked for gets the full one.
 */
const CANVAS_NODE_FIELDS = new Set([
  "__typename",
  "id",
  "type",
  "label",
  "kind",
  "year",
  "degree",
  "distance",
  "score",
]);
const CANVAS_EDGE_FIELDS = new Set(["__typename", "id", "type", "source", "target", "how", "basis", "annotation"]);

/** What of the resolver's info the projection reads (all a test has to build). */
export type SelectionInfo = Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">;

/** Names of the fields selected at `path` below the resolved field, fragments expanded. */
function fieldsAt(info: SelectionInfo, path: readonly string[]): Set<string> {
  const found = new Set<string>();
  const visit = (set: SelectionSetNode | undefined, depth: number, seen: Set<string>): void => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (depth === path.length) found.add(selection.name.value);
        else if (selection.name.value === path[depth]) visit(selection.selectionSet, depth + 1, seen);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, depth, seen);
      } else {
        const name = selection.name.value;
        const fragment: FragmentDefinitionNode | undefined = info.fragments[name];
        if (fragment && !seen.has(name)) visit(fragment.selectionSet, depth, new Set([...seen, name]));
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet, 0, new Set());
  return found;
}

const beyond = (asked: Set<string>, canvas: Set<string>): boolean => [...asked].some((f) => !canvas.has(f));

/**
 * What a graph query must project for this request: `nodes` and `edges` are where GraphNodes and
 * GraphEdges sit below the resolved field ([] when it returns them itself).
 */
export function projectionFor(
  info: SelectionInfo,
  at: { nodes: readonly (readonly string[])[]; edges?: readonly (readonly string[])[] },
): Projection {
  return {
    nodeDetail: at.nodes.some((path) => beyond(fieldsAt(info, path), CANVAS_NODE_FIELDS)),
    edgeProvenance: (at.edges ?? []).some((path) => beyond(fieldsAt(info, path), CANVAS_EDGE_FIELDS)),
  };
}

/** Where a Subgraph holds its nodes and edges. */
export const SUBGRAPH = { nodes: [["nodes"]], edges: [["edges"]] } as const;
