import { HUGE_GRAPH, layoutOptions, type LayoutRequest } from "@rrn/graph-layout";
import type { Core, Position } from "./cytoscape-instance";

// The options live in @rrn/graph-layout: the API lays the standard views out with the same ones.
export { LARGE_GRAPH, LAYOUT_LABELS, layoutOptions, type LayoutName, type LayoutRequest } from "@rrn/graph-layout";

/** A layout to run here: the shared options, or positions a view computed itself. */
export interface CanvasLayoutRequest extends LayoutRequest {
  /** Positions computed by the view (the timeline's years): a preset layout, whatever `name` says. */
  positions?: ReadonlyMap<string, Position>;
}

/** Runs a layout and resolves when it has stopped (dagre is loaded first when needed). */
export async function runLayout(cy: Core, { positions: given, ...request }: CanvasLayoutRequest): Promise<void> {
  const positions = given ?? (await forceAtlasForHugeGraph(cy, request));
  // Imported here, not at the top: the workspace uses this module before Cytoscape has loaded
  // (the canvas chunk), and a static import would pull Cytoscape into the first view's script.
  // A `cy` exists, so that chunk is already here and this import costs nothing.
  if (!positions && request.name === "dagre") await (await import("./cytoscape-instance")).ensureDagre();
  if (cy.nodes().length === 0) return;
  const layout = cy.layout(
    positions
      ? // Compound groups (the timeline's year boxes) follow their children; a node without a
        // computed position stays where it is.
        { name: "preset", positions: Object.fromEntries(positions), animate: false, fit: true, padding: 30 }
      : layoutOptions({ nodeCount: cy.nodes().length, ...request }),
  );
  const done = new Promise<void>((resolve) => layout.one("layoutstop", () => resolve()));
  layout.run();
  await done;
  if (request.fixed) restoreFixedNodes(cy, request.fixed);
}

/**
 * A force-directed layout of a graph past HUGE_GRAPH nodes: ForceAtlas2's positions (as the API
 * computes them, @rrn/graph-layout/force-atlas), since fcose would hold the page for about a
 * minute. Loaded only for such a graph. Undefined for anything else, which fcose lays out.
 */
async function forceAtlasForHugeGraph(cy: Core, request: LayoutRequest): Promise<Map<string, Position> | undefined> {
  if (request.name !== "fcose" || cy.nodes().length <= HUGE_GRAPH || cy.nodes(":parent").nonempty()) return undefined;
  const { forceAtlasPositions } = await import("@rrn/graph-layout/force-atlas");
  return forceAtlasPositions(
    {
      nodes: cy.nodes().map((n) => ({ id: n.id(), degree: Number(n.data("degree") ?? n.degree(false)) })),
      edges: cy.edges().map((e) => ({ source: e.source().id(), target: e.target().id() })),
    },
    { seed: 1, ...(request.fixed ? { fixed: request.fixed } : {}) },
  );
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
