import type { NodeShapeName, ArrowShapeName } from "./visual-encoding";

/**
 * The geometry the SVG sketch needs of Cytoscape's shapes, in unit coordinates: node outlines
 * (to end an edge where the canvas ends it, at the shape's border) and arrow heads (Cytoscape's
 * own point lists, from its renderer, so a head is the same size and shape on both).
 */

type Point = readonly [number, number];

/** Unit outlines (radius 1) as shape-svg.ts draws them; boxes and the barrel end like a square. */
const OUTLINES: Record<Exclude<NodeShapeName, "ellipse">, readonly Point[]> = {
  rectangle: square(),
  "round-rectangle": square(),
  barrel: square(),
  "round-tag": [
    [-1, -0.8],
    [0.4, -0.8],
    [1, 0],
    [0.4, 0.8],
    [-1, 0.8],
  ],
  diamond: [
    [0, -1],
    [1, 0],
    [0, 1],
    [-1, 0],
  ],
  triangle: [
    [0, -1],
    [1, 0.85],
    [-1, 0.85],
  ],
  hexagon: regular(6, 0),
  octagon: regular(8, Math.PI / 8),
};

function square(): Point[] {
  return [
    [-1, -1],
    [1, -1],
    [1, 1],
    [-1, 1],
  ];
}

function regular(sides: number, rotation: number): Point[] {
  return Array.from({ length: sides }, (_, i) => {
    const a = rotation + (i * 2 * Math.PI) / sides;
    return [Math.cos(a), Math.sin(a)] as const;
  });
}

/**
 * How far from a node's centre, in the unit direction (dx, dy), its border lies (radius 1).
 * A ray from the centre meets exactly one side of these convex outlines.
 */
export function borderDistance(shape: NodeShapeName, dx: number, dy: number): number {
  if (shape === "ellipse") return 1;
  const outline = OUTLINES[shape];
  let best = Infinity;
  for (let i = 0; i < outline.length; i++) {
    const [ax, ay] = outline[i] as Point;
    const [bx, by] = outline[(i + 1) % outline.length] as Point;
    // Solve centre + t·d = a + s·(b − a) for t ≥ 0, 0 ≤ s ≤ 1.
    const ex = bx - ax;
    const ey = by - ay;
    const denom = dx * ey - dy * ex;
    if (Math.abs(denom) < 1e-12) continue;
    const t = (ax * ey - ay * ex) / denom;
    const s = (ax * dy - ay * dx) / denom;
    if (t >= 0 && s >= -1e-9 && s <= 1 + 1e-9) best = Math.min(best, t);
  }
  return Number.isFinite(best) ? best : 1;
}

/** Cytoscape's arrow size for an edge width and arrow-scale (its renderer's getArrowWidth). */
export function arrowSize(edgeWidth: number, scale: number): number {
  return Math.max(Math.pow(edgeWidth * 13.37, 0.9), 29) * scale;
}

export interface ArrowGeometry {
  /** Polygon points in unit coordinates: (0, 0) is the tip, +y points into the node. */
  points?: readonly Point[];
  /** Circle heads: radius as a share of the arrow size. */
  radius?: number;
  /** Distance between the node's border and the arrow's tip (Cytoscape's `spacing`). */
  spacing: (size: number) => number;
  /** Distance between the border and where the line stops (Cytoscape's `gap`). */
  gap: (edgeWidth: number, scale: number) => number;
}

const standardGap = (width: number, scale: number) => width * scale * 2;

/** Cytoscape's arrow shapes we use (registerArrowShapes in its renderer). */
export const ARROWS: Record<Exclude<ArrowShapeName, "none">, ArrowGeometry> = {
  triangle: {
    points: [
      [-0.15, -0.3],
      [0, 0],
      [0.15, -0.3],
    ],
    spacing: () => 0,
    gap: standardGap,
  },
  vee: {
    points: [
      [-0.15, -0.3],
      [0, 0],
      [0.15, -0.3],
      [0, -0.15],
    ],
    spacing: () => 0,
    gap: (w, s) => standardGap(w, s) * 0.525,
  },
  circle: { radius: 0.15, spacing: (size) => size * 0.15, gap: standardGap },
  square: {
    points: [
      [-0.15, 0],
      [0.15, 0],
      [0.15, -0.3],
      [-0.15, -0.3],
    ],
    spacing: () => 0,
    gap: standardGap,
  },
  diamond: {
    points: [
      [-0.15, -0.15],
      [0, -0.3],
      [0.15, -0.15],
      [0, 0],
    ],
    spacing: () => 0,
    gap: (w, s) => w * s,
  },
  tee: {
    points: [
      [-0.15, 0],
      [-0.15, -0.1],
      [0.15, -0.1],
      [0.15, 0],
    ],
    spacing: () => 1,
    gap: () => 1,
  },
};
