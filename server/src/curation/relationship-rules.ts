/**
 * Ids for what curators create. Which relationships a curator may add, and how each is checked,
 * is the seed model's (`@rrn/graph-seed/model`: `RESOURCE_RELATIONSHIP_TYPES`, `targetsOf`, the
 * shared relationship rule), so curation and seed validation can never disagree.
 */

/** A kebab-case id from a title: "The HOPE Model (2nd ed.)" → "the-hope-model-2nd-ed". */
export function slugOf(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
}
