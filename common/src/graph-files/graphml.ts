import type { GraphFileEdge, GraphFileNode } from "./types.js";
import { xmlEscape } from "./xml.js";

/**
 * GraphML with typed attribute keys, as Gephi and Cytoscape desktop import it. The one writer:
 * the Export menu's download and the server's `/exports/*.graphml` both call it.
 */
export function toGraphML(nodes: readonly GraphFileNode[], edges: readonly GraphFileEdge[]): string {
  const nodeKeys = [
    ["label", "string"],
    ["type", "string"],
    ["kind", "string"],
    ["year", "int"],
    ["degree", "int"],
    ["colour", "string"],
    ["x", "double"],
    ["y", "double"],
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
  // Missing values are left out, not written as empty strings that would break int keys.
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
      dataLine("n_colour", n.colour) +
      dataLine("n_x", n.x) +
      dataLine("n_y", n.y) +
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
