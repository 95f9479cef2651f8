import { nodeSize } from "@rrn/graph-layout";
import { describe, expect, it } from "vitest";
import type { Position } from "./cytoscape-instance";
import { toElements } from "./elements";
import { arrowSize } from "./sketch-shapes";
import { FIT, fitViewport, labelDrawn, sketchScene } from "./sketch-scene";
import { PATH_COLOUR } from "./stylesheet";
import { edge, node, sampleGraph } from "./test-fixtures";
import { EDGE_TYPE_LOOK, NODE_TYPE_LOOK, SHARED_CONTEXT_EDGE, UNSTATED_EDGE } from "./visual-encoding";

const positions = new Map<string, Position>([
  ["six-core-strategies", { x: 0, y: 0 }],
  ["restrain-yourself-toolkit", { x: 200, y: 0 }],
  ["checklist", { x: 0, y: 150 }],
  ["mersey-care", { x: -220, y: 150 }],
]);

describe("sketchScene", () => {
  it("draws a path's steps through shared context grey and dotted, as the stylesheet's on-path.shared-context", () => {
    const data = {
      nodes: [
        node({ id: "guide", type: "RESOURCE" }),
        node({ id: "inpatient", type: "SETTING" }),
        node({ id: "toolkit", type: "RESOURCE" }),
        node({ id: "trust", type: "ORGANISATION" }),
      ],
      edges: [
        edge({ type: "FOR_SETTING", source: "guide", target: "inpatient" }),
        edge({ type: "FOR_SETTING", source: "toolkit", target: "inpatient" }),
        edge({ type: "PUBLISHED_BY", source: "toolkit", target: "trust" }),
      ],
    };
    const at = new Map<string, Position>([
      ["guide", { x: 0, y: 0 }],
      ["inpatient", { x: 100, y: 0 }],
      ["toolkit", { x: 200, y: 0 }],
      ["trust", { x: 300, y: 0 }],
    ]);
    const ends = ["guide", "trust"];
    const scene = sketchScene(toElements(data, { pathEnds: ends }), at, { pathEnds: ends, edgeLabels: true });
    const look = (id: string) => scene?.edges.find((e) => e.id === id);
    for (const id of ["FOR_SETTING:guide->inpatient", "FOR_SETTING:toolkit->inpatient"]) {
      expect(look(id)).toMatchObject({
        sharedContext: true,
        colour: SHARED_CONTEXT_EDGE.colour,
        width: SHARED_CONTEXT_EDGE.width,
        dash: SHARED_CONTEXT_EDGE.dash,
      });
      expect(look(id)?.label?.text).toBe("shared context: for setting");
    }
    expect(look("PUBLISHED_BY:toolkit->trust")).toMatchObject({ colour: PATH_COLOUR, width: 4 });
    expect(look("PUBLISHED_BY:toolkit->trust")?.sharedContext).toBeUndefined();
  });

  it("draws nothing when a node has no known position, rather than guessing one", () => {
    const elements = toElements(sampleGraph);
    expect(sketchScene(elements, undefined)).toBeUndefined();
    const partial = new Map(positions);
    partial.delete("checklist");
    expect(sketchScene(elements, partial)).toBeUndefined();
  });

  it("places every node at its position with its type's shape and colour and the stylesheet's size", () => {
    const scene = sketchScene(toElements(sampleGraph), positions);
    expect(scene?.nodes.map((n) => n.id).sort()).toEqual([...positions.keys()].sort());
    for (const n of scene?.nodes ?? []) {
      const source = sampleGraph.nodes.find((s) => s.id === n.id);
      if (!source) throw new Error(`unexpected ${n.id}`);
      expect({ x: n.x, y: n.y }).toEqual(positions.get(n.id));
      expect(n.shape).toBe(NODE_TYPE_LOOK[source.type].shape);
      expect(n.fill).toBe(NODE_TYPE_LOOK[source.type].colour);
      expect(n.size).toBe(nodeSize(source.degree));
      expect(n.label).toBe(source.label);
    }
  });

  it("styles edges by type and basis: the type's colour and dashes, the unstated mark, and no dangling edge", () => {
    const graph = {
      ...sampleGraph,
      edges: [
        ...sampleGraph.edges,
        edge({ type: "FOR_SETTING", source: "checklist", target: "mersey-care", basis: "INFERRED" }),
      ],
    };
    const scene = sketchScene(toElements(graph), positions);
    const edges = scene?.edges ?? [];
    // The REFERENCES edge to a node outside the result is not drawn.
    expect(edges.map((e) => e.target)).not.toContain("not-in-result");
    const published = edges.find((e) => e.id === "PUBLISHED_BY:checklist->mersey-care");
    expect(published?.colour).toBe(EDGE_TYPE_LOOK.PUBLISHED_BY.colour);
    expect(published?.dash).toEqual(EDGE_TYPE_LOOK.PUBLISHED_BY.dash);
    expect(published?.mid).toBeUndefined();
    const inferred = edges.find((e) => e.id === "FOR_SETTING:checklist->mersey-care");
    expect(inferred?.dash).toEqual(EDGE_TYPE_LOOK.FOR_SETTING.dash);
    expect(inferred?.opacity).toBe(UNSTATED_EDGE.opacity);
    expect(inferred?.mid).toBeDefined();
  });

  it("runs each edge from the source's border to the target's, with the arrow head at the target", () => {
    const scene = sketchScene(toElements(sampleGraph), positions);
    const e = scene?.edges.find((x) => x.id === "DERIVES_FROM:restrain-yourself-toolkit->six-core-strategies");
    if (!e) throw new Error("edge missing");
    // Horizontal, from x = 200 (source) towards x = 0 (target).
    const [start, end] = e.d
      .replace(/^M/, "")
      .split(" L")
      .map((p) => p.split(",").map(Number));
    const sourceSize = nodeSize(1);
    const targetSize = nodeSize(6);
    expect(start?.[1]).toBeCloseTo(0);
    expect(start?.[0]).toBeCloseTo(200 - sourceSize / 2 - 0.75, 1);
    expect(end?.[1]).toBeCloseTo(0);
    // The head (a triangle) has its tip on the target's border, on the target's side of the line's end.
    const head = e.head && "points" in e.head ? e.head.points.split(" ").map((p) => p.split(",").map(Number)) : [];
    const tip = head[1];
    expect(tip?.[0]).toBeCloseTo(targetSize / 2 + 0.75, 1);
    expect(end?.[0]).toBeGreaterThan(tip?.[0] ?? Infinity);
    const size = arrowSize(EDGE_TYPE_LOOK.DERIVES_FROM.width, 0.9);
    expect((head[0]?.[0] ?? 0) - (tip?.[0] ?? 0)).toBeCloseTo(0.3 * size, 1);
  });

  it("bows parallel edges apart instead of drawing them on top of each other", () => {
    const graph = {
      nodes: [node({ id: "a", type: "RESOURCE" }), node({ id: "b", type: "ORGANISATION" })],
      edges: [
        edge({ type: "PUBLISHED_BY", source: "a", target: "b" }),
        edge({ type: "COMMISSIONED_BY", source: "a", target: "b" }),
      ],
    };
    const scene = sketchScene(
      toElements(graph),
      new Map([
        ["a", { x: 0, y: 0 }],
        ["b", { x: 300, y: 0 }],
      ]),
    );
    const [one, two] = scene?.edges ?? [];
    expect(one?.d).toMatch(/ Q/);
    expect(two?.d).toMatch(/ Q/);
    expect(one?.d).not.toBe(two?.d);
  });

  it("marks the view's focus, the path's ends and edges as the stylesheet does, and fades around a selection", () => {
    const elements = toElements(sampleGraph);
    const path = sketchScene(elements, positions, { pathEnds: ["checklist", "mersey-care"] });
    expect(path?.edges.every((e) => e.colour === PATH_COLOUR && e.width === 4 && e.label)).toBe(true);
    expect(path?.nodes.find((n) => n.id === "checklist")?.borderColour).toBe(PATH_COLOUR);

    const focused = sketchScene(elements, positions, {
      rootId: "six-core-strategies",
      selectedId: "six-core-strategies",
    });
    expect(focused?.nodes.every((n) => n.opacity === 1)).toBe(true);

    const selected = sketchScene(elements, positions, { selectedId: "mersey-care" });
    const opacity = (id: string) => selected?.nodes.find((n) => n.id === id)?.opacity;
    expect(opacity("mersey-care")).toBe(1);
    expect(opacity("checklist")).toBe(1);
    expect(opacity("restrain-yourself-toolkit")).toBeLessThan(0.2);
  });

  it("draws a compound group round its members, below its title", () => {
    const parents = new Map([
      ["checklist", "group:published"],
      ["restrain-yourself-toolkit", "group:published"],
    ]);
    const elements = [
      { group: "nodes" as const, data: { id: "group:published", label: "Published" }, classes: "role-group" },
      ...toElements(sampleGraph, { parents }),
    ];
    const scene = sketchScene(elements, positions);
    const group = scene?.groups[0];
    expect(group?.label).toBe("Published");
    expect(group?.box.x1).toBeLessThan(0);
    expect(group?.box.x2).toBeGreaterThan(200);
    expect(group?.box.y2).toBeGreaterThan(150);
    expect(scene?.bounds.y1).toBeLessThan(group?.box.y1 ?? -Infinity);
  });

  it("labels only the hubs of a large graph, as markHubs does", () => {
    const many = Array.from({ length: 90 }, (_, i) =>
      node({ id: `n${i}`, type: "RESOURCE", degree: i === 0 ? 20 : 1 }),
    );
    const scene = sketchScene(
      toElements({ nodes: many, edges: [] }),
      new Map(many.map((n, i) => [n.id, { x: i * 10, y: 0 }])),
    );
    const labelled = scene?.nodes.filter((n) => n.label);
    expect(labelled?.map((n) => n.id)).toEqual(["n0"]);
    expect(labelled?.[0]?.fontSize).toBeGreaterThan(11);
  });
});

describe("fitViewport", () => {
  const bounds = { x1: -100, y1: -50, x2: 300, y2: 150 };

  it("fits the bounds with 40 px padding and centres them, as fitReadably does", () => {
    const { zoom, pan } = fitViewport(bounds, 880, 600);
    expect(zoom).toBeCloseTo(Math.min(800 / 400, 520 / 200, FIT.maxZoom));
    // The bounds' centre (100, 50) lands in the box's centre.
    expect(100 * zoom + pan.x).toBeCloseTo(440);
    expect(50 * zoom + pan.y).toBeCloseTo(300);
  });

  it("zooms out to fit a narrow box", () => {
    expect(fitViewport(bounds, 280, 600).zoom).toBeCloseTo(200 / 400);
  });

  it("hides labels too small to read at the zoom, with Cytoscape's min-zoomed-font-size", () => {
    expect(labelDrawn(11, 1)).toBe(true);
    expect(labelDrawn(11, 0.5)).toBe(false);
    expect(labelDrawn(20, 0.5)).toBe(true);
  });
});
