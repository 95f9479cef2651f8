import { graphql } from "../../__generated__";
import type { GraphFilter } from "../../__generated__/graphql";

export const OverviewQuery = graphql(`
  query Overview($filter: GraphFilter, $limit: Int!) {
    graph(filter: $filter, limit: $limit) {
      ...SubgraphFields
      layout(view: FORCE) {
        id
        x
        y
      }
    }
  }
`);

const DEFAULT_LIMIT = 500;

/** The overview's variables; the HTML shell preloads them for the default view (see prerender/). */
export function overviewVariables(filter: GraphFilter | null, limit: number | undefined) {
  return { filter, limit: limit ?? DEFAULT_LIMIT };
}
