import type { GraphFileEdge, GraphFileNode, NodeLinkMeta } from "@rrn/common/graph-files";
import { MultiDirectedGraph } from "graphology";
import { write } from "graphology-gexf";

/** Node size in GEXF's viz: the canvas's, by degree, is a drawing choice; Gephi re-sizes anyway. */
const NODE_SIZE = 10;

/**
 * GEXF 1.3, as Gephi and Gephi Lite open it: each node's label, type and kind as attributes and
 * its colour and position as `viz:`; each edge's relationship, how, basis and evidence as
 * attributes and its colour. Written by graphology-gexf (see the server's README), from a
 * graphology graph so ids, escaping and the attribute model are the library's, not ours.
 */
export function toGexf(meta: NodeLinkMeta, nodes: readonly GraphFileNode[], edges: readonly GraphFileEdge[]): string {
  const graph = new MultiDirectedGraph();
  graph.replaceAttributes({
    creator: "RRN resource explorer",
    description: `${meta.title} (${meta.view}), graph version ${meta.graphVersion}${meta.truncated ? ", cut to the view's limit" : ""}`,
  });
  for (const n of nodes) graph.addNode(n.id, n);
  for (const e of edges) {
    // A relationship whose end the view did not draw is not drawn either (the canvas drops it).
    if (graph.hasNode(e.source) && graph.hasNode(e.target)) graph.addEdgeWithKey(e.id, e.source, e.target, e);
  }
  return write(graph, {
    version: "1.3",
    formatNode: (_key, n) => {
      const node = n as GraphFileNode;
      return {
        label: node.label,
        attributes: withoutEmpty({ type: node.type, kind: node.kind, year: node.year, degree: node.degree }),
        viz: {
          size: NODE_SIZE,
          ...(node.colour ? { color: node.colour } : {}),
          ...(node.x !== undefined && node.y !== undefined ? { x: node.x, y: node.y } : {}),
        },
      };
    },
    formatEdge: (_key, e) => {
      const edge = e as GraphFileEdge;
      return {
        label: edge.type,
        attributes: withoutEmpty({
          relationship: edge.type,
          how: edge.how,
          basis: edge.basis,
          evidence: edge.evidence,
          source_doc: edge.sourceDoc,
          reasoning: edge.reasoning,
        }),
        ...(edge.colour ? { viz: { color: edge.colour } } : {}),
      };
    },
  });
}

/** Attributes with no value are left out rather than written empty (an int column cannot hold ""). */
function withoutEmpty(values: Record<string, string | number | null | undefined>): Record<string, string | number> {
  const kept: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(values)) if (value !== null && value !== undefined) kept[key] = value;
  return kept;
}
