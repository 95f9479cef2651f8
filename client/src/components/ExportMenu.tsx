import { useRef, useState } from "react";
import { useClient } from "urql";
import { accessedToday, CiteQuery, MAX_CITE_IDS, REFERENCE_FILES } from "../api/cite";
import { fetchProvenance } from "../api/provenance";
import type { Core } from "../graph/cytoscape-instance";
import type { ExportFormat } from "../export/export-current-view";
import { downloadFile } from "../export/download-file";
import { GraphFileLinks } from "./GraphFileLinks";
import { useHydrated } from "../hooks/use-hydrated";
import { EmbedCode } from "../embed/EmbedCode";
import "../embed/Embed.css";
import "./ExportMenu.css";

const FORMATS: { format: ExportFormat; label: string; hint: string }[] = [
  { format: "png", label: "PNG image", hint: "for slides and documents" },
  { format: "svg", label: "SVG image", hint: "scalable, editable" },
  { format: "csv-nodes", label: "CSV — nodes", hint: "the list, for spreadsheets" },
  { format: "csv-edges", label: "CSV — relationships", hint: "with evidence quotes" },
  { format: "graphml", label: "GraphML", hint: "Gephi, Cytoscape desktop" },
  { format: "json", label: "JSON", hint: "Cytoscape elements" },
];

export interface ExportMenuProps {
  cy: Core | undefined;
  title: string;
  /** The resources and legislation in view: what the reference formats cite. */
  citeIds: readonly string[];
}

/**
 * Export of the current view: the drawing's formats (their serialisers load only when used, and
 * need the canvas) and the references of what is in view in the formats reference managers
 * import (from the API's `cite`, so they need only scripts, not the canvas).
 */
export function ExportMenu({ cy, title, citeIds }: ExportMenuProps) {
  const client = useClient();
  const hydrated = useHydrated();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState("");
  const detailsRef = useRef<HTMLDetailsElement>(null);
  const cited = citeIds.slice(0, MAX_CITE_IDS);

  const close = () => {
    if (detailsRef.current) detailsRef.current.open = false;
  };

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
      close();
    }
  };

  const downloadReferences = async (format: (typeof REFERENCE_FILES)[number]["format"]) => {
    setBusy(true);
    try {
      const res = await client.query(CiteQuery, { ids: cited, format, accessed: accessedToday() }).toPromise();
      if (!res.data) throw new Error(res.error?.graphQLErrors[0]?.message ?? res.error?.message ?? "No answer");
      const { filename, text, contentType } = res.data.cite;
      downloadFile(filename, new Blob([text], { type: contentType }));
      setStatus(`Downloaded ${filename} (${cited.length} ${cited.length === 1 ? "reference" : "references"}).`);
      close();
    } catch (err) {
      setStatus(`Could not export the references: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <details className="menu" ref={detailsRef} data-testid="export-menu">
        <summary className="button">Export</summary>
        <ul className="menu-list" aria-label="Export formats" aria-busy={busy}>
          <li className="menu-note">
            <noscript>
              These downloads are made in the browser and need JavaScript, which is off; the graph files by URL below
              work without it.
            </noscript>
          </li>
          <li className="menu-heading">The graph</li>
          {FORMATS.map(({ format, label, hint }) => (
            <li key={format}>
              <button type="button" disabled={!cy || busy} onClick={() => void run(format)} data-format={format}>
                <span>{label}</span>
                <span className="menu-hint">{hint}</span>
              </button>
            </li>
          ))}
          <GraphFileLinks />
          <li className="menu-heading">References ({citeIds.length} in view)</li>
          {citeIds.length === 0 && <li className="menu-note">No resource or legislation in view to cite.</li>}
          {citeIds.length > MAX_CITE_IDS && (
            <li className="menu-note">
              The first {MAX_CITE_IDS} of {citeIds.length}; narrow the view for the rest.
            </li>
          )}
          {REFERENCE_FILES.map(({ format, label, hint }) => (
            <li key={format}>
              <button
                type="button"
                disabled={!hydrated || busy || cited.length === 0}
                onClick={() => void downloadReferences(format)}
                data-format={format}
              >
                <span>{label.replace("Download ", "")} references</span>
                <span className="menu-hint">{hint}</span>
              </button>
            </li>
          ))}
          <EmbedCode title={title} />
        </ul>
      </details>
      {/* Outside the menu: a closed <details> hides what it holds, a live region too. */}
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="export-status">
        {status}
      </p>
    </>
  );
}
