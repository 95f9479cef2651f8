import type { Core, LayoutOptions, Position } from "./cytoscape-instance";
import { ensureDagre } from "./cytoscape-instance";

export type LayoutName = "fcose" | "dagre" | "concentric" | "grid";

export const LAYOUT_LABELS: Record<LayoutName, string> = {
  fcose: "Force-directed",
  dagre: "Hierarchy (top-down)",
  concentric: "Rings by connections",
  grid: "Grid",
};

export interface LayoutRequest {
  name: LayoutName;
  /** prefers-reduced-motion: no animated layouts (WCAG 2.3.3). */
  reducedMotion: boolean;
  /** Nodes the user has already seen keep their positions (stable expansion). */
  fixed?: ReadonlyMap<string, Position>;
  /** Node at the centre/top, e.g. the focus of a neighbourhood. */
  rootId?: string;
  /** How many nodes will be laid out; big graphs are packed tighter so the fit zoom stays readable. */
  nodeCount?: number;
  /** Positions the view computed itself (the timeline's years): a preset layout, whatever `name` says. */
  positions?: ReadonlyMap<string, Position>;
}

/** Above this many nodes labels cannot all fit anyway: pack tighter and let hub labels carry it. */
export const LARGE_GRAPH = 80;

/** Layout options per name; pure so unit tests can inspect them. */
export function layoutOptions({
  name,
  reducedMotion,
  fixed,
  rootId,
  nodeCount = 0,
  positions,
}: LayoutRequest): LayoutOptions {
  const large = nodeCount > LARGE_GRAPH;
  const animate = !reducedMotion;
  if (positions) {
    return {
      name: "preset",
      // Compound groups (the timeline's year boxes) follow their children; a node without a
      // computed position stays where it is.
      positions: Object.fromEntries(positions),
      animate: false,
      fit: true,
      padding: 30,
    };
  }
  switch (name) {
    case "dagre":
      return {
        name: "dagre",
        // Relationships point from the derived resource to its origin (DERIVES_FROM, PUBLISHED_BY),
        // so ranking bottom-to-top puts the framework or publisher at the top of the tree.
        rankDir: "BT",
        nodeSep: 30,
        rankSep: 110,
        edgeSep: 16,
        // Wrapped labels are wider than the shapes; spacing by the shape alone makes them collide.
        nodeDimensionsIncludeLabels: true,
        animate,
        animationDuration: 300,
        fit: true,
        padding: 30,
      } as LayoutOptions;
    case "concentric":
      return {
        name: "concentric",
        concentric: (node) => (node.id() === rootId ? 1000 : node.degree(false)),
        levelWidth: () => 3,
        minNodeSpacing: 40,
        animate,
        fit: true,
        padding: 30,
      };
    case "grid":
      return { name: "grid", avoidOverlap: true, animate, fit: true, padding: 30 };
    case "fcose": {
      const fixedNodeConstraint = fixed
        ? [...fixed.entries()].map(([nodeId, position]) => ({ nodeId, position: { ...position } }))
        : undefined;
      const incremental = Boolean(fixedNodeConstraint?.length);
      return {
        name: "fcose",
        quality: "proof",
        // An expansion starts from the current picture instead of a fresh random one.
        randomize: !incremental,
        animate,
        animationDuration: 350,
        fit: true,
        padding: 40,
        nodeDimensionsIncludeLabels: !large,
        nodeRepulsion: () => (large ? 5000 : 9000),
        idealEdgeLength: () => (large ? 60 : 110),
        nodeSeparation: large ? 60 : 90,
        packComponents: true,
        ...(incremental ? { fixedNodeConstraint } : {}),
      } as LayoutOptions;
    }
  }
}

/** Runs a layout and resolves when it has stopped (dagre is loaded first when needed). */
export async function runLayout(cy: Core, request: LayoutRequest): Promise<void> {
  if (request.name === "dagre") await ensureDagre();
  if (cy.nodes().length === 0) return;
  const layout = cy.layout(layoutOptions({ nodeCount: cy.nodes().length, ...request }));
  const done = new Promise<void>((resolve) => layout.one("layoutstop", () => resolve()));
  layout.run();
  await done;
  if (request.fixed) restoreFixedNodes(cy, request.fixed);
}

/**
 * fcose honours fixed-node constraints relative to each other but may translate the whole
 * drawing; shifting everything back keeps what the user has already seen exactly in place.
 */
function restoreFixedNodes(cy: Core, fixed: ReadonlyMap<string, Position>): void {
  let dx = 0;
  let dy = 0;
  let count = 0;
  for (const [id, p] of fixed) {
    const node = cy.getElementById(id);
    if (node.empty()) continue;
    const now = node.position();
    dx += now.x - p.x;
    dy += now.y - p.y;
    count += 1;
  }
  if (count === 0) return;
  dx /= count;
  dy /= count;
  cy.batch(() => {
    cy.nodes(":childless").forEach((n) => {
      const target = fixed.get(n.id());
      const p = n.position();
      n.position(target ? { ...target } : { x: p.x - dx, y: p.y - dy });
    });
  });
}

/** Fit everything, but never zoom a small graph in so far that it looks like a toy. */
export function fitReadably(cy: Core): void {
  cy.fit(undefined, 40);
  if (cy.zoom() > MAX_FIT_ZOOM) {
    cy.zoom(MAX_FIT_ZOOM);
    cy.center();
  }
}

const MAX_FIT_ZOOM = 1.3;
