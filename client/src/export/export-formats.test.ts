import { describe, expect, it } from "vitest";
import type { EdgeElementData, NodeElementData } from "../graph/elements";
import { edgesToCsv, nodesToCsv, toCytoscapeJson, toGraphML, toSvg } from "./export-formats";

const nodes: NodeElementData[] = [
  { id: "a", label: 'Guide "A" & <friends>', type: "RESOURCE", kind: "GUIDANCE", year: 2019, degree: 2 },
  { id: "b", label: "=HYPERLINK(evil)", type: "FRAMEWORK", kind: null, year: null, degree: 1 },
];
const edges: EdgeElementData[] = [
  {
    id: "DERIVES_FROM:a->b",
    source: "a",
    target: "b",
    type: "DERIVES_FROM",
    how: "ADAPTS",
    label: "adapts",
    evidence: 'It adapts, with changes, the "B" approach',
    sourceDoc: "rrn",
    generalKnowledge: false,
    basis: "INFERRED",
    reasoning: "Read as an adaptation, with changes.",
    annotation: false,
  },
];

describe("CSV", () => {
  it("quotes commas and quotes, and neutralises spreadsheet formulas", () => {
    const csv = nodesToCsv(nodes);
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe("id,label,type,kind,year,connections");
    expect(lines[1]).toBe('a,"Guide ""A"" & <friends>",RESOURCE,GUIDANCE,2019,2');
    expect(lines[2]).toBe("b,'=HYPERLINK(evil),FRAMEWORK,,,1");
  });

  it("writes relationships with both labels and the evidence quote", () => {
    const csv = edgesToCsv(edges, new Map(nodes.map((n) => [n.id, n.label])));
    expect(csv.split("\r\n")[1]).toBe(
      'a,"Guide ""A"" & <friends>",DERIVES_FROM,ADAPTS,b,\'=HYPERLINK(evil),"It adapts, with changes, the ""B"" approach",rrn,INFERRED,"Read as an adaptation, with changes."',
    );
  });
});

describe("GraphML", () => {
  it("declares typed keys and escapes XML in ids and values", () => {
    const xml = toGraphML(nodes, edges);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
    expect(xml).toContain('<key id="n_year" for="node" attr.name="year" attr.type="int"/>');
    expect(xml).toContain('<data key="n_label">Guide &quot;A&quot; &amp; &lt;friends&gt;</data>');
    expect(xml).toContain('<edge id="DERIVES_FROM:a-&gt;b" source="a" target="b">');
    // Missing values are left out, not written as empty strings that would break int keys.
    expect(xml).not.toMatch(/<data key="n_year"><\/data>/);
    expect((xml.match(/<node /g) ?? []).length).toBe(2);
    expect((xml.match(/<edge /g) ?? []).length).toBe(1);
    expect(xml).toContain('<data key="e_basis">INFERRED</data>');
  });
});

describe("SVG and JSON", () => {
  it("draws every node and edge with a title for screen readers", () => {
    const svg = toSvg(
      nodes.map((n, i) => ({ ...n, x: i * 100, y: 50, size: 30 })),
      edges,
      "Lineage of B",
    );
    expect(svg).toContain("<svg");
    expect(svg).toContain("<title>Lineage of B</title>");
    expect((svg.match(/<line /g) ?? []).length).toBe(1);
    // The one edge is inferred: marked by the hollow circle and named in its title.
    expect((svg.match(/<circle /g) ?? []).length).toBe(1);
    expect(svg).toContain("(Inferred: Read as an adaptation, with changes.)");
    expect(svg).toContain("Guide &quot;A&quot; &amp; &lt;friends&gt;");
  });

  it("keeps positions in the Cytoscape JSON so the picture can be restored", () => {
    const json = JSON.parse(toCytoscapeJson(nodes, edges, new Map([["a", { x: 1, y: 2 }]]))) as {
      elements: { nodes: { data: { id: string }; position?: { x: number } }[]; edges: unknown[] };
    };
    expect(json.elements.nodes[0]?.position).toEqual({ x: 1, y: 2 });
    expect(json.elements.edges).toHaveLength(1);
  });
});
