import { afterEach, describe, expect, it } from "vitest";
import { createGraph, destroyGraph, type Core } from "./cytoscape-instance";
import { toElements } from "./elements";
import { applyPathHighlight, applySelection, markHubs, withAllLabels } from "./highlight";
import { graphStylesheet } from "./stylesheet";
import { sampleGraph } from "./test-fixtures";

let cy: Core | undefined;
afterEach(() => {
  if (cy) destroyGraph(cy);
  cy = undefined;
});

describe("applySelection", () => {
  it("selects the node, keeps its neighbours and fades the rest", () => {
    cy = createGraph({ headless: true, style: graphStylesheet(), elements: toElements(sampleGraph) });
    applySelection(cy, "restrain-yourself-toolkit");
    expect(cy.$(":selected").map((n) => n.id())).toEqual(["restrain-yourself-toolkit"]);
    const faded = cy
      .nodes(".faded")
      .map((n) => n.id())
      .sort();
    expect(faded).toEqual(["checklist", "mersey-care"]);
    expect(
      cy.getElementById("DERIVES_FROM:restrain-yourself-toolkit->six-core-strategies").hasClass("neighbour-edge"),
    ).toBe(true);
  });

  it("selects the view's focus without fading anything", () => {
    cy = createGraph({ headless: true, style: graphStylesheet(), elements: toElements(sampleGraph) });
    applySelection(cy, "checklist");
    applySelection(cy, "restrain-yourself-toolkit", "restrain-yourself-toolkit");
    expect(cy.$(":selected").map((n) => n.id())).toEqual(["restrain-yourself-toolkit"]);
    expect(cy.elements(".faded").length).toBe(0);
    applySelection(cy, "checklist", "restrain-yourself-toolkit");
    expect(cy.elements(".faded").length).toBeGreaterThan(0);
  });

  it("clears everything when nothing is selected, and ignores unknown ids", () => {
    cy = createGraph({ headless: true, style: graphStylesheet(), elements: toElements(sampleGraph) });
    applySelection(cy, "checklist");
    applySelection(cy, undefined);
    expect(cy.elements(".faded").length).toBe(0);
    applySelection(cy, "gone");
    expect(cy.$(":selected").length).toBe(0);
  });
});

describe("applyPathHighlight", () => {
  it("marks every edge on the path and both ends", () => {
    cy = createGraph({ headless: true, style: graphStylesheet(), elements: toElements(sampleGraph) });
    applyPathHighlight(cy, ["restrain-yourself-toolkit", "mersey-care"]);
    expect(cy.edges(".on-path").length).toBe(cy.edges().length);
    expect(
      cy
        .nodes(".path-end")
        .map((n) => n.id())
        .sort(),
    ).toEqual(["mersey-care", "restrain-yourself-toolkit"]);
  });
});

describe("markHubs", () => {
  it("marks well-connected nodes only when the graph is large", () => {
    cy = createGraph({ headless: true, style: graphStylesheet(), elements: toElements(sampleGraph) });
    cy.getElementById("six-core-strategies").data("degree", 12);
    markHubs(cy);
    expect(cy.nodes(".hub").length).toBe(0);
    cy.add(
      Array.from({ length: 90 }, (_, i) => ({
        group: "nodes" as const,
        data: { id: `n${i}`, type: "RESOURCE", label: "x", degree: 1 },
      })),
    );
    markHubs(cy);
    expect(cy.nodes(".hub").map((n) => n.id())).toEqual(["six-core-strategies"]);
  });

  it("starts the other nodes of a large graph without labels, and labels them all for an export", async () => {
    cy = createGraph({ headless: true, style: graphStylesheet(), elements: toElements(sampleGraph) });
    const graph = cy;
    graph.getElementById("six-core-strategies").data("degree", 12);
    markHubs(graph);
    expect(graph.nodes(".quiet").length).toBe(0);
    graph.add(
      Array.from({ length: 90 }, (_, i) => ({
        group: "nodes" as const,
        data: { id: `n${i}`, type: "RESOURCE", label: `Resource ${i}`, degree: 1 },
      })),
    );
    markHubs(graph);
    expect(graph.nodes(".quiet").length).toBe(graph.nodes().length - 1);
    expect(graph.getElementById("n1").style("label")).toBe("");
    expect(graph.getElementById("six-core-strategies").style("label")).not.toBe("");
    const during = await withAllLabels(graph, () => Promise.resolve(String(graph.getElementById("n1").style("label"))));
    expect(during).toBe("Resource 1");
    expect(graph.getElementById("n1").hasClass("quiet")).toBe(true);
  });
});
