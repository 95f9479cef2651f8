import { graphql } from "../../__generated__";

/** How many changes the "What's new" page lists (the feeds carry as many). */
export const CHANGES_PAGE_LIMIT = 50;

/** A node a change names: enough to name it and link to its page while it exists. */
export const ChangeNodeFields = graphql(`
  fragment ChangeNodeFields on ChangeNode {
    id
    label
    type
    exists
  }
`);

export const ChangesQuery = graphql(`
  query Changes($limit: Int!) {
    changes(limit: $limit) {
      id
      version
      at
      kind
      itemCount
      items {
        change
        type
        node {
          ...ChangeNodeFields
        }
        from {
          ...ChangeNodeFields
        }
        to {
          ...ChangeNodeFields
        }
      }
    }
  }
`);
