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

/**
 * A register of CSL styles or locales in @citation-js/plugin-csl's configuration. Checked with
 * z.custom, which keeps the object itself: its methods use `this`, which a parsed copy lacks.
 */
interface Register {
  add(name: string, xml: string): void;
  get(name: string): unknown;
}
const hasMethods =
  (...names: string[]) =>
  (v: unknown): boolean =>
    typeof v === "object" && v !== null && names.every((n) => typeof (v as Record<string, unknown>)[n] === "function");
const register = z.custom<Register>(hasMethods("add", "get"), "not a CSL style or locale register");
const coreModule = z.object({
  Cite: z.custom<CiteClass>((v) => typeof v === "function", "@citation-js/core exports no Cite class"),
  plugins: z.object({
    config: z.custom<{ get(name: string): unknown }>(hasMethods("get"), "@citation-js/core has no plugin config"),
  }),
});
const cslConfig = z.object({ styles: register, locales: register });

/**
 * British English dates ("7 December 2026", as Cite Them Right prints an accessed date).
 * plugin-csl ships en-US and a few others but not en-GB; citeproc-js reads en-US first and lays
 * a locale over it, so only what differs is given.
 */
const EN_GB_LOCALE = `<?xml version="1.0" encoding="utf-8"?>
<locale xmlns="http://purl.org/net/xbiblio/csl" version="1.0" xml:lang="en-GB">
  <date form="text">
    <date-part name="day" suffix=" "/>
    <date-part name="month" suffix=" "/>
    <date-part name="year"/>
  </date>
  <date form="numeric">
    <date-part name="day" form="numeric-leading-zeros" suffix="/"/>
    <date-part name="month" form="numeric-leading-zeros" suffix="/"/>
    <date-part name="year"/>
  </date>
</locale>`;

/**
 * APA 7th edition as plugin-csl ships it, except that "Retrieved <date>, from <URL>" is printed
 * whenever an accessed date is given, not only for undated items: the graph cannot tell which
 * pages change, and a reader asked for the date they looked.
 */
export const APA_WITH_ACCESSED = "apa-accessed";
const APA_RETRIEVED_IF_UNDATED = '<if match="none" variable="issued status"><text term="retrieved"';
const APA_RETRIEVED_IF_ACCESSED = '<if variable="accessed"><text term="retrieved"';
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
  const { Cite, plugins } = coreModule.parse(require("@citation-js/core"));
  // Each plugin registers its formats with the core it requires, the one loaded above.
  require("@citation-js/plugin-ris");
  require("@citation-js/plugin-bibtex");
  require("@citation-js/plugin-csl");
  const csl = cslConfig.parse(plugins.config.get("@csl"));
  csl.locales.add("en-GB", EN_GB_LOCALE);
  const apa = z.string().parse(csl.styles.get("apa"));
  // Refuse to start citing with a style that silently lost the change (a new plugin-csl).
  if (apa.split(APA_RETRIEVED_IF_UNDATED).length !== 2) {
    throw new Error("@citation-js/plugin-csl's APA style no longer has the retrieval-date rule this server adapts");
  }
  csl.styles.add(APA_WITH_ACCESSED, apa.replace(APA_RETRIEVED_IF_UNDATED, APA_RETRIEVED_IF_ACCESSED));
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
