import { createRequire } from "node:module";
import { z } from "zod";

/**
 * Citation.js (`@citation-js/core` with its RIS, BibTeX and CSL plugins) ships no type
 * declarations, so the little the server uses is loaded here and checked at run time: the
 * modules' shape when they load, every answer's shape when it is used.
 */
const require = createRequire(import.meta.url);

interface CiteInstance {
  format(name: string, options?: Record<string, unknown>): unknown;
}
type CiteClass = new (data: unknown) => CiteInstance;

const coreModule = z.object({
  Cite: z.custom<CiteClass>((v) => typeof v === "function", "@citation-js/core exports no Cite class"),
});
const nameModule = z.object({
  parse: z.custom<(name: string) => unknown>((v) => typeof v === "function", "@citation-js/name exports no parse"),
});
const parsedName = z.object({ given: z.string().optional(), family: z.string().optional() });
const risValue = z.union([z.string(), z.number()]);
const risRecords = z.array(z.record(z.string(), z.union([risValue, z.array(risValue)])));

/** One RIS record as tag → value(s), e.g. { TY: "RPRT", AU: ["…"], TI: "…" }. */
export type RisRecord = z.infer<typeof risRecords>[number];

export interface CitationEngine {
  /** RIS records for CSL-JSON items (fields mapped by @citation-js/plugin-ris). */
  ris(items: readonly object[]): RisRecord[];
  bibtex(items: readonly object[]): string;
  /** A formatted reference list in one of the CSL styles plugin-csl ships (apa, harvard1, …). */
  bibliography(items: readonly object[], template: string): string;
}

let engine: CitationEngine | undefined;

/**
 * Loaded on the first citation rather than at start-up: Citation.js takes about a second to
 * load, and most server processes never cite.
 */
export function citationEngine(): CitationEngine {
  if (engine) return engine;
  const { Cite } = coreModule.parse(require("@citation-js/core"));
  // Each plugin registers its formats with the core it requires, the one loaded above.
  require("@citation-js/plugin-ris");
  require("@citation-js/plugin-bibtex");
  require("@citation-js/plugin-csl");
  // Citation.js keeps what it is given; hand it copies so our items stay as they were.
  const cite = (items: readonly object[]) => new Cite(items.map((item) => ({ ...item })));
  engine = {
    ris: (items) => risRecords.parse(cite(items).format("ris", { format: "object" })),
    bibtex: (items) => z.string().parse(cite(items).format("bibtex")),
    bibliography: (items, template) =>
      z.string().parse(cite(items).format("bibliography", { template, format: "text", lang: "en-GB" })),
  };
  return engine;
}

const names = nameModule.parse(require("@citation-js/name"));

/** "Kevin Ann Huckshorn" → given "Kevin Ann", family "Huckshorn" (Citation.js's name parser). */
export function splitPersonName(name: string): { given?: string; family?: string } {
  return parsedName.parse(names.parse(name));
}
