import { graphql } from "../__generated__";
import type { CitationFormat } from "../__generated__/graphql";

/**
 * References from the API's `cite`: built on the server (Citation.js never reaches the browser),
 * fetched only when someone asks to cite.
 */
export const CiteQuery = graphql(`
  query Cite($ids: [ID!]!, $format: CitationFormat!) {
    cite(ids: $ids, format: $format) {
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
