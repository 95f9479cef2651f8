import { useEffect, useRef, useState } from "react";
import { useClient, type CombinedError } from "urql";
import { graphql } from "../__generated__";
import type { GraphNodeFieldsFragment } from "../__generated__/graphql";
import { mergeGraphData, type GraphData } from "../graph/elements";

const NeighbourhoodQuery = graphql(`
  query Neighbourhood($id: ID!, $limit: Int!) {
    node(id: $id) {
      ...GraphNodeFields
      # The organisation view's header describes its focus.
      summary
    }
    neighbourhood(id: $id, depth: 1, limit: $limit) {
      ...SubgraphFields
    }
  }
`);

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
 * of an older URL.
 */
export function useNeighbourhoods(
  focusId: string,
  expanded: readonly string[],
  limit: number,
  attempt: number,
): NeighbourhoodsState {
  const client = useClient();
  const expandedKey = expanded.join(",");
  const key = `${focusId}|${expandedKey}|${limit}|${attempt}`;
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
            { id, limit: i === 0 ? limit : EXPANSION_LIMIT },
            attempt > 0 ? { requestPolicy: "network-only" } : {},
          )
          .toPromise(),
      ),
    ).then((results) => {
      if (n !== request.current) return;
      const requestKey = `${focusId}|${expandedKey}|${limit}|${attempt}`;
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
  }, [client, focusId, expandedKey, limit, attempt]);

  // While a new request is out, keep showing the previous graph (expansions add to it).
  return { ...(answer?.state ?? {}), fetching: answer?.key !== key };
}
