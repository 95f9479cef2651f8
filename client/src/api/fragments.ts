import { graphql } from "../__generated__";

/**
 * The fields every graph view draws and the detail panel shows at a glance. Views spread these
 * fragments so the data → elements mapping sees one shape whatever query fed it.
 */
export const GraphNodeFieldsFragment = graphql(`
  fragment GraphNodeFields on GraphNode {
    id
    type
    label
    kind
    year
    summary
    url
    degree
    generalKnowledge
    easyRead
    distance
  }
`);

export const GraphEdgeFieldsFragment = graphql(`
  fragment GraphEdgeFields on GraphEdge {
    id
    type
    source
    target
    how
    evidence
    sourceDoc
    generalKnowledge
    basis
    reasoning
    annotation
  }
`);

export const SubgraphFieldsFragment = graphql(`
  fragment SubgraphFields on Subgraph {
    nodes {
      ...GraphNodeFields
    }
    edges {
      ...GraphEdgeFields
    }
    truncated
    total
  }
`);
