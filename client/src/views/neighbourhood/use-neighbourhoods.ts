import { useEffect, useRef, useState } from "react";
import { useClient, type CombinedError } from "urql";
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
 * The focus node's neighbourhood merged with those of every expanded node. A request counter
 * drops answers to superseded requests (graphiql's habit), so the canvas never shows the result
 * of an older URL. The focus's neighbourhood comes laid out as `view` draws it (the API's
 * positions); a merged graph has none, and is laid out in the browser from what is on screen.
 */
export function useNeighbourhoods(
  focusId: string,
  expanded: readonly string[],
  limit: number,
  attempt: number,
  view: ViewLayout,
): NeighbourhoodsState {
  const client = useClient();
  // A curator's write in this tab: fetch again, past the document cache, to draw the change.
  const revision = useGraphRevision();
  const expandedKey = expanded.join(",");
  const key = `${focusId}|${expandedKey}|${limit}|${attempt}|${revision}`;
  // The last answer and the request it answers; "fetching" is derived, not stored.
  const [answer, setAnswer] = useState<{ key: string; state: Omit<NeighbourhoodsState, "fetching"> }>();
  const request = useRef(0);

  useEffect(() => {
    const n = ++request.current;
    const ids = [focusId, ...(expandedKey ? expandedKey.split(",") : [])];
    void Promise.all(
      ids.map((id, i) =>
        client
          .query(
            NeighbourhoodQuery,
            neighbourhoodVariables(id, i === 0 ? limit : EXPANSION_LIMIT, view, i === 0),
            attempt > 0 || revision > 0 ? { requestPolicy: "network-only" } : {},
          )
          .toPromise(),
      ),
    ).then((results) => {
      if (n !== request.current) return;
      const requestKey = `${focusId}|${expandedKey}|${limit}|${attempt}|${revision}`;
      const error = results.find((r) => r.error)?.error;
      const first = results[0];
      if (error || !first?.data) {
        setAnswer({ key: requestKey, state: error ? { error } : {} });
        return;
      }
      let data: GraphData = first.data.neighbourhood;
      for (const r of results.slice(1)) if (r.data) data = mergeGraphData(data, r.data.neighbourhood);
      setAnswer({
        key: requestKey,
        state: { focus: first.data.node, data: { ...data, total: first.data.neighbourhood.total } },
      });
    });
  }, [client, focusId, expandedKey, limit, attempt, view, revision]);

  // While a new request is out, keep showing the previous graph (expansions add to it).
  return { ...(answer?.state ?? {}), fetching: answer?.key !== key };
}
