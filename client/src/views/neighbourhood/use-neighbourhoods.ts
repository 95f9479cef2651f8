import { useEffect, useMemo, useRef, useState } from "react";
import { useClient, useQuery, type CombinedError } from "urql";
import type { GraphNodeFieldsFragment, ViewLayout } from "../../__generated__/graphql";
import { useGraphRevision } from "../../curation/announcer";
import { mergeGraphData, type GraphData } from "../../graph/elements";
import { NeighbourhoodQuery, neighbourhoodVariables } from "./operations";

export interface NeighbourhoodsState {
  focus?: (GraphNodeFieldsFragment & { summary: string | null }) | null;
  data?: GraphData;
  error?: CombinedError;
  fetching: boolean;
}

/** Expansions bring in fewer neighbours each, so a few clicks never flood the canvas. */
const EXPANSION_LIMIT = 60;

/**
 * The focus node's neighbourhood merged with those of every expanded node. The focus's is read
 * during render (useQuery), so the server renders it and the browser's first render draws it
 * from the page's own data; the expansions are fetched after, a request counter dropping answers
 * to superseded requests (graphiql's habit), so the canvas never shows an older URL's result.
 * The focus's neighbourhood comes laid out as `view` draws it (the API's positions); a merged
 * graph has none, and is laid out in the browser from what is on screen.
 */
export function useNeighbourhoods(
  focusId: string,
  expanded: readonly string[],
  limit: number,
  attempt: number,
  view: ViewLayout,
): NeighbourhoodsState {
  const client = useClient();
  // A curator's write in this tab, or "Try again": fetch again, past the document cache.
  const revision = useGraphRevision();
  const refetch = attempt > 0 || revision > 0;
  const context = useMemo(
    () => (refetch ? { requestPolicy: "network-only" as const, attempt, revision } : undefined),
    [refetch, attempt, revision],
  );
  const [focus] = useQuery({
    query: NeighbourhoodQuery,
    variables: neighbourhoodVariables(focusId, limit, view, true),
    ...(context ? { context } : {}),
  });

  const expandedKey = expanded.join(",");
  const key = `${focusId}|${expandedKey}|${attempt}|${revision}`;
  // The expansions' last answer and the request it answers.
  const [expansions, setExpansions] = useState<{ key: string; data: GraphData[]; error?: CombinedError }>();
  const request = useRef(0);

  useEffect(() => {
    const n = ++request.current;
    if (!expandedKey) return;
    void Promise.all(
      expandedKey
        .split(",")
        .map((id) =>
          client
            .query(
              NeighbourhoodQuery,
              neighbourhoodVariables(id, EXPANSION_LIMIT, view, false),
              refetch ? { requestPolicy: "network-only" } : {},
            )
            .toPromise(),
        ),
    ).then((results) => {
      if (n !== request.current) return;
      const error = results.find((r) => r.error)?.error;
      setExpansions({
        key,
        data: results.flatMap((r) => (r.data ? [r.data.neighbourhood] : [])),
        ...(error ? { error } : {}),
      });
    });
  }, [client, expandedKey, view, refetch, key]);

  const current = expansions?.key === key;
  // While new expansions are out, keep drawing the earlier ones (expanding adds to the graph).
  const shown = expandedKey && expansions?.key.startsWith(`${focusId}|`) ? expansions.data : undefined;
  // One object per answer: the canvas lays out again whenever its data changes identity.
  const data = useMemo(() => {
    if (!focus.data) return undefined;
    let merged: GraphData = focus.data.neighbourhood;
    for (const more of shown ?? []) merged = mergeGraphData(merged, more);
    return { ...merged, total: focus.data.neighbourhood.total };
  }, [focus.data, shown]);
  const error = focus.error ?? (current ? expansions.error : undefined);
  if (error) return { error, fetching: false };
  if (!focus.data || !data) return { fetching: true };
  return { focus: focus.data.node, data, fetching: focus.fetching || (expandedKey !== "" && !current) };
}
