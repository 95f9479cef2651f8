import type { SeedNode, SeedRelationship } from "../seed.js";
import type { SeedProblem } from "./problems.js";

/** Words that say nothing about which work a title names. */
const FILLER = new Set(["a", "an", "and", "the", "of", "in", "for", "on", "to", "with", "from", "by"]);

/** Titles sharing at least this share of their words (Jaccard) read as the same work. */
export const NEAR_DUPLICATE_SIMILARITY = 0.75;

/**
 * A word in at least this many resource titles names a series, not a work ("… at the Restraint
 * Reduction Network Conference 2018"): two talks of one conference differ only in who gave them.
 */
const SERIES_TITLES = 3;

function words(title: string): Set<string> {
  return new Set(
    title
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 0 && !FILLER.has(w)),
  );
}

/**
 * Jaccard similarity of two titles' word sets: 1 for the same words in any order. Words in
 * `series` are left out, unless that leaves neither title a word of its own.
 */
export function titleSimilarity(a: string, b: string, series: ReadonlySet<string> = new Set()): number {
  const own = (all: Set<string>) => new Set([...all].filter((w) => !series.has(w)));
  const [allX, allY] = [words(a), words(b)];
  const [ownX, ownY] = [own(allX), own(allY)];
  const [x, y] = ownX.size + ownY.size === 0 ? [allX, allY] : [ownX, ownY];
  const shared = [...x].filter((w) => y.has(w)).length;
  const all = new Set([...x, ...y]).size;
  return all === 0 ? 0 : shared / all;
}

/**
 * Resources whose titles are near-duplicates: perhaps one work entered twice. Two that a
 * VERSION_OF, DERIVES_FROM or PART_OF relationship already joins are known versions, editions,
 * or a whole and its part ("Introduction to the … Conference"), and are not listed; for any other
 * pair, decide whether they are one resource (merge them) or versions (VERSION_OF, or
 * DERIVES_FROM with how FOLLOWS_ON for a later edition).
 */
export function nearDuplicateTitles(
  nodes: readonly SeedNode[],
  relationships: readonly SeedRelationship[],
): SeedProblem[] {
  const joined = new Set(
    relationships
      .filter((r) => r.type === "VERSION_OF" || r.type === "PART_OF" || r.type === "DERIVES_FROM")
      .flatMap((r) => [`${r.from}|${r.to}`, `${r.to}|${r.from}`]),
  );
  const resources = nodes.flatMap((n) => (n.label === "Resource" ? [n] : []));
  const titlesWith = new Map<string, number>();
  for (const r of resources) for (const w of words(r.record.title)) titlesWith.set(w, (titlesWith.get(w) ?? 0) + 1);
  const series = new Set([...titlesWith].filter(([, n]) => n >= SERIES_TITLES).map(([w]) => w));
  const warnings: SeedProblem[] = [];
  resources.forEach((a, i) => {
    for (const b of resources.slice(i + 1)) {
      if (joined.has(`${a.id}|${b.id}`)) continue;
      const similarity = titleSimilarity(a.record.title, b.record.title, series);
      if (similarity >= NEAR_DUPLICATE_SIMILARITY) {
        warnings.push({
          file: a.file,
          record: a.id,
          message: `title is a near-duplicate of ${b.id}'s ("${b.record.title}", ${Math.round(similarity * 100)}% of its own words shared): one resource (merge them) or versions (VERSION_OF)?`,
        });
      }
    }
  });
  return warnings;
}
