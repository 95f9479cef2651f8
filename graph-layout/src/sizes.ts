/**
 * What decides how much room a node takes on the canvas, shared by the client's stylesheet and
 * the API's headless layouts (which cannot measure text, so they estimate label boxes from these).
 */

/** Shapes grow with degree, from NODE_SIZE.min at minDegree to NODE_SIZE.max at maxDegree. */
export const NODE_SIZE = { minDegree: 0, maxDegree: 30, min: 22, max: 46 } as const;

/** The stylesheet's width/height: Cytoscape's mapData over degree. */
export const NODE_SIZE_STYLE = `mapData(degree, ${NODE_SIZE.minDegree}, ${NODE_SIZE.maxDegree}, ${NODE_SIZE.min}, ${NODE_SIZE.max})`;

/** The same mapping as a number, clamped as mapData clamps. */
export function nodeSize(degree: number): number {
  const { minDegree, maxDegree, min, max } = NODE_SIZE;
  const t = Math.min(1, Math.max(0, (degree - minDegree) / (maxDegree - minDegree)));
  return min + t * (max - min);
}

/** Node labels: size, wrap width, and the gap between shape and label. */
export const NODE_LABEL = { fontSize: 11, maxWidth: 130, marginY: 5, padding: 2 } as const;
/** Hub labels in large graphs are drawn larger and bold. */
export const HUB_LABEL = { fontSize: 20, maxWidth: 220 } as const;

/** Padding inside a compound group box (organisation view). */
export const GROUP_PADDING = 18;
