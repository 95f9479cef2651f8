import { graphql } from "../../__generated__";

export const PathsQuery = graphql(`
  query Paths($from: ID!, $to: ID!, $sharedContext: Boolean!, $basis: [EvidenceBasis!]) {
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
    paths(from: $from, to: $to, throughSharedContext: $sharedContext, basis: $basis) {
      ...SubgraphFields
      # The step list quotes each relationship's evidence (a path has a handful of edges).
      edges {
        ...EdgeProvenanceFields
      }
      # The API's force layout, as the canvas would lay the paths out: drawn at once, as SVG first.
      layout(view: FORCE, focus: $from) {
        id
        x
        y
      }
    }
    # With shared context left out: the shortest route through it, to say what was left out.
    viaSharedContext: paths(from: $from, to: $to, limit: 1, throughSharedContext: true, basis: $basis)
      @skip(if: $sharedContext) {
      edges {
        id
      }
    }
  }
`);
