import { MultiUndirectedGraph } from "graphology";
import * as forceAtlas2Module from "graphology-layout-forceatlas2";
import * as noverlapModule from "graphology-layout-noverlap";
import { seededRandom } from "./seeded-random.js";
import { nodeSize } from "./sizes.js";

export { HUGE_GRAPH } from "./options.js";

// CommonJS packages typed as ES modules: at run time (Node and Vite alike) the namespace's
// `default` is the layout function, which their types place one `default` further in.
type DefaultOf<M> = M extends { default: infer D } ? D : M;
const forceAtlas2 = forceAtlas2Module.default as unknown as DefaultOf<typeof forceAtlas2Module.default>;
const noverlap = noverlapModule.default as unknown as DefaultOf<typeof noverlapModule.default>;

/**
 * A big plain force view is laid out with ForceAtlas2 instead of fcose (see HUGE_GRAPH). fcose's
 * spring phase runs at least five iterations per node, each over every pair nearby: on the
 * bench's ~800-node, ~4,200-edge step it took about a minute, in the browser and in the API alike
 * (whose 10 s limit it passed). ForceAtlas2 with Barnes–Hut approximation costs n·log n per
 * iteration and a fixed number of them; a no-overlap pass then parts touching nodes.
 */

/** Iterations of ForceAtlas2: enough for the clusters to settle from a random start. */
const ITERATIONS = 150;

export interface ForceAtlasGraph {
  nodes: readonly { id: string; degree: number }[];
  edges: readonly { source: string; target: string }[];
}

export interface ForceAtlasOptions {
  /** Seeds the random start, so the same graph is drawn the same way everywhere. */
  seed: number;
  /** Nodes already on screen stay where they are (an expansion). */
  fixed?: ReadonlyMap<string, { x: number; y: number }>;
}

/** Positions for every node, in the canvas's model coordinates (the canvas fits them to its box). */
export function forceAtlasPositions(
  graph: ForceAtlasGraph,
  { seed, fixed }: ForceAtlasOptions,
): Map<string, { x: number; y: number }> {
  const random = seededRandom(seed);
  const g = new MultiUndirectedGraph();
  // A spread as wide as the finished drawing tends to be, so few iterations go to unfolding.
  const spread = 40 * Math.sqrt(graph.nodes.length);
  for (const n of graph.nodes) {
    const at = fixed?.get(n.id);
    g.addNode(n.id, {
      x: at?.x ?? (random() - 0.5) * spread,
      y: at?.y ?? (random() - 0.5) * spread,
      // noverlap reads `size` as the radius: half the drawn shape plus room for its border.
      size: nodeSize(n.degree) / 2 + 4,
      fixed: Boolean(at),
    });
  }
  for (const e of graph.edges) if (g.hasNode(e.source) && g.hasNode(e.target)) g.addEdge(e.source, e.target);
  forceAtlas2.assign(g, {
    iterations: ITERATIONS,
    settings: { ...forceAtlas2.inferSettings(g), barnesHutOptimize: true },
  });
  // ForceAtlas2's scale ignores the shapes' sizes: spread the drawing until the typical node is
  // clear of its nearest neighbour (an expansion keeps the scale its fixed nodes set), then
  // part the few still touching.
  if (!fixed?.size) spreadToClearNeighbours(g);
  noverlap.assign(g, { maxIterations: 100, settings: { margin: 2 } });
  const positions = new Map<string, { x: number; y: number }>();
  g.forEachNode((id, a) => {
    const at = fixed?.get(id);
    positions.set(
      id,
      at ? { ...at } : { x: Math.round((a.x as number) * 10) / 10, y: Math.round((a.y as number) * 10) / 10 },
    );
  });
  return positions;
}

/** Gap wanted between the typical node and its nearest neighbour, as a multiple of their radii's sum. */
const CLEARANCE = 1.2;

/** Scales every position so the median nearest-neighbour distance is CLEARANCE times the two radii. */
function spreadToClearNeighbours(g: MultiUndirectedGraph): void {
  const points = g.mapNodes((_, a) => ({ x: a.x as number, y: a.y as number, r: a.size as number }));
  if (points.length < 2) return;
  const ratios = points.map((p, i) => {
    let nearest = Infinity;
    for (let j = 0; j < points.length; j++) {
      if (j === i) continue;
      const q = points[j]!;
      nearest = Math.min(nearest, Math.hypot(p.x - q.x, p.y - q.y) / (p.r + q.r));
    }
    return nearest;
  });
  ratios.sort((a, b) => a - b);
  const median = ratios[Math.floor(ratios.length / 2)]!;
  if (!(median > 0) || !Number.isFinite(median)) return;
  const k = CLEARANCE / median;
  g.updateEachNodeAttributes((_, a) => ({ ...a, x: (a.x as number) * k, y: (a.y as number) * k }));
}
