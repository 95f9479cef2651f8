import type { Party } from "./csl-item.js";

/** A party with what its relationship's quote says of it. */
export interface QuotedParty extends Party {
  /** The relationship's evidence: the source page's words that credit the party. */
  evidence: string | null;
  /** Other names the party goes by (the quote may use one: "MIND", "UCLan"). */
  aliases: readonly string[];
}

/** Where the quote first names the party (any of its names, ignoring case), or Infinity. */
function placeInQuote(party: QuotedParty): number {
  const quote = party.evidence?.toLowerCase() ?? "";
  const places = [party.name, ...party.aliases].map((name) => quote.indexOf(name.toLowerCase())).filter((i) => i >= 0);
  return places.length > 0 ? Math.min(...places) : Number.POSITIVE_INFINITY;
}

/**
 * Parties in the order the work credits them. The graph stores no order, but each relationship
 * quotes the sentence that credits the party, and a work's co-credits share one sentence
 * ("A publication from MIND and NSUN", "adapted for the UK by: Joy Duxbury (…), Julie Cullen (…)"):
 * so the order is where each party's name (or alias) first appears in its quote. Parties the
 * quote does not name come after, by name, as before.
 */
export function creditOrder<T extends QuotedParty>(parties: readonly T[]): T[] {
  return parties
    .map((party) => ({ party, place: placeInQuote(party) }))
    .sort(
      (a, b) =>
        (a.place === b.place ? 0 : a.place - b.place) ||
        a.party.name.toLowerCase().localeCompare(b.party.name.toLowerCase()),
    )
    .map(({ party }) => party);
}
