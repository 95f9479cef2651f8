import type { Citation, CitationFormat } from "../__generated__/resolvers-types.js";
import type { GraphReader } from "../neo4j/read.js";
import { badInput } from "../schema/arguments.js";
import { splitPersonName } from "./citation-js.js";
import { loadCitationFacts } from "./citation-facts.js";
import { buildCslItem, type AccessDate, type CslName } from "./csl-item.js";
import { formatCitation } from "./format-citation.js";

const splitName = (name: string): CslName => {
  const { given, family } = splitPersonName(name);
  return given && family ? { given, family } : { literal: name };
};

/** `"a"`, `"a" and "b"`, `"a", "b" and 3 more`: ids named in an error, at most ten of them. */
const listed = (ids: readonly string[]): string => {
  const shown = ids.slice(0, 10).map((id) => `"${id}"`);
  const rest = ids.length - shown.length;
  if (rest > 0) return `${shown.join(", ")} and ${rest} more`;
  return shown.length === 1 ? (shown[0] ?? "") : `${shown.slice(0, -1).join(", ")} and ${shown.at(-1) ?? ""}`;
};

/**
 * References for the given nodes in one format, built from the graph's own facts. Ids are
 * validated first (duplicates cited once); an id that names nothing, or names something that is
 * not a document, is refused with BAD_USER_INPUT naming it, and nothing is formatted.
 */
export async function cite(
  graph: GraphReader,
  ids: readonly string[],
  format: CitationFormat,
  accessed?: AccessDate,
): Promise<Citation> {
  const unique = [...new Set(ids)];
  const lookup = await graph.transaction((run) => loadCitationFacts(run, unique));
  if (lookup.unknown.length > 0) {
    const ids = lookup.unknown.length === 1 ? "the id" : "the ids";
    throw badInput("ids", `No node has ${ids} ${listed(lookup.unknown)}; nothing was cited.`);
  }
  if (lookup.notCitable.length > 0) {
    throw badInput(
      "ids",
      `Only resources and legislation can be cited; ${listed(lookup.notCitable)} ${lookup.notCitable.length === 1 ? "is" : "are"} neither. Nothing was cited.`,
    );
  }
  return formatCitation(
    lookup.facts.map((facts) => buildCslItem(facts, splitName, accessed)),
    format,
  );
}
