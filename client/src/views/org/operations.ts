import { graphql } from "../../__generated__";

export const OrgResourcesQuery = graphql(`
  query OrgResources($filter: GraphFilter!) {
    graph(filter: $filter, limit: 500) {
      nodes {
        id
        type
      }
    }
  }
`);
