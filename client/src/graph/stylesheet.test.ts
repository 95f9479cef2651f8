import { afterEach, describe, expect, it } from "vitest";
import type { NodeType } from "../__generated__/graphql";
import { createGraph, destroyGraph, type Core } from "./cytoscape-instance";
import { toElements } from "./elements";
import { graphStylesheet } from "./stylesheet";
import { edge, sampleGraph } from "./test-fixtures";
import { EDGE_TYPE_LOOK, NODE_TYPE_LOOK, NODE_TYPES } from "./visual-encoding";

let cy: Core | undefined;
afterEach(() => {
  if (cy) destroyGraph(cy);
  cy = undefined;
});

/** Headless Cytoscape computes styles without a canvas, as cytoscape.js tests itself. */
function headless(): Core {
  cy = createGraph({ headless: true, style: graphStylesheet(), elements: toElements(sampleGraph) });
  return cy;
}

describe("visual encoding", () => {
  it("gives every node type its own shape, so colour is never the only cue", () => {
    const shapes = NODE_TYPES.map((t) => NODE_TYPE_LOOK[t].shape);
    expect(new Set(shapes).size).toBe(NODE_TYPES.length);
  });

  it("gives every node type its own colour", () => {
    const colours = NODE_TYPES.map((t) => NODE_TYPE_LOOK[t].colour);
    expect(new Set(colours).size).toBe(NODE_TYPES.length);
  });

  it("tells the relationship types apart by dash pattern or arrow, not only colour", () => {
    const signatures = Object.values(EDGE_TYPE_LOOK).map((l) => `${l.dash.join("-")}|${l.arrow}|${l.width}`);
    expect(new Set(signatures).size).toBe(signatures.length);
  });
});

describe("graphStylesheet on a headless instance", () => {
  it("draws each node with its type's shape and colour", () => {
    const graph = headless();
    for (const n of graph.nodes()) {
      const look = NODE_TYPE_LOOK[n.data("type") as NodeType];
      expect(n.style("shape")).toBe(look.shape);
      expect(n.style("background-color")).toBe(hexToRgb(look.colour));
    }
  });

  it("draws DERIVES_FROM solid and PUBLISHED_BY with its arrow, and hides edge labels until asked", () => {
    const graph = headless();
    const derives = graph.getElementById("DERIVES_FROM:checklist->six-core-strategies");
    expect(derives.style("line-style")).toBe("solid");
    expect(derives.style("label")).toBe("");
    derives.addClass("labelled");
    expect(derives.style("label")).toBe("adapts");
    expect(graph.getElementById("PUBLISHED_BY:checklist->mersey-care").style("target-arrow-shape")).toBe("vee");
  });

  it("draws a link its quote does not state fainter, with a hollow circle at its middle, and a stated one without", () => {
    const data = {
      nodes: sampleGraph.nodes,
      edges: [
        edge({ type: "PUBLISHED_BY", source: "checklist", target: "mersey-care" }),
        edge({
          type: "DERIVES_FROM",
          source: "checklist",
          target: "six-core-strategies",
          how: "IMPLEMENTS",
          basis: "TITLE",
        }),
      ],
    };
    cy = createGraph({ headless: true, style: graphStylesheet(), elements: toElements(data) });
    const stated = cy.getElementById("PUBLISHED_BY:checklist->mersey-care");
    const titled = cy.getElementById("DERIVES_FROM:checklist->six-core-strategies");
    expect(stated.style("mid-target-arrow-shape")).toBe("none");
    expect(titled.style("mid-target-arrow-shape")).toBe("circle");
    expect(titled.style("mid-target-arrow-fill")).toBe("hollow");
    expect(Number(titled.style("opacity"))).toBeLessThan(Number(stated.style("opacity")));
    // Where labels are drawn (lineage, paths), the weaker link says so in words as well.
    titled.addClass("labelled");
    expect(titled.style("label")).toBe("implements (from title)");
  });

  it("dashes the context relationships", () => {
    cy = createGraph({
      headless: true,
      style: graphStylesheet(),
      elements: [
        { data: { id: "a", type: "RESOURCE", label: "a", degree: 1 } },
        { data: { id: "b", type: "SETTING", label: "b", degree: 1 } },
        { data: { id: "e", source: "a", target: "b", type: "FOR_SETTING", label: "for setting" } },
      ],
    });
    expect(cy.getElementById("e").style("line-style")).toBe("dashed");
  });
});

function hexToRgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255})`;
}
