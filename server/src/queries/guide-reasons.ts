import { DERIVATION_HOWS, type DerivationHow, type SelectionClause } from "@rrn/model";
import { z } from "zod";

/**
 * Why a resource is on a route's card, in words built from what matched in the graph: the names
 * of its audiences, settings, restraint types, jurisdictions and organisations that the step
 * asked for, and for lineage the chain that links it to the root ("Adapts the Six Core
 * Strategies checklist, which puts Six Core Strategies into practice").
 */

/** One relationship of a lineage chain, as guides.ts returns it. */
export const lineageHop = z.object({
  type: z.string(),
  how: z.enum(DERIVATION_HOWS).nullable(),
  to: z.string(),
});
export type LineageHop = z.infer<typeof lineageHop>;

/** A lineage hop as a verb phrase; `{x}` is the target's name. */
const HOW_PHRASE: Record<DerivationHow, string> = {
  ADAPTS: "adapts {x}",
  ENCOMPASSES: "takes in the whole of {x}",
  IMPLEMENTS: "puts {x} into practice",
  BASED_ON: "is built on {x}",
  FOLLOWS_ON: "follows on from {x}",
};

function hopPhrase(hop: LineageHop): string {
  const template = hop.type === "DESCRIBES" ? "sets out {x}" : hop.how ? HOW_PHRASE[hop.how] : "builds on {x}";
  return template.replace("{x}", hop.to);
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** "Families and carers" → "families and carers": audiences, settings and restraint types are common nouns; "NHS trusts" keeps its capitals. */
function inSentence(name: string): string {
  return /^[A-Z][a-z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

/** "a, b and c" */
function listed(items: readonly string[]): string {
  const unique = [...new Set(items)];
  return unique.length <= 1 ? (unique[0] ?? "") : `${unique.slice(0, -1).join(", ")} and ${unique.at(-1) ?? ""}`;
}

/** A kind as a noun with its article: "a toolkit", "an infographic", "a piece of research". */
export function kindNoun(kind: string): string {
  const noun = kind === "RESEARCH" ? "piece of research" : kind.toLowerCase().replace(/_/g, " ");
  return `${/^[aeiou]/.test(noun) ? "an" : "a"} ${noun}`;
}

export interface MatchedNames {
  kind: string | null;
  audiences: string[] | null;
  settings: string[] | null;
  restraintTypes: string[] | null;
  jurisdictions: string[] | null;
  organisations: string[] | null;
}

/**
 * The reason, parts joined by " · ". Kinds are named only when nothing else explains the choice
 * (the card shows the kind anyway).
 */
export function reasonFor(row: MatchedNames, clause: SelectionClause, hops: readonly LineageHop[]): string {
  const parts: string[] = [];
  if (clause.lineage) {
    parts.push(hops.length === 0 ? "Where this line of work starts" : capitalise(hops.map(hopPhrase).join(", which ")));
  }
  if (row.audiences?.length) parts.push(`For ${listed(row.audiences.map(inSentence))}`);
  if (row.settings?.length) parts.push(`In ${listed(row.settings.map(inSentence))}`);
  if (row.restraintTypes?.length) parts.push(`About ${listed(row.restraintTypes.map(inSentence))}`);
  if (row.jurisdictions?.length) parts.push(`Applies in ${listed(row.jurisdictions)}`);
  if (row.organisations?.length) parts.push(`From ${listed(row.organisations)}`);
  if (parts.length === 0 && row.kind) parts.push(capitalise(kindNoun(row.kind)));
  return parts.join(" · ");
}
