import { graphql } from "../../__generated__";

export const TimelineQuery = graphql(`
  query Timeline($filter: GraphFilter!, $limit: Int!) {
    graph(filter: $filter, limit: $limit) {
      ...SubgraphFields
    }
  }
`);
