import { describe, expect, it } from "vitest";
import { computeLayout, estimateLabelBox, type LayoutGraph } from "./headless.js";

/** A framework, three resources deriving from it, their publisher, and one derived twice removed. */
const graph: LayoutGraph = {
  nodes: [
    { id: "six", label: "Six Core Strategies", degree: 4 },
    { id: "a", label: "Restrain Yourself toolkit", degree: 2 },
    { id: "b", label: "Positive and Safe", degree: 2 },
    { id: "c", label: "A guide that adapts the toolkit", degree: 1 },
    { id: "org", label: "Mersey Care", degree: 2 },
  ],
  edges: [
    { id: "1", type: "DERIVES_FROM", source: "a", target: "six" },
    { id: "2", type: "DERIVES_FROM", source: "b", target: "six" },
    { id: "3", type: "DERIVES_FROM", source: "c", target: "a" },
    { id: "4", type: "PUBLISHED_BY", source: "a", target: "org" },
    { id: "5", type: "PUBLISHED_BY", source: "b", target: "org" },
    { id: "dangling", type: "PUBLISHED_BY", source: "c", target: "not-drawn" },
  ],
};

const byId = (positions: { id: string; x: number; y: number }[]) => new Map(positions.map((p) => [p.id, p]));

describe("computeLayout", () => {
  it("places every node, at finite, distinct positions", async () => {
    const positions = await computeLayout({ layout: "FORCE", graph, seed: 1 });
    expect(positions.map((p) => p.id).sort()).toEqual(["a", "b", "c", "org", "six"]);
    for (const p of positions) expect(Number.isFinite(p.x) && Number.isFinite(p.y), p.id).toBe(true);
    expect(new Set(positions.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)).size).toBe(positions.length);
  });

  it("draws the same graph the same way for the same seed, and differently for another", async () => {
    const one = await computeLayout({ layout: "FORCE", graph, seed: 7 });
    expect(await computeLayout({ layout: "FORCE", graph, seed: 7 })).toEqual(one);
    expect(await computeLayout({ layout: "FORCE", graph, seed: 8 })).not.toEqual(one);
  });

  it("puts what a resource derives from above it in the hierarchy (dagre, bottom-to-top)", async () => {
    const p = byId(await computeLayout({ layout: "HIERARCHY", graph, focus: "six", seed: 1 }));
    expect(p.get("six")!.y).toBeLessThan(p.get("a")!.y);
    expect(p.get("a")!.y).toBeLessThan(p.get("c")!.y);
  });

  it("keeps the organisation view's role groups together", async () => {
    const p = byId(await computeLayout({ layout: "ORG_ROLES", graph, focus: "org", seed: 1 }));
    // a and b (published) share a group box; the group keeps them nearer each other than to six.
    const dist = (u: string, v: string) => Math.hypot(p.get(u)!.x - p.get(v)!.x, p.get(u)!.y - p.get(v)!.y);
    expect(p.size).toBe(5);
    expect(dist("a", "b")).toBeLessThan(Math.max(dist("a", "six"), dist("b", "six")) + 1);
  });
});

describe("estimateLabelBox", () => {
  it("wraps at the maximum width, at spaces, one line height per line", () => {
    const one = estimateLabelBox("Short", 11, 130);
    const many = estimateLabelBox("A considerably longer label that has to wrap over several lines", 11, 130);
    expect(one.height).toBeCloseTo(11 * 1.2);
    expect(many.width).toBeLessThanOrEqual(130);
    expect(many.height).toBeGreaterThanOrEqual(3 * 11 * 1.2);
    expect(estimateLabelBox("", 11, 130)).toEqual({ width: 0, height: 0 });
  });
});
