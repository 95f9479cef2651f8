import { graphql } from "../../__generated__";

export const SearchPageQuery = graphql(`
  query SearchPage($query: String!) {
    search(query: $query, limit: 60) {
      ...GraphNodeFields
      summary
    }
  }
`);
