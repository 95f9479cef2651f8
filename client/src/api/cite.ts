import { graphql } from "../__generated__";
import type { CitationFormat } from "../__generated__/graphql";

/**
 * References from the API's `cite`: built on the server (Citation.js never reaches the browser),
 * fetched only when someone asks to cite.
 */
export const CiteQuery = graphql(`
  query Cite($ids: [ID!]!, $format: CitationFormat!, $accessed: String) {
    cite(ids: $ids, format: $format, accessed: $accessed) {
      format
      contentType
      filename
      text
    }
  }
`);

/** The most ids one request may cite (the API's bound). */
export { MAX_CITE_IDS } from "@rrn/model";

/** Node types that are documents, and so can be cited. */
export const CITABLE_TYPES: ReadonlySet<string> = new Set(["RESOURCE", "LEGISLATION"]);

export interface CiteAction {
  format: CitationFormat;
  /** Formatted text goes to the clipboard; file formats are downloaded. */
  kind: "copy" | "download";
  label: string;
  hint: string;
}

export const CITE_ACTIONS: readonly CiteAction[] = [
  { format: "HARVARD", kind: "copy", label: "Copy Harvard", hint: "Cite Them Right" },
  { format: "APA", kind: "copy", label: "Copy APA", hint: "7th edition" },
  { format: "RIS", kind: "download", label: "Download RIS", hint: "Zotero, EndNote, Mendeley" },
  { format: "BIBTEX", kind: "download", label: "Download BibTeX", hint: "LaTeX" },
  { format: "CSL_JSON", kind: "download", label: "Download CSL-JSON", hint: "citation processors" },
];

/**
 * Today in the visitor's own calendar (YYYY-MM-DD), the accessed date of references with a URL.
 * Read when someone asks to cite (an event, or a panel opened by one), never while rendering a
 * page the server also renders.
 */
export function accessedToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The formats a reference manager imports, offered as downloads (the Export menu, the cite panel). */
export const REFERENCE_FILES: readonly CiteAction[] = CITE_ACTIONS.filter((a) => a.kind === "download");
