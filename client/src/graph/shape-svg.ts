import type { NodeShapeName } from "./visual-encoding";

function points(cx: number, cy: number, r: number, unit: readonly (readonly [number, number])[]): string {
  return unit.map(([px, py]) => `${(cx + px * r).toFixed(1)},${(cy + py * r).toFixed(1)}`).join(" ");
}

function regular(sides: number, rotation: number): [number, number][] {
  return Array.from({ length: sides }, (_, i) => {
    const a = rotation + (i * 2 * Math.PI) / sides;
    return [Math.cos(a), Math.sin(a)] as [number, number];
  });
}

const DIAMOND = [
  [0, -1],
  [1, 0],
  [0, 1],
  [-1, 0],
] as const;
const TRIANGLE = [
  [0, -1],
  [1, 0.85],
  [-1, 0.85],
] as const;

/**
 * SVG markup for a node shape, approximating Cytoscape's own shapes; shared by the legend, the
 * SVG export and the sketch drawn before the canvas loads, so all match the canvas. Inputs are our constants, never user text.
 */
export function shapeSvg(
  shape: NodeShapeName,
  x: number,
  y: number,
  size: number,
  fill: string,
  stroke = "#ffffff",
  strokeWidth = 1.5,
): string {
  const r = size / 2;
  const attrs = `fill="${fill}" stroke="${stroke}" stroke-width="${strokeWidth}"`;
  switch (shape) {
    case "ellipse":
      return `<circle cx="${x}" cy="${y}" r="${r}" ${attrs}/>`;
    case "rectangle":
      return `<rect x="${x - r}" y="${y - r}" width="${size}" height="${size}" ${attrs}/>`;
    case "round-rectangle":
      return `<rect x="${x - r}" y="${y - r}" width="${size}" height="${size}" rx="${r / 2.5}" ${attrs}/>`;
    case "barrel":
      return `<rect x="${x - r}" y="${y - r * 0.8}" width="${size}" height="${size * 0.8}" rx="${r / 1.5}" ry="${r / 4}" ${attrs}/>`;
    case "round-tag":
      return `<polygon points="${points(x, y, r, [
        [-1, -0.8],
        [0.4, -0.8],
        [1, 0],
        [0.4, 0.8],
        [-1, 0.8],
      ])}" stroke-linejoin="round" ${attrs}/>`;
    case "diamond":
      return `<polygon points="${points(x, y, r, DIAMOND)}" ${attrs}/>`;
    case "triangle":
      return `<polygon points="${points(x, y, r, TRIANGLE)}" ${attrs}/>`;
    case "hexagon":
      return `<polygon points="${points(x, y, r, regular(6, 0))}" ${attrs}/>`;
    case "octagon":
      return `<polygon points="${points(x, y, r, regular(8, Math.PI / 8))}" ${attrs}/>`;
  }
}
