import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useClient, useQuery } from "urql";
import type { CitationFormat } from "../__generated__/graphql";
import { accessedToday, CITE_ACTIONS, CiteQuery, MAX_CITE_IDS, type CiteAction } from "../api/cite";
import { downloadFile } from "../export/download-file";
import "./CitePanel.css";

export interface CitePanelProps {
  /** Resources and legislation to cite (anything else is left out by the caller). */
  ids: readonly string[];
  /** What is being cited, for the heading: "this resource", "3 selected resources". */
  what: string;
  onClose: () => void;
}

/** How many references the preview shows before "and N more". */
const PREVIEW_LINES = 3;

/**
 * References for one node or a list's selection: a Harvard preview, copy as Harvard or APA,
 * download RIS, BibTeX or CSL-JSON. The text comes from the API; nothing here formats it.
 * Focus moves to the heading on opening and back to the caller on Escape or Close.
 */
export function CitePanel({ ids, what, onClose }: CitePanelProps) {
  const client = useClient();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const cited = ids.slice(0, MAX_CITE_IDS);
  // The panel opens on a click, never in a server-rendered page, so reading the clock here is safe.
  const [accessed] = useState(accessedToday);
  const [preview] = useQuery({ query: CiteQuery, variables: { ids: cited, format: "HARVARD", accessed } });
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);
  const [manualCopy, setManualCopy] = useState<string>();

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const fetchText = async (format: CitationFormat) => {
    if (format === "HARVARD" && preview.data) return preview.data.cite;
    const res = await client.query(CiteQuery, { ids: cited, format, accessed }).toPromise();
    if (!res.data) throw new Error(res.error?.graphQLErrors[0]?.message ?? res.error?.message ?? "No answer");
    return res.data.cite;
  };

  const act = async ({ format, kind, label }: CiteAction) => {
    if (busy) return;
    setBusy(true);
    setManualCopy(undefined);
    try {
      const citation = await fetchText(format);
      const references = `${cited.length} ${plural(cited.length, "reference")}`;
      if (kind === "download") {
        downloadFile(citation.filename, new Blob([citation.text], { type: citation.contentType }));
        setStatus(`Downloaded ${citation.filename} (${references}).`);
        return;
      }
      try {
        await navigator.clipboard.writeText(citation.text.trim());
        setStatus(
          `${format === "HARVARD" ? "Harvard" : "APA"} ${plural(cited.length, "reference")} copied to the clipboard.`,
        );
      } catch {
        // No clipboard (permission refused, insecure origin): show the text to copy by hand.
        setManualCopy(citation.text.trim());
        setStatus(`Copying was not allowed here; select the ${label.replace("Copy ", "")} text below and copy it.`);
      }
    } catch (err) {
      setStatus(`Could not cite: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "Escape") {
      e.stopPropagation();
      onClose();
    }
  };

  const lines = preview.data?.cite.text.trim().split("\n") ?? [];
  return (
    <section className="cite-panel" aria-labelledby={headingId} onKeyDown={onKeyDown} data-testid="cite-panel">
      <div className="cite-panel-head">
        <h3 id={headingId} ref={headingRef} tabIndex={-1}>
          Cite {what}
        </h3>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close citing">
          ×
        </button>
      </div>
      {ids.length > MAX_CITE_IDS && (
        <p className="cite-note">
          The first {MAX_CITE_IDS} of {ids.length} are cited; narrow the view or the selection for the rest.
        </p>
      )}
      <div className="cite-preview" aria-label="Harvard references" role="region" data-testid="cite-preview">
        {preview.error && (
          <p className="cite-note">{preview.error.graphQLErrors[0]?.message ?? preview.error.message}</p>
        )}
        {!preview.data && !preview.error && <p className="cite-note">Formatting…</p>}
        {lines.slice(0, PREVIEW_LINES).map((line, i) => (
          <p key={i}>{line}</p>
        ))}
        {lines.length > PREVIEW_LINES && <p className="cite-note">and {lines.length - PREVIEW_LINES} more</p>}
      </div>
      {/* Never disabled while busy: a disabled button drops keyboard focus out of the panel. */}
      <div className="cite-actions" role="group" aria-label="Cite as" aria-busy={busy}>
        {CITE_ACTIONS.map((action) => (
          <button
            key={action.format}
            type="button"
            className={action.format === "HARVARD" ? "button primary" : "button"}
            onClick={() => void act(action)}
            data-format={action.format}
          >
            {action.label}
            <span className="cite-hint">{action.hint}</span>
          </button>
        ))}
      </div>
      <p className="cite-status" role="status" aria-live="polite" data-testid="cite-status">
        {status}
      </p>
      {manualCopy && (
        <textarea className="cite-manual" readOnly value={manualCopy} aria-label="References to copy" rows={4} />
      )}
    </section>
  );
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}
