import type { Citation, CitationFormat } from "../__generated__/resolvers-types.js";
import { APA_WITH_ACCESSED, citationEngine, type RisRecord } from "./citation-js.js";
import type { CslItem } from "./csl-item.js";

/** Media type and file extension of each format. */
export const CITATION_FILES: Record<CitationFormat, { contentType: string; extension: string }> = {
  RIS: { contentType: "application/x-research-info-systems", extension: "ris" },
  BIBTEX: { contentType: "application/x-bibtex", extension: "bib" },
  CSL_JSON: { contentType: "application/vnd.citationstyles.csl+json", extension: "json" },
  HARVARD: { contentType: "text/plain; charset=utf-8", extension: "txt" },
  APA: { contentType: "text/plain; charset=utf-8", extension: "txt" },
};

/**
 * The CSL styles: both ship inside @citation-js/plugin-csl, so nothing is fetched at run time.
 * Its `harvard1` template is "Cite Them Right 12th edition (author-date/Harvard)", the Harvard
 * variant UK universities teach; `apa` is APA 7th edition, here with the retrieval date printed
 * whenever an accessed date is given (citation-js.ts). Both in British English (dates "7 December
 * 2026").
 */
const STYLE: Record<"HARVARD" | "APA", string> = { HARVARD: "harvard1", APA: APA_WITH_ACCESSED };

/** The items in one format: a file's text, with the media type and file name to save it as. */
export function formatCitation(items: readonly CslItem[], format: CitationFormat): Citation {
  const { contentType, extension } = CITATION_FILES[format];
  const base = items.length === 1 && items[0] ? items[0].id : `rrn-references-${items.length}`;
  return { format, contentType, filename: `${base}.${extension}`, text: render(items, format) };
}

function render(items: readonly CslItem[], format: CitationFormat): string {
  if (format === "CSL_JSON") return `${JSON.stringify(items, null, 2)}\n`;
  const engine = citationEngine();
  switch (format) {
    case "RIS":
      return risFile(engine.ris(items.map(forRis)));
    case "BIBTEX":
      // Keys are the graph ids with "_" for "-", which BibTeX (and Citation.js) take as is.
      return `${engine.bibtex(items).trim()}\n`;
    case "HARVARD":
    case "APA":
      // A reference list: one reference per line, in the style's own order (by author, then year).
      return `${engine
        .bibliography(items, STYLE[format])
        .split("\n")
        .map((line) => line.trim())
        .filter(Boolean)
        .join("\n")}\n`;
  }
}

/**
 * What Citation.js is handed for RIS. RIS has one author tag (AU), which for films and
 * broadcasts (TY MPCT) means their maker, and Citation.js fills it there from CSL `director`
 * alone; hand it the same names, so a video's author is not dropped from the RIS file. An
 * organisation is written with a trailing comma ("AU  - Mind,"): a family name with no given
 * name, which Zotero (RIS.js: no first name, so single-field) and EndNote read as a corporate
 * author rather than splitting "Restraint Reduction Network" into a person's names.
 */
function forRis(item: CslItem): CslItem | (CslItem & { director: CslItem["author"] }) {
  const author = item.author?.map((name) => (name.literal === undefined ? name : { literal: `${name.literal},` }));
  const withAuthors = author ? { ...item, author } : item;
  return (item.type === "motion_picture" || item.type === "broadcast") && author
    ? { ...withAuthors, director: author }
    : withAuthors;
}

/**
 * RIS records as a file. Citation.js maps the fields; its own text output wraps values at 70
 * characters, which RIS readers (Citation.js's own included) read back with a space inserted,
 * so the records are written here one tag per line, as the RIS specification has it (CRLF).
 */
function risFile(records: RisRecord[]): string {
  const line = (tag: string, value: string) => `${tag}  - ${value.replace(/\s*[\r\n]+\s*/g, " ")}`;
  return records
    .map((record) => {
      const lines = [line("TY", String(record.TY ?? "GEN"))];
      for (const [tag, value] of Object.entries(record)) {
        if (tag === "TY" || value === undefined) continue;
        for (const v of Array.isArray(value) ? value : [value]) lines.push(line(tag, String(v)));
      }
      lines.push("ER  - ");
      return lines.join("\r\n");
    })
    .join("\r\n")
    .concat("\r\n");
}
