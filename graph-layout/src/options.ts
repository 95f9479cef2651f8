import type { LayoutOptions, Position } from "cytoscape";

/**
 * The canvas's layouts and their options, one definition for the browser (runLayout in the
 * client) and for the API, which lays each standard view out once per graph version with the
 * same options (./headless.ts), so the first view needs no layout work in the browser.
 */
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
}

/** Above this many nodes labels cannot all fit anyway: pack tighter and let hub labels carry it. */
export const LARGE_GRAPH = 80;

/**
 * Past this many nodes the force-directed view is ForceAtlas2 (./force-atlas.ts), not fcose,
 * which takes about a minute at ~800 nodes. Kept here, with no import of graphology, so the
 * first view's script can test the size without loading it.
 */
export const HUGE_GRAPH = 300;

/** Layout options per name; pure so unit tests can inspect them. */
export function layoutOptions({ name, reducedMotion, fixed, rootId, nodeCount = 0 }: LayoutRequest): LayoutOptions {
  const large = nodeCount > LARGE_GRAPH;
  const animate = !reducedMotion;
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
