import type { EdgeElementData, NodeElementData } from "../graph/elements";
import { FONT_STACK } from "../graph/stylesheet";
import { shapeSvg } from "../graph/shape-svg";
import { basisText, edgeLook, isStated, nodeLook, UNSTATED_EDGE } from "../graph/visual-encoding";

/**
 * Serialisers for the export menu. Pure functions of the drawn elements (and, for SVG, their
 * positions), loaded lazily with the menu so the first view never downloads them.
 */

export interface PlacedNode extends NodeElementData {
  x: number;
  y: number;
  size: number;
}

function xmlEscape(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  // Quote when needed; a leading =,+,-,@ is neutralised so spreadsheets never run it as a formula.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csv(rows: (string | number | boolean | null | undefined)[][]): string {
  return rows.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
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

/** GraphML with typed attribute keys, as Gephi and Cytoscape desktop import it. */
export function toGraphML(nodes: readonly NodeElementData[], edges: readonly EdgeElementData[]): string {
  const nodeKeys = [
    ["label", "string"],
    ["type", "string"],
    ["kind", "string"],
    ["year", "int"],
    ["degree", "int"],
  ] as const;
  const edgeKeys = [
    ["relationship", "string"],
    ["how", "string"],
    ["evidence", "string"],
    ["source_doc", "string"],
    ["basis", "string"],
    ["reasoning", "string"],
  ] as const;
  const keyLines = [
    ...nodeKeys.map(([k, t]) => `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="${t}"/>`),
    ...edgeKeys.map(([k, t]) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="${t}"/>`),
  ];
  const dataLine = (key: string, value: string | number | null | undefined): string =>
    value === null || value === undefined ? "" : `\n      <data key="${key}">${xmlEscape(String(value))}</data>`;
  const nodeLines = nodes.map(
    (n) =>
      `    <node id="${xmlEscape(n.id)}">` +
      dataLine("n_label", n.label) +
      dataLine("n_type", n.type) +
      dataLine("n_kind", n.kind) +
      dataLine("n_year", n.year) +
      dataLine("n_degree", n.degree) +
      `\n    </node>`,
  );
  const edgeLines = edges.map(
    (e) =>
      `    <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">` +
      dataLine("e_relationship", e.type) +
      dataLine("e_how", e.how) +
      dataLine("e_evidence", e.evidence) +
      dataLine("e_source_doc", e.sourceDoc) +
      dataLine("e_basis", e.basis) +
      dataLine("e_reasoning", e.reasoning) +
      `\n    </edge>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keyLines,
    '  <graph id="rrn" edgedefault="directed">',
    ...nodeLines,
    ...edgeLines,
    "  </graph>",
    "</graphml>",
    "",
  ].join("\n");
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
