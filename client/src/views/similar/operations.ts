import { graphql } from "../../__generated__";

export const SimilarViewQuery = graphql(`
  query SimilarView($id: ID!, $limit: Int!) {
    node(id: $id) {
      ...GraphNodeFields
    }
    similar(id: $id, limit: $limit) {
      node {
        id
        label
      }
      score
      reasons
    }
    similarGraph(id: $id, limit: $limit) {
      ...SubgraphFields
    }
  }
`);
