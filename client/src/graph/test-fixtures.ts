import type { GraphData, GraphEdge, GraphNode } from "./elements";

/** Small graph in the API's shape, for unit tests: a framework, two derived resources, an org. */
export function node(partial: Partial<GraphNode> & Pick<GraphNode, "id" | "type">): GraphNode {
  return {
    label: partial.id,
    kind: null,
    year: null,
    degree: 1,
    distance: null,
    ...partial,
  };
}

/** An edge as the canvas gets it, with its provenance as the list view and exports add it. */
export type EdgeWithProvenance = GraphEdge & {
  evidence: string | null;
  sourceDoc: string | null;
  generalKnowledge: boolean;
  reasoning: string | null;
};

export function edge(
  partial: Partial<EdgeWithProvenance> & Pick<GraphEdge, "type" | "source" | "target">,
): EdgeWithProvenance {
  return {
    id: `${partial.type}:${partial.source}->${partial.target}`,
    how: null,
    evidence: null,
    sourceDoc: "rrn-tools-and-resources",
    generalKnowledge: false,
    basis: "STATED",
    reasoning: null,
    annotation: false,
    ...partial,
  };
}

export const sampleGraph: GraphData = {
  nodes: [
    node({ id: "six-core-strategies", type: "FRAMEWORK", label: "Six Core Strategies", degree: 6 }),
    node({ id: "restrain-yourself-toolkit", type: "RESOURCE", label: "REsTRAIN Yourself Toolkit", kind: "TOOLKIT" }),
    node({ id: "checklist", type: "RESOURCE", label: "Six Core Strategies checklist", year: 2011 }),
    node({ id: "mersey-care", type: "ORGANISATION", label: "Mersey Care NHS Foundation Trust" }),
  ],
  edges: [
    edge({
      type: "DERIVES_FROM",
      source: "restrain-yourself-toolkit",
      target: "six-core-strategies",
      how: "ENCOMPASSES",
      evidence: "The 'REsTRAIN Yourself' toolkit encompasses the Six Core Strategies",
    }),
    edge({ type: "DERIVES_FROM", source: "checklist", target: "six-core-strategies", how: "ADAPTS" }),
    edge({ type: "PUBLISHED_BY", source: "checklist", target: "mersey-care" }),
    // Its far end was cut by a limit: must not reach Cytoscape.
    edge({ type: "REFERENCES", source: "checklist", target: "not-in-result" }),
  ],
  truncated: true,
  total: 40,
};
