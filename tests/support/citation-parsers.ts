import { createRequire } from "node:module";
import { z } from "zod";

/**
 * Real parsers for what `cite` writes: Citation.js's RIS and BibTeX *input* plugins, which read
 * files as reference managers do, into CSL-JSON. Citation.js ships no types, so its answers are
 * checked with zod like any other outside data.
 */
const require = createRequire(import.meta.url);

type CiteClass = new (data: string, options?: { forceType?: string }) => { data: unknown };
const core = z
  .object({ Cite: z.custom<CiteClass>((v) => typeof v === "function", "no Cite class") })
  .parse(require("@citation-js/core"));
require("@citation-js/plugin-ris");
require("@citation-js/plugin-bibtex");

const name = z.object({ literal: z.string().optional(), given: z.string().optional(), family: z.string().optional() });
const entry = z.looseObject({
  id: z.union([z.string(), z.number()]).optional(),
  type: z.string(),
  title: z.string().optional(),
  author: z.array(name).optional(),
  publisher: z.string().optional(),
  note: z.string().optional(),
  URL: z.string().optional(),
  issued: z.object({ "date-parts": z.array(z.array(z.union([z.number(), z.string()]))) }).optional(),
  "citation-key": z.string().optional(),
});
export type ParsedEntry = z.infer<typeof entry>;

function parse(text: string, forceType: string): ParsedEntry[] {
  return z.array(entry).parse(new core.Cite(text, { forceType }).data);
}

export const parseRis = (text: string): ParsedEntry[] => parse(text, "@ris/file");
export const parseBibtex = (text: string): ParsedEntry[] => parse(text, "@biblatex/text");

/** The year of a parsed entry, or null. */
export function yearOf(e: ParsedEntry): number | null {
  const y = e.issued?.["date-parts"][0]?.[0];
  return y === undefined ? null : Number(y);
}

/** "Quinn, A." style comparisons are the formatter's business; here names are compared whole. */
export function authorNames(e: ParsedEntry): string[] {
  return (e.author ?? []).map((a) => a.literal ?? [a.given, a.family].filter(Boolean).join(" "));
}
