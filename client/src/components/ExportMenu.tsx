import { useRef, useState } from "react";
import { useClient } from "urql";
import { fetchProvenance } from "../api/provenance";
import type { Core } from "../graph/cytoscape-instance";
import type { ExportFormat } from "../export/export-current-view";
import "./ExportMenu.css";

const FORMATS: { format: ExportFormat; label: string; hint: string }[] = [
  { format: "png", label: "PNG image", hint: "for slides and documents" },
  { format: "svg", label: "SVG image", hint: "scalable, editable" },
  { format: "csv-nodes", label: "CSV — nodes", hint: "the list, for spreadsheets" },
  { format: "csv-edges", label: "CSV — relationships", hint: "with evidence quotes" },
  { format: "graphml", label: "GraphML", hint: "Gephi, Cytoscape desktop" },
  { format: "json", label: "JSON", hint: "Cytoscape elements" },
];

/** Export of the current view; the serialisers load only when someone opens this menu. */
export function ExportMenu({ cy, title }: { cy: Core | undefined; title: string }) {
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const detailsRef = useRef<HTMLDetailsElement>(null);

  const run = async (format: ExportFormat) => {
    if (!cy) return;
    setBusy(true);
    try {
      const { exportCurrentView, download, drawnNodeIds, WITH_PROVENANCE } =
        await import("../export/export-current-view");
      // The drawing holds no evidence quotes: formats that carry them ask the API first.
      const provenance = WITH_PROVENANCE.has(format) ? await fetchProvenance(client, drawnNodeIds(cy)) : new Map();
      download(await exportCurrentView(cy, format, title, provenance));
    } finally {
      setBusy(false);
      if (detailsRef.current) detailsRef.current.open = false;
    }
  };

  return (
    <details className="menu" ref={detailsRef} data-testid="export-menu">
      <summary className="button">Export</summary>
      <ul className="menu-list" aria-label="Export formats" aria-busy={busy}>
        <li className="menu-note">
          <noscript>Exports are made in the browser and need JavaScript, which is off.</noscript>
        </li>
        {FORMATS.map(({ format, label, hint }) => (
          <li key={format}>
            <button type="button" disabled={!cy || busy} onClick={() => void run(format)} data-format={format}>
              <span>{label}</span>
              <span className="menu-hint">{hint}</span>
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
