import { graphql } from "../../__generated__";

export const TypeAheadQuery = graphql(`
  query TypeAhead($query: String!) {
    search(query: $query, limit: 12) {
      id
      type
      label
      kind
      year
    }
  }
`);
