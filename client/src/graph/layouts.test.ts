import { afterEach, describe, expect, it } from "vitest";
import { createGraph, destroyGraph, type Core } from "./cytoscape-instance";
import { toElements } from "./elements";
import { layoutOptions, runLayout } from "./layouts";
import { sampleGraph } from "./test-fixtures";

let cy: Core | undefined;
afterEach(() => {
  if (cy) destroyGraph(cy);
  cy = undefined;
});

describe("layoutOptions", () => {
  it("never animates under prefers-reduced-motion", () => {
    for (const name of ["fcose", "dagre", "concentric", "grid"] as const) {
      expect(layoutOptions({ name, reducedMotion: true })).toMatchObject({ animate: false });
      expect(layoutOptions({ name, reducedMotion: false })).toMatchObject({ animate: true });
    }
  });

  it("ranks lineage bottom-to-top so the framework a resource derives from sits on top", () => {
    expect(layoutOptions({ name: "dagre", reducedMotion: true })).toMatchObject({ name: "dagre", rankDir: "BT" });
  });

  it("starts from a fresh layout, or incrementally with the known nodes pinned", () => {
    expect(layoutOptions({ name: "fcose", reducedMotion: true })).toMatchObject({ randomize: true });
    const incremental = layoutOptions({ name: "fcose", reducedMotion: true, fixed: new Map([["a", { x: 1, y: 2 }]]) });
    expect(incremental).toMatchObject({
      randomize: false,
      fixedNodeConstraint: [{ nodeId: "a", position: { x: 1, y: 2 } }],
    });
  });
});

describe("runLayout (headless)", () => {
  it("keeps nodes the user has seen where they were when new ones arrive", async () => {
    cy = createGraph({ headless: true, elements: toElements(sampleGraph) });
    await runLayout(cy, { name: "fcose", reducedMotion: true });
    const before = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
    cy.add([
      { group: "nodes", data: { id: "new", type: "RESOURCE", label: "New", degree: 1 } },
      { group: "edges", data: { id: "e-new", source: "new", target: "six-core-strategies", type: "DERIVES_FROM" } },
    ]);
    await runLayout(cy, { name: "fcose", reducedMotion: true, fixed: before });
    for (const [id, p] of before) {
      const now = cy.getElementById(id).position();
      expect(Math.abs(now.x - p.x), id).toBeLessThan(1);
      expect(Math.abs(now.y - p.y), id).toBeLessThan(1);
    }
  });

  it("lays a lineage out top-down with dagre, loaded on demand", async () => {
    cy = createGraph({ headless: true, elements: toElements(sampleGraph) });
    await runLayout(cy, { name: "dagre", reducedMotion: true });
    const y = (id: string) => cy?.getElementById(id).position("y") ?? NaN;
    expect(y("six-core-strategies")).toBeLessThan(y("restrain-yourself-toolkit"));
  });

  it("places nodes exactly where a preset layout says, whatever the layout's name", async () => {
    cy = createGraph({ headless: true, elements: toElements(sampleGraph) });
    const [first, second] = cy.nodes().map((n) => n.id());
    const positions = new Map([
      [first ?? "", { x: 10, y: 20 }],
      [second ?? "", { x: 300, y: -40 }],
    ]);
    await runLayout(cy, { name: "fcose", reducedMotion: true, positions });
    expect(cy.getElementById(first ?? "").position()).toEqual({ x: 10, y: 20 });
    expect(cy.getElementById(second ?? "").position()).toEqual({ x: 300, y: -40 });
  });
});
