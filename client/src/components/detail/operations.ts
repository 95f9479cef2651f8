import { graphql } from "../../__generated__";

// The detail panel's own request, made when a node is selected: what a person reads about it
// (summary, links, facts) and every relationship with its evidence, which canvas queries omit.
export const NodeDetailQuery = graphql(`
  query NodeDetail($id: ID!) {
    node(id: $id) {
      ...GraphNodeFields
      summary
      url
      generalKnowledge
      easyRead
      aliases
      definition
      origin
      role
      country
      editable
      descriptiveTitle
      description
    }
    neighbourhood(id: $id, depth: 1, limit: 300) {
      nodes {
        id
        type
        label
        url
      }
      edges {
        ...GraphEdgeFields
        ...EdgeProvenanceFields
      }
      truncated
    }
  }
`);

export const VersionsQuery = graphql(`
  query ResourceVersions($id: ID!) {
    versions(id: $id) {
      newer {
        node {
          id
          label
          year
        }
        relation
        explanation
      }
      older {
        node {
          id
          label
          year
        }
        relation
        explanation
      }
    }
  }
`);

export const SimilarQuery = graphql(`
  query SimilarResources($id: ID!, $limit: Int!) {
    similar(id: $id, limit: $limit) {
      node {
        id
        label
        kind
        year
      }
      score
      reasons
    }
  }
`);
