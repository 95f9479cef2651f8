import type { SeedNode, SeedRelationship } from "../seed.js";
import type { SeedProblem } from "./problems.js";

/** Words that say nothing about which work a title names. */
const FILLER = new Set(["a", "an", "and", "the", "of", "in", "for", "on", "to", "with", "from", "by"]);

/** Titles sharing at least this share of their words (Jaccard) read as the same work. */
export const NEAR_DUPLICATE_SIMILARITY = 0.75;

function words(title: string): Set<string> {
  return new Set(
    title
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 0 && !FILLER.has(w)),
  );
}

/** Jaccard similarity of two titles' word sets: 1 for the same words in any order. */
export function titleSimilarity(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
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
  const warnings: SeedProblem[] = [];
  resources.forEach((a, i) => {
    for (const b of resources.slice(i + 1)) {
      if (joined.has(`${a.id}|${b.id}`)) continue;
      const similarity = titleSimilarity(a.record.title, b.record.title);
      if (similarity >= NEAR_DUPLICATE_SIMILARITY) {
        warnings.push({
          file: a.file,
          record: a.id,
          message: `title is a near-duplicate of ${b.id}'s ("${b.record.title}", ${Math.round(similarity * 100)}% of words shared): one resource (merge them) or versions (VERSION_OF)?`,
        });
      }
    }
  });
  return warnings;
}
