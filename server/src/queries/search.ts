import { FULLTEXT_INDEX } from "@rrn/model";
import { z } from "zod";
import type { GraphNode, NodeType } from "../__generated__/resolvers-types.js";
import { statement, type GraphReader, type RunStatement } from "../neo4j/read.js";
import { loadNodes } from "./elements.js";
import { ENTITY, FULL_PROJECTION, labelsFor, parseQueryRow, type Projection } from "./graph-model.js";
import { searchPasses } from "./lucene.js";

/** Index created by the seed importer over every entity label's title, name, summary and aliases. */
const SEARCH_INDEX = FULLTEXT_INDEX;

/**
 * How many full-text hits to rank in Cypher. An exact name scores well within this (exact
 * terms are boosted ×4 and short fields score higher); every candidate costs property reads,
 * so 1,000 made ranking a third of a 100k-resource search.
 */
const CANDIDATES = 200;

/**
 * Ranking happens here rather than in Lucene alone: an exact name or alias match comes first,
 * then names and aliases that start with the text (type-ahead), then Lucene's relevance score
 * (which already weighs exact terms over prefixes over fuzzy matches).
 */
const searchStatement = statement(
  `CALL db.index.fulltext.queryNodes($index, $lucene, {limit: $candidates}) YIELD node, score
   WHERE node:${ENTITY} AND ($labels IS NULL OR any(l IN labels(node) WHERE l IN $labels))
   WITH node, score,
        toLower(coalesce(node.title, node.name, "")) AS name,
        [a IN coalesce(node.aliases, []) | toLower(a)] AS aliases
   WITH node, score, name,
        CASE
          WHEN name = $exact OR $exact IN aliases THEN 3
          WHEN name STARTS WITH $exact THEN 2
          WHEN any(a IN aliases WHERE a STARTS WITH $exact) THEN 1
          ELSE 0
        END AS tier
   // Among names that start with the text, the shortest completion is the likeliest intent.
   ORDER BY tier DESC, CASE WHEN tier = 2 THEN size(name) ELSE 0 END ASC, score DESC, name ASC
   LIMIT $limit
   RETURN elementId(node) AS ref, score`,
  {
    index: SEARCH_INDEX,
    lucene: "warm-up",
    candidates: 1,
    labels: null as string[] | null,
    exact: "",
    limit: 1,
  },
);

const hitRow = z.object({ ref: z.string(), score: z.number() });

export interface SearchArgs {
  query: string;
  types?: readonly NodeType[] | null;
  limit: number;
  projection?: Projection;
}

/** Normalises text the way names are compared: lower case, single spaces. */
export function normaliseText(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/gu, " ");
}

/** Ranked matches as refs and scores, inside a transaction (also used by the `graph` text facet). */
export async function searchRefs(run: RunStatement, args: SearchArgs): Promise<z.infer<typeof hitRow>[]> {
  const base = {
    index: SEARCH_INDEX,
    // The graph text facet asks for up to 1,000 matches: never rank fewer candidates than asked for.
    candidates: Math.max(CANDIDATES, args.limit),
    labels: labelsFor(args.types),
    exact: normaliseText(args.query),
    limit: args.limit,
  };
  // Exact and prefix matches of every term first; typos and any-term only when nothing matched.
  for (const lucene of searchPasses(args.query)) {
    const rows = await run(searchStatement, { ...base, lucene });
    if (rows.length > 0) return rows.map((r) => parseQueryRow(hitRow, r, "search hit"));
  }
  return [];
}

export function search(graph: GraphReader, args: SearchArgs): Promise<GraphNode[]> {
  return graph.transaction(async (run) => {
    const hits = await searchRefs(run, args);
    const score = new Map(hits.map((h) => [h.ref, h.score]));
    return loadNodes(
      run,
      hits.map((h) => h.ref),
      args.projection ?? FULL_PROJECTION,
      (ref) => ({ score: score.get(ref) ?? null }),
    );
  });
}
