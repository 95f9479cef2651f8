import MiniSearch, { type SearchOptions, type SearchResult } from "minisearch";

/**
 * Search in the static copy: the index `npm run export:site` writes (/search-index.json, made by
 * server/src/export/search-index.ts with MiniSearch), asked the way the live server asks Neo4j's
 * full-text index (server/src/queries/search.ts, lucene.ts): every term exactly or as a prefix
 * first; then every term allowing typos (one edit from 4 letters, two from 7); then any term.
 * Hits are ranked as the server ranks them: an exact name or alias first, then names that start
 * with the text (shortest first), then aliases that do, then by relevance.
 */

/** A node as the index stores it: what a search answer carries. */
export interface IndexedNode {
  id: string;
  type: string;
  label: string;
  kind: string | null;
  year: number | null;
  degree: number;
  summary: string | null;
  aliases: string[];
}

interface IndexFile {
  format: 1;
  graphVersion: string;
  options: { idField: string; fields: string[]; storeFields: string[] };
  index: unknown;
}

export const SEARCH_INDEX_URL = "/search-index.json";

/** A term's allowed edits, as the server's fuzzy clauses: none under 4 letters or digits. */
const typos = (term: string): number => {
  const letters = term.replace(/[^\p{L}\p{N}]/gu, "").length;
  return letters >= 7 ? 2 : letters >= 4 ? 1 : 0;
};

const BOOST = { label: 3, aliases: 2 };

const PASSES: SearchOptions[] = [
  { combineWith: "AND", prefix: true, boost: BOOST },
  { combineWith: "AND", prefix: true, fuzzy: typos, boost: BOOST },
  { combineWith: "OR", prefix: true, fuzzy: typos, boost: BOOST },
];

let loading: Promise<MiniSearch> | undefined;

/** The index, fetched once per page. */
export function loadSearchIndex(url = SEARCH_INDEX_URL): Promise<MiniSearch> {
  loading ??= fetch(url)
    .then((res) => {
      if (!res.ok) throw new Error(`The search index (${url}) could not be loaded: ${res.status}`);
      return res.json() as Promise<IndexFile>;
    })
    .then((file) => MiniSearch.loadJS(file.index as Parameters<typeof MiniSearch.loadJS>[0], file.options));
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

const normalise = (text: string): string => text.trim().toLowerCase().replace(/\s+/gu, " ");

/** The server's tiers: 3 exact name or alias, 2 name starts with the text, 1 an alias does, 0 otherwise. */
function tier(node: IndexedNode, exact: string): number {
  const name = node.label.toLowerCase();
  const aliases = (node.aliases ?? []).map((a) => a.toLowerCase());
  if (name === exact || aliases.includes(exact)) return 3;
  if (name.startsWith(exact)) return 2;
  if (aliases.some((a) => a.startsWith(exact))) return 1;
  return 0;
}

/** Orders MiniSearch's hits as the server orders its own, and keeps the first `limit`. */
export function rankHits(hits: readonly SearchResult[], text: string, limit: number): IndexedNode[] {
  const exact = normalise(text);
  return hits
    .map((hit) => {
      const node = hit as unknown as IndexedNode;
      return { node, score: hit.score, tier: tier(node, exact), name: node.label.toLowerCase() };
    })
    .sort(
      (a, b) =>
        b.tier - a.tier ||
        (a.tier === 2 ? a.name.length - b.name.length : 0) ||
        b.score - a.score ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    )
    .slice(0, limit)
    .map((h) => h.node);
}

/** The nodes matching `text`, best first, at most `limit`: the first pass that finds any. */
export function searchNodes(index: MiniSearch, text: string, limit: number): IndexedNode[] {
  if (normalise(text) === "") return [];
  for (const pass of PASSES) {
    const hits = index.search(text, pass);
    if (hits.length > 0) return rankHits(hits, text, limit);
  }
  return [];
}
