/**
 * Whether an evidence quote names a node: its name (or title) or one of its recorded aliases,
 * as whole words, ignoring typography (curly quotes, dashes, spacing) and, except in acronyms, case. A STATED
 * relationship is one whose quote says it "about these two nodes", so a quote that names
 * neither end is refused unless a person confirmed it (`confirmedBy`), and one that does not
 * name the target is listed by `seed:report` for a person to check.
 */

function typography(text: string): string {
  return text
    .replace(/\u00a0/g, " ")
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2011\u2013\u2014]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/** An acronym (US, CQC, STOMP) is matched as written, so "gives us the tools" does not name the US. */
function isAcronym(name: string): boolean {
  return /\p{Lu}/u.test(name) && name === name.toUpperCase();
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** True when the quote contains one of the names as a whole word or phrase. */
export function quoteNames(quote: string, names: readonly (string | null | undefined)[]): boolean {
  const q = typography(quote);
  return names.some((name) => {
    const n = name ? typography(name) : "";
    if (n.length === 0) return false;
    // Word edges, not \b: names may start or end with punctuation ("Let's talk…", "(RRN)").
    const pattern = `(?<![\\p{L}\\p{N}])${escaped(n)}(?![\\p{L}\\p{N}])`;
    return new RegExp(pattern, isAcronym(n) ? "u" : "iu").test(q);
  });
}

/** A node's names as a quote may give them: its name or title, then its aliases. */
export function namesOf(node: { name?: unknown; title?: unknown; aliases?: unknown }): string[] {
  const own = [node.name, node.title].filter((v): v is string => typeof v === "string");
  const aliases = Array.isArray(node.aliases) ? node.aliases.filter((v): v is string => typeof v === "string") : [];
  return [...own, ...aliases];
}
