import { graphql } from "../../__generated__";

export const PathsQuery = graphql(`
  query Paths($from: ID!, $to: ID!) {
    fromNode: node(id: $from) {
      id
      label
      type
    }
    toNode: node(id: $to) {
      id
      label
      type
    }
    paths(from: $from, to: $to) {
      ...SubgraphFields
      # The step list quotes each relationship's evidence (a path has a handful of edges).
      edges {
        ...EdgeProvenanceFields
      }
    }
  }
`);
