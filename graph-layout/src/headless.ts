import cytoscape, { type ElementDefinition } from "cytoscape";
import dagre from "cytoscape-dagre";
import fcose from "cytoscape-fcose";
import { forceAtlasPositions } from "./force-atlas.js";
import { groupByOrgRole } from "./org-roles.js";
import { seededRandom } from "./seeded-random.js";
import { HUGE_GRAPH, LARGE_GRAPH, layoutOptions, type LayoutName } from "./options.js";
import { LANDMARK_DEGREE } from "@rrn/model";
import { estimateLabelBox, GROUP_PADDING, HUB_LABEL, NODE_LABEL, nodeSize } from "./sizes.js";

export { estimateLabelBox };

cytoscape.use(fcose);
cytoscape.use(dagre);

/**
 * The API's side of layout: a view's graph laid out in Node with headless Cytoscape, the same
 * extensions and the same options (./options.ts) as the browser, so the explorer can draw the
 * first view at these positions without laying it out itself.
 */

/** The standard views: the overview and neighbourhood (force), lineage (hierarchy), organisation (force, in role groups). */
export type StandardLayout = "FORCE" | "HIERARCHY" | "ORG_ROLES";

export interface LayoutGraph {
  nodes: readonly { id: string; label: string; degree: number }[];
  edges: readonly { id: string; type: string; source: string; target: string }[];
}

export interface ComputeLayoutRequest {
  layout: StandardLayout;
  graph: LayoutGraph;
  /** The view's focus node: the neighbourhood's or lineage's root, the organisation whose roles group the rest. */
  focus?: string | undefined;
  /** Seeds the force layout's randomness, so every API instance draws the same graph the same way. */
  seed: number;
}

export interface NodePosition {
  id: string;
  x: number;
  y: number;
}

const LAYOUT_OF: Record<StandardLayout, LayoutName> = { FORCE: "fcose", HIERARCHY: "dagre", ORG_ROLES: "fcose" };

/** The box a node occupies in the layout: its shape, plus its label below it when the layout counts labels. */
function layoutBox(
  node: { label: string; degree: number },
  includeLabels: boolean,
  large: boolean,
): { width: number; height: number } {
  const shape = nodeSize(node.degree) + 3; // + the 1.5px border on each side
  if (!includeLabels) return { width: shape, height: shape };
  // As markHubs styles a large graph: hubs get big bold labels, the rest start unlabelled.
  const hub = large && node.degree >= LANDMARK_DEGREE;
  if (large && !hub) return { width: shape, height: shape };
  const label = hub
    ? estimateLabelBox(node.label, HUB_LABEL.fontSize, HUB_LABEL.maxWidth, true)
    : estimateLabelBox(node.label, NODE_LABEL.fontSize, NODE_LABEL.maxWidth);
  const pad = 2 * NODE_LABEL.padding;
  return {
    width: Math.max(shape, label.width + pad),
    height: shape + NODE_LABEL.marginY + label.height + pad,
  };
}

/** Positions for every node of the graph, in Cytoscape model coordinates (the client fits them to its canvas). */
export async function computeLayout({ layout, graph, focus, seed }: ComputeLayoutRequest): Promise<NodePosition[]> {
  const ids = new Set(graph.nodes.map((n) => n.id));
  // As the client's toElements: an edge whose end is not drawn is not drawn either.
  const edges = graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  const groups = layout === "ORG_ROLES" && focus ? groupByOrgRole(focus, { nodes: graph.nodes, edges }) : undefined;
  const nodeCount = graph.nodes.length + (groups?.groupElements.length ?? 0);
  // A big plain force view: ForceAtlas2, as the browser lays it out (see ./force-atlas.ts).
  if (LAYOUT_OF[layout] === "fcose" && !groups && graph.nodes.length > HUGE_GRAPH) {
    const positions = forceAtlasPositions({ nodes: graph.nodes, edges }, { seed });
    return graph.nodes.map((n) => ({ id: n.id, ...positions.get(n.id)! }));
  }
  const options = layoutOptions({
    name: LAYOUT_OF[layout],
    reducedMotion: true,
    nodeCount,
    ...(focus ? { rootId: focus } : {}),
  });
  const includeLabels = "nodeDimensionsIncludeLabels" in options && options.nodeDimensionsIncludeLabels === true;
  const large = nodeCount > LARGE_GRAPH;

  const elements: ElementDefinition[] = [
    ...(groups?.groupElements.map((g) => ({ group: "nodes" as const, data: { id: String(g.data.id) } })) ?? []),
    ...graph.nodes.map((n) => {
      const box = layoutBox(n, includeLabels, large);
      const parent = groups?.parents.get(n.id);
      return {
        group: "nodes" as const,
        data: { id: n.id, w: box.width, h: box.height, ...(parent ? { parent } : {}) },
      };
    }),
    ...edges.map((e) => ({ group: "edges" as const, data: { id: e.id, source: e.source, target: e.target } })),
  ];
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements,
    style: [
      { selector: "node:childless", style: { shape: "rectangle", width: "data(w)", height: "data(h)" } },
      { selector: ":parent", style: { padding: `${GROUP_PADDING}px` } },
    ],
  });
  const random = Math.random;
  Math.random = seededRandom(seed);
  try {
    // Labels are already in each node's box above; headless Cytoscape could not add them anyway.
    const run = cy.layout({
      ...options,
      animate: false,
      fit: false,
      nodeDimensionsIncludeLabels: false,
    } as typeof options);
    const done = new Promise<void>((resolve) => run.one("layoutstop", () => resolve()));
    run.run();
    await done;
    return cy
      .nodes(":childless")
      .map((n) => ({ id: n.id(), x: Math.round(n.position("x") * 10) / 10, y: Math.round(n.position("y") * 10) / 10 }));
  } finally {
    Math.random = random;
    cy.destroy();
  }
}
