// @vitest-environment happy-dom
import { cleanup, render, screen } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import type { Position } from "../graph/cytoscape-instance";
import { toElements } from "../graph/elements";
import { sketchScene } from "../graph/sketch-scene";
import { edge, sampleGraph } from "../graph/test-fixtures";
import { EDGE_TYPE_LOOK, NODE_TYPE_LOOK, UNSTATED_EDGE } from "../graph/visual-encoding";
import { GraphSketch } from "./GraphSketch";

afterEach(cleanup);

const positions = new Map<string, Position>([
  ["six-core-strategies", { x: 0, y: 0 }],
  ["restrain-yourself-toolkit", { x: 200, y: 0 }],
  ["checklist", { x: 0, y: 150 }],
  ["mersey-care", { x: -220, y: 150 }],
]);

const graph = {
  ...sampleGraph,
  edges: [
    ...sampleGraph.edges,
    edge({ type: "FOR_AUDIENCE", source: "checklist", target: "mersey-care", basis: "TITLE" }),
  ],
};
const scene = sketchScene(toElements(graph), positions, { rootId: "six-core-strategies" });

describe("GraphSketch", () => {
  it("is an image named after the view, whose text alternative points to the List tab", () => {
    render(<GraphSketch scene={scene} label="Overview" />);
    const img = screen.getByRole("img");
    expect(img.tagName.toLowerCase()).toBe("svg");
    expect(img.getAttribute("aria-label")).toMatch(/^Overview: a drawing of 4 nodes and 4 relationships\./);
    expect(img.getAttribute("aria-label")).toMatch(/The List tab shows the same data as a table/);
  });

  it("draws each node's shape in its type's colour at its position, the focus with a heavier border", () => {
    const { container } = render(<GraphSketch scene={scene} label="Overview" />);
    for (const n of sampleGraph.nodes) {
      const shape = container.querySelector(`[data-node-id="${n.id}"] > :last-child`);
      expect(shape?.getAttribute("fill")).toBe(NODE_TYPE_LOOK[n.type].colour);
      const p = positions.get(n.id);
      // Circles by centre, rectangles by corner, polygons by points: the shape sits round the position.
      const box = {
        cx: Number(shape?.getAttribute("cx") ?? NaN),
        x: Number(shape?.getAttribute("x") ?? NaN),
        points: shape?.getAttribute("points") ?? "",
      };
      if (!Number.isNaN(box.cx)) expect(box.cx).toBe(p?.x);
      else if (!Number.isNaN(box.x)) expect(box.x).toBeLessThan(p?.x ?? -Infinity);
      else expect(box.points).toMatch(/\d/);
    }
    const focus = container.querySelector('[data-node-id="six-core-strategies"] > :last-child');
    expect(focus?.getAttribute("stroke-width")).toBe("3");
    // The framework is a diamond, as the stylesheet and the key draw it.
    expect(NODE_TYPE_LOOK.FRAMEWORK.shape).toBe("diamond");
    expect(focus?.tagName.toLowerCase()).toBe("polygon");
  });

  it("draws each relationship in its type's colour and dashes, and marks one not stated outright", () => {
    const { container } = render(<GraphSketch scene={scene} label="Overview" />);
    const line = (id: string) => container.querySelector(`[data-edge-id="${id}"] > path`);
    const published = line("PUBLISHED_BY:checklist->mersey-care");
    expect(published?.getAttribute("stroke")).toBe(EDGE_TYPE_LOOK.PUBLISHED_BY.colour);
    expect(published?.getAttribute("stroke-dasharray")).toBeNull();
    const audience = line("FOR_AUDIENCE:checklist->mersey-care");
    expect(audience?.getAttribute("stroke-dasharray")).toBe(EDGE_TYPE_LOOK.FOR_AUDIENCE.dash.join(" "));
    const group = audience?.parentElement;
    expect(Number(group?.getAttribute("opacity"))).toBe(UNSTATED_EDGE.opacity);
    expect(group?.querySelector("circle[fill='#ffffff']")?.getAttribute("stroke")).toBe(UNSTATED_EDGE.markerColour);
    // The dangling REFERENCES edge of the truncated sample is not drawn.
    expect(container.querySelectorAll("[data-edge-id]")).toHaveLength(4);
  });

  it("frames the drawing's bounds, and is never drawn larger than the canvas's 1.3 zoom", () => {
    const { container } = render(<GraphSketch scene={scene} label="Overview" />);
    const svg = container.querySelector("svg");
    const [x, y, w, h] = (svg?.getAttribute("viewBox") ?? "").split(" ").map(Number);
    const b = scene?.bounds;
    expect(x).toBeCloseTo(b?.x1 ?? NaN, 1);
    expect(y).toBeCloseTo(b?.y1 ?? NaN, 1);
    expect(Number(svg?.getAttribute("width"))).toBeCloseTo((w ?? 0) * 1.3, 1);
    expect(Number(svg?.getAttribute("height"))).toBeCloseTo((h ?? 0) * 1.3, 1);
  });

  it("says so honestly when there are no positions to draw at, keeping the box", () => {
    render(<GraphSketch scene={undefined} label="Overview" />);
    expect(screen.queryByRole("img")).toBeNull();
    expect(screen.getByTestId("graph-sketch").textContent).toMatch(/No drawing yet/);
  });

  it("renders on the server as on the client, without inline styles the Content-Security-Policy refuses", () => {
    const html = renderToString(<GraphSketch scene={scene} label="Overview" />);
    expect(html).toContain('role="img"');
    expect(html).toContain("Six Core Strategies checklist");
    expect(html).not.toMatch(/\sstyle="/);
  });
});
