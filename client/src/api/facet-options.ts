import { useQuery } from "urql";
import { graphql } from "../__generated__";

/** The values each facet can take, read from the graph itself (one request, cached). */
// One facet's values; organisations are ranked by degree, so every facet carries it.
graphql(`
  fragment FacetValues on Subgraph {
    nodes {
      id
      label
      degree
    }
  }
`);

export const FacetOptionsQuery = graphql(`
  query FacetOptions {
    restraintTypes: graph(filter: { types: [RESTRAINT_TYPE] }, limit: 100) {
      ...FacetValues
    }
    settings: graph(filter: { types: [SETTING] }, limit: 100) {
      ...FacetValues
    }
    audiences: graph(filter: { types: [AUDIENCE] }, limit: 100) {
      ...FacetValues
    }
    jurisdictions: graph(filter: { types: [JURISDICTION] }, limit: 100) {
      ...FacetValues
    }
    organisations: graph(filter: { types: [ORGANISATION] }, limit: 300) {
      ...FacetValues
    }
  }
`);

export function useFacetOptions() {
  return useQuery({ query: FacetOptionsQuery });
}
