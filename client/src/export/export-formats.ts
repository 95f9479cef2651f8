import type { EdgeElementData, NodeElementData } from "../graph/elements";
import { FONT_STACK } from "../graph/stylesheet";
import { shapeSvg } from "../graph/shape-svg";
import { basisText, edgeLook, isStated, nodeLook, UNSTATED_EDGE } from "../graph/visual-encoding";
import { xmlEscape } from "@rrn/common/graph-files";
import { csv } from "./csv";

// The GraphML writer is shared with the server's /exports/*.graphml (@rrn/common/graph-files).
export { toGraphML } from "@rrn/common/graph-files";

/**
 * Serialisers for the export menu. Pure functions of the drawn elements (and, for SVG, their
 * positions), loaded lazily with the menu so the first view never downloads them.
 */

export interface PlacedNode extends NodeElementData {
  x: number;
  y: number;
  size: number;
}

export function nodesToCsv(nodes: readonly NodeElementData[]): string {
  return csv([
    ["id", "label", "type", "kind", "year", "connections"],
    ...nodes.map((n) => [n.id, n.label, n.type, n.kind, n.year, n.degree]),
  ]);
}

export function edgesToCsv(edges: readonly EdgeElementData[], labels: ReadonlyMap<string, string>): string {
  return csv([
    [
      "source",
      "source_label",
      "relationship",
      "how",
      "target",
      "target_label",
      "evidence",
      "evidence_source",
      "basis",
      "reasoning",
    ],
    ...edges.map((e) => [
      e.source,
      labels.get(e.source) ?? "",
      e.type,
      e.how,
      e.target,
      labels.get(e.target) ?? "",
      e.evidence,
      e.sourceDoc,
      e.basis,
      e.reasoning,
    ]),
  ]);
}

/** A standalone SVG of the drawn graph: same shapes, colours and dash patterns as the canvas. */
export function toSvg(nodes: readonly PlacedNode[], edges: readonly EdgeElementData[], title: string): string {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const pad = 80;
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const minX = Math.min(...xs, 0) - pad;
  const minY = Math.min(...ys, 0) - pad;
  const width = Math.max(...xs, 0) - minX + pad;
  const height = Math.max(...ys, 0) - minY + pad;
  const edgeSvg = edges.flatMap((e) => {
    const s = byId.get(e.source);
    const t = byId.get(e.target);
    if (!s || !t) return [];
    const look = edgeLook(e.type);
    const dash = look.dash.length ? ` stroke-dasharray="${look.dash.join(" ")}"` : "";
    const stated = isStated(e.basis);
    const title = `${s.label} — ${look.forward.toLowerCase()} → ${t.label}${stated ? "" : ` (${basisText(e)})`}`;
    const fade = stated ? "" : ` opacity="${UNSTATED_EDGE.opacity}"`;
    return [
      `<line x1="${s.x}" y1="${s.y}" x2="${t.x}" y2="${t.y}" stroke="${look.colour}" stroke-width="${look.width}"${dash}${fade} marker-end="url(#arrow)"><title>${xmlEscape(title)}</title></line>`,
      // The canvas's mark for a link its quote does not state: a hollow circle at the middle.
      ...(stated
        ? []
        : [
            `<circle cx="${(s.x + t.x) / 2}" cy="${(s.y + t.y) / 2}" r="4" fill="#ffffff" stroke="${UNSTATED_EDGE.markerColour}" stroke-width="1.5"/>`,
          ]),
    ];
  });
  const nodeSvg = nodes.map((n) => {
    const look = nodeLook(n.type);
    return [
      `<g><title>${xmlEscape(`${n.label} (${look.label})`)}</title>`,
      shapeSvg(look.shape, n.x, n.y, n.size, look.colour),
      `<text x="${n.x}" y="${n.y + n.size / 2 + 13}" text-anchor="middle">${xmlEscape(n.label)}</text></g>`,
    ].join("");
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${minX} ${minY} ${width} ${height}" width="${Math.round(width)}" height="${Math.round(height)}" role="img">`,
    `<title>${xmlEscape(title)}</title>`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="18" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#5b6773"/></marker></defs>`,
    `<rect x="${minX}" y="${minY}" width="${width}" height="${height}" fill="#ffffff"/>`,
    `<g font-family='${FONT_STACK}' font-size="11" fill="#1d2733">`,
    ...edgeSvg,
    ...nodeSvg,
    "</g></svg>",
    "",
  ].join("\n");
}

/** Cytoscape's own JSON: re-importable with cy.json() or cy.add(). */
export function toCytoscapeJson(
  nodes: readonly NodeElementData[],
  edges: readonly EdgeElementData[],
  positions: ReadonlyMap<string, { x: number; y: number }>,
): string {
  return JSON.stringify(
    {
      elements: {
        nodes: nodes.map((data) => ({ data, position: positions.get(data.id) })),
        edges: edges.map((data) => ({ data })),
      },
    },
    null,
    2,
  );
}
