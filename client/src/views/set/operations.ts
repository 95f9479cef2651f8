import { graphql } from "../../__generated__";

/** The set view: its members, what connects them and the drawing of both, in one request. */
export const SetViewQuery = graphql(`
  query SetView($ids: [ID!]!) {
    connecting(ids: $ids) {
      connectors {
        node {
          id
          label
          type
        }
        members
        via {
          ...GraphEdgeFields
          ...EdgeProvenanceFields
        }
      }
      subgraph {
        ...SubgraphFields
        # The API's force layout: the set is drawn at once, as SVG first.
        layout(view: FORCE) {
          id
          x
          y
        }
      }
      total
      missing
    }
  }
`);

/** "Add to this set": the matches for the words typed in the set page's own search form. */
export const SetSearchQuery = graphql(`
  query SetSearch($query: String!) {
    search(query: $query, limit: 12) {
      id
      label
      type
      kind
      year
    }
  }
`);
