import { MultiDirectedGraph } from "graphology";
import { parse } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import type { GraphFileEdge, GraphFileNode } from "@rrn/common/graph-files";
import { toGexf } from "./gexf.js";

const nodes: GraphFileNode[] = [
  {
    id: "a",
    label: 'Guide "A" & <friends>',
    type: "RESOURCE",
    kind: "GUIDANCE",
    year: 2019,
    degree: 2,
    colour: "#3a6ea5",
    x: 1.5,
    y: -2,
  },
  { id: "b", label: "B", type: "FRAMEWORK", kind: null, year: null, degree: 1, colour: "#6b4c9a" },
];
const edges: GraphFileEdge[] = [
  {
    id: "DERIVES_FROM:a->b",
    source: "a",
    target: "b",
    type: "DERIVES_FROM",
    how: "ADAPTS",
    basis: "INFERRED",
    evidence: "It adapts the B approach",
    sourceDoc: "rrn",
    reasoning: "Read as an adaptation.",
    colour: "#2f3b48",
  },
  // An end the view did not draw: left out, as the canvas leaves it out.
  { id: "ADDRESSES:a->gone", source: "a", target: "gone", type: "ADDRESSES", how: null, basis: "STATED" },
];
const meta = { graphVersion: "v1", title: "Lineage of B", view: "/node/b/lineage", truncated: false };

describe("GEXF", () => {
  it("is GEXF 1.3 that graphology-gexf reads back with the same nodes, edges, looks and attributes", () => {
    const xml = toGexf(meta, nodes, edges);
    expect(xml).toContain('version="1.3"');
    const graph = parse(MultiDirectedGraph, xml);
    expect(graph.order).toBe(2);
    expect(graph.size).toBe(1);
    expect(graph.getNodeAttributes("a")).toMatchObject({
      label: 'Guide "A" & <friends>',
      type: "RESOURCE",
      kind: "GUIDANCE",
      year: 2019,
      color: "#3a6ea5",
      x: 1.5,
      y: -2,
    });
    // No position where the view has none, and no empty attribute for a missing kind or year.
    expect(graph.getNodeAttributes("b")).not.toHaveProperty("x");
    expect(graph.getNodeAttributes("b")).not.toHaveProperty("kind");
    expect(graph.getEdgeAttributes("DERIVES_FROM:a->b")).toMatchObject({
      relationship: "DERIVES_FROM",
      how: "ADAPTS",
      basis: "INFERRED",
      evidence: "It adapts the B approach",
      color: "#2f3b48",
    });
    expect(graph.getAttribute("description")).toContain("graph version v1");
  });
});
