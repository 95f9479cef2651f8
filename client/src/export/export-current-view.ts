import type { Core } from "../graph/cytoscape-instance";
import type { EdgeElementData, NodeElementData } from "../graph/elements";
import { edgesToCsv, nodesToCsv, toCytoscapeJson, toGraphML, toSvg, type PlacedNode } from "./export-formats";
import { withAllLabels } from "../graph/highlight";
import { downloadFile } from "./download-file";

export type ExportFormat = "png" | "svg" | "json" | "csv-nodes" | "csv-edges" | "graphml";

export interface ExportFile {
  filename: string;
  blob: Blob;
}

/** Evidence per edge id, which the canvas does not hold (see ../api/provenance.ts). */
export type ProvenanceById = ReadonlyMap<string, Pick<EdgeElementData, "evidence" | "sourceDoc" | "generalKnowledge">>;

function drawn(cy: Core, provenance: ProvenanceById): { nodes: NodeElementData[]; edges: EdgeElementData[] } {
  return {
    // Compound group boxes are layout aids, not data.
    nodes: cy.nodes(":childless").map((n) => n.data() as NodeElementData),
    edges: cy.edges().map((e) => {
      const data = e.data() as EdgeElementData;
      return { ...data, ...provenance.get(data.id) };
    }),
  };
}

/** The formats that write relationships' evidence, for which the menu fetches it first. */
export const WITH_PROVENANCE: ReadonlySet<ExportFormat> = new Set(["csv-edges", "graphml", "json"]);

/** The drawn nodes' ids, for asking the API for their relationships' evidence. */
export function drawnNodeIds(cy: Core): string[] {
  return cy.nodes(":childless").map((n) => n.id());
}

function slug(title: string): string {
  return (
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60) || "graph"
  );
}

/** The current view as a file in the chosen format. */
export async function exportCurrentView(
  cy: Core,
  format: ExportFormat,
  title: string,
  provenance: ProvenanceById = new Map(),
): Promise<ExportFile> {
  const base = `rrn-${slug(title)}`;
  const { nodes, edges } = drawn(cy, provenance);
  switch (format) {
    case "png":
      return {
        filename: `${base}.png`,
        // The picture shows every label, including those a large graph has not drawn yet.
        blob: await withAllLabels(cy, () =>
          cy.png({
            output: "blob-promise",
            full: true,
            scale: 2,
            bg: "#ffffff",
            maxWidth: 6000,
            maxHeight: 6000,
          }),
        ),
      };
    case "svg": {
      const placed: PlacedNode[] = cy.nodes(":childless").map((n) => ({
        ...(n.data() as NodeElementData),
        ...n.position(),
        size: n.width(),
      }));
      return { filename: `${base}.svg`, blob: new Blob([toSvg(placed, edges, title)], { type: "image/svg+xml" }) };
    }
    case "json": {
      const positions = new Map(cy.nodes(":childless").map((n) => [n.id(), { ...n.position() }]));
      return {
        filename: `${base}.json`,
        blob: new Blob([toCytoscapeJson(nodes, edges, positions)], { type: "application/json" }),
      };
    }
    case "csv-nodes":
      return { filename: `${base}-nodes.csv`, blob: new Blob([nodesToCsv(nodes)], { type: "text/csv" }) };
    case "csv-edges": {
      const labels = new Map(nodes.map((n) => [n.id, n.label]));
      return {
        filename: `${base}-relationships.csv`,
        blob: new Blob([edgesToCsv(edges, labels)], { type: "text/csv" }),
      };
    }
    case "graphml":
      return {
        filename: `${base}.graphml`,
        blob: new Blob([toGraphML(nodes, edges)], { type: "application/graphml+xml" }),
      };
  }
}

export function download({ filename, blob }: ExportFile): void {
  downloadFile(filename, blob);
}
