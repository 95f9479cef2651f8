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

/** Average glyph advance as a share of the font size for a sans-serif face (bold a little wider). */
const GLYPH_EM = { regular: 0.56, bold: 0.62 };

/**
 * A wrapped label's box, estimated: headless Cytoscape cannot measure text, and the layouts that
 * include labels (dagre always, fcose for small graphs) need its size to keep labels apart; the
 * explorer's SVG sketch fits its viewport to the same estimate before any text is measured.
 * Words wrap at the stylesheet's width as Cytoscape wraps them (at spaces only).
 */
export function estimateLabelBox(
  text: string,
  fontSize: number,
  maxWidth: number,
  bold = false,
): { width: number; height: number } {
  const advance = fontSize * (bold ? GLYPH_EM.bold : GLYPH_EM.regular);
  const space = advance;
  let lines = 0;
  let line = 0;
  let widest = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const w = word.length * advance;
    if (line > 0 && line + space + w > maxWidth) {
      widest = Math.max(widest, line);
      lines += 1;
      line = w;
    } else {
      line += (line > 0 ? space : 0) + w;
    }
  }
  if (line > 0) {
    widest = Math.max(widest, line);
    lines += 1;
  }
  return { width: widest, height: lines * fontSize * 1.2 };
}
