import { useQuery } from "urql";
import { graphql } from "../__generated__";

/** The values each facet can take, read from the graph itself (one request, cached). */
const FacetOptionsQuery = graphql(`
  query FacetOptions {
    restraintTypes: graph(filter: { types: [RESTRAINT_TYPE] }, limit: 100) {
      nodes {
        id
        label
      }
    }
    settings: graph(filter: { types: [SETTING] }, limit: 100) {
      nodes {
        id
        label
      }
    }
    audiences: graph(filter: { types: [AUDIENCE] }, limit: 100) {
      nodes {
        id
        label
      }
    }
    jurisdictions: graph(filter: { types: [JURISDICTION] }, limit: 100) {
      nodes {
        id
        label
      }
    }
    organisations: graph(filter: { types: [ORGANISATION] }, limit: 300) {
      nodes {
        id
        label
        degree
      }
    }
  }
`);

export function useFacetOptions() {
  return useQuery({ query: FacetOptionsQuery });
}
