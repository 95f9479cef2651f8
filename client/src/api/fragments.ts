import { graphql } from "../__generated__";

/**
 * What the canvas draws, and nothing more: views spread these fragments so the data → elements
 * mapping sees one shape whatever query fed it, and a view's first request stays small. What a
 * person reads rather than sees (summaries, evidence quotes, sources) comes when it is shown: the
 * detail panel asks for its node's, the list view and exports for the drawn relationships'.
 */
export const GraphNodeFieldsFragment = graphql(`
  fragment GraphNodeFields on GraphNode {
    id
    type
    label
    kind
    year
    degree
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
    basis
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

/** A relationship's provenance: the quote that justifies it and where it comes from. */
export const EdgeProvenanceFieldsFragment = graphql(`
  fragment EdgeProvenanceFields on GraphEdge {
    id
    evidence
    sourceDoc
    generalKnowledge
    reasoning
  }
`);
