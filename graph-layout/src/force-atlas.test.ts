import { describe, expect, it } from "vitest";
import { forceAtlasPositions, HUGE_GRAPH } from "./force-atlas.js";
import { computeLayout, type LayoutGraph } from "./headless.js";
import { seededRandom } from "./seeded-random.js";
import { nodeSize } from "./sizes.js";

/** A graph past HUGE_GRAPH: clusters around a few hubs, loosely tied together, as a big bank is. */
function bigGraph(nodes: number): LayoutGraph {
  const random = seededRandom(99);
  const edges: { id: string; type: string; source: string; target: string }[] = [];
  for (let i = 10; i < nodes; i++) {
    edges.push({ id: `h${i}`, type: "DERIVES_FROM", source: `n${i}`, target: `n${i % 10}` });
    const other = Math.floor(random() * nodes);
    if (other !== i) edges.push({ id: `r${i}`, type: "REFERENCES", source: `n${i}`, target: `n${other}` });
  }
  const degree = new Map<string, number>();
  for (const e of edges) for (const end of [e.source, e.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  return {
    nodes: Array.from({ length: nodes }, (_, i) => ({
      id: `n${i}`,
      label: `Node ${i}`,
      degree: degree.get(`n${i}`) ?? 0,
    })),
    edges,
  };
}

describe("forceAtlasPositions", () => {
  const graph = bigGraph(HUGE_GRAPH + 100);

  it("places every node at a finite position, the same for the same seed", () => {
    const positions = forceAtlasPositions(graph, { seed: 3 });
    expect([...positions.keys()].sort()).toEqual(graph.nodes.map((n) => n.id).sort());
    for (const [id, p] of positions) expect(Number.isFinite(p.x) && Number.isFinite(p.y), id).toBe(true);
    expect(forceAtlasPositions(graph, { seed: 3 })).toEqual(positions);
  });

  it("leaves no two nodes' shapes overlapping", () => {
    const positions = forceAtlasPositions(graph, { seed: 3 });
    const placed = graph.nodes.map((n) => ({ id: n.id, r: nodeSize(n.degree) / 2, ...positions.get(n.id)! }));
    const overlapping: string[] = [];
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        const a = placed[i]!;
        const b = placed[j]!;
        if (Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r) overlapping.push(`${a.id}–${b.id}`);
      }
    }
    expect(overlapping).toEqual([]);
  });

  it("keeps the nodes already on screen exactly where they are (an expansion)", () => {
    const fixed = new Map([
      ["n0", { x: 10, y: 20 }],
      ["n1", { x: -300, y: 45.5 }],
    ]);
    const positions = forceAtlasPositions(graph, { seed: 3, fixed });
    expect(positions.get("n0")).toEqual({ x: 10, y: 20 });
    expect(positions.get("n1")).toEqual({ x: -300, y: 45.5 });
  });

  it("is what the API lays a big force view out with, and fcose still lays out a small one", async () => {
    const big = await computeLayout({ layout: "FORCE", graph, seed: 5 });
    const expected = forceAtlasPositions(graph, { seed: 5 });
    expect(new Map(big.map(({ id, x, y }) => [id, { x, y }]))).toEqual(expected);

    const small = bigGraph(40);
    const fcose = await computeLayout({ layout: "FORCE", graph: small, seed: 5 });
    expect(new Map(fcose.map(({ id, x, y }) => [id, { x, y }]))).not.toEqual(forceAtlasPositions(small, { seed: 5 }));
  });
});
