/**
 * Turns what a person typed into a Lucene query for the `entity_search` full-text index.
 * User text is never interpreted as Lucene syntax: every special character is escaped and the
 * operator words AND/OR/NOT are lower-cased (Lucene only treats upper-case ones as operators).
 */

// Lucene's query-parser metacharacters; && and || are covered by & and |.
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function escapeLucene(text: string): string {
  return text.replace(SPECIAL, (c) => `\\${c}`);
}

/**
 * Splits user text into lower-cased terms the way the index's standard analyser splits what it
 * stores (Unicode word boundaries): at anything but letters, digits and the marks that join a word
 * ("core's", "title:six", "1.5", "snake_case"), so "post-incident" is "post" and "incident". Prefix and fuzzy terms bypass the analyser, so a term kept whole
 * ("post-incident*") would match nothing and send every such search down the slower any-term
 * fallback. Terms arrive lower-case because the analyser lower-cases what it stores.
 */
export function searchTerms(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}'.:_]+/u)
    .map((t) => t.replace(/^['.:_]+|['.:_]+$/gu, ""))
    .filter((t) => t.length > 0)
    .slice(0, 16);
}

/**
 * One clause per term: the term itself (boosted), the term as a prefix (type-ahead: "co" finds
 * "core"), and with `fuzzy` for longer terms a fuzzy match (typos: "restrian" finds
 * "restraint"). The edit distance grows with the term so short terms stay precise.
 */
function termClause(term: string, fuzzy: boolean): string {
  const escaped = escapeLucene(term);
  const parts = [`${escaped}^4`, `${escaped}*^2`];
  const letters = term.replace(/[^\p{L}\p{N}]/gu, "").length;
  if (fuzzy && letters >= 4) parts.push(`${escaped}~${letters >= 7 ? 2 : 1}`);
  return `(${parts.join(" OR ")})`;
}

/**
 * The Lucene queries to try in turn until one matches: every term exactly or as a prefix (what
 * type-ahead users expect from "six co"); then every term allowing typos; then any term, typos
 * allowed. Fuzzy clauses cost the index far more than exact and prefix ones (about half the
 * time of a 100k-resource search), so a correctly spelt search never pays for them.
 */
export function searchPasses(text: string): string[] {
  const terms = searchTerms(text);
  if (terms.length === 0) return [];
  const passes = [
    terms.map((t) => termClause(t, false)).join(" AND "),
    terms.map((t) => termClause(t, true)).join(" AND "),
  ];
  if (terms.length > 1) passes.push(terms.map((t) => termClause(t, true)).join(" OR "));
  // Short terms get no fuzzy clause, so the second pass can equal the first.
  return [...new Set(passes)];
}
