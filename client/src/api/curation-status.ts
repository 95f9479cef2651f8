import { useQuery, type UseQueryArgs } from "urql";
import { graphql } from "../__generated__";

/**
 * Whether curation is on and who is signed in. One document for every view that asks, so urql
 * caches one answer: a fresh read on the Curate page also updates the detail panel's editor.
 */
const CurationStatusQuery = graphql(`
  query CurationStatus {
    curationStatus {
      enabled
      signedIn
      curator
      name
      tokenProblem
      contact
      oidc {
        issuer
        clientId
        scope
      }
    }
  }
`);

export function useCurationStatus(requestPolicy?: UseQueryArgs["requestPolicy"]) {
  return useQuery({ query: CurationStatusQuery, ...(requestPolicy ? { requestPolicy } : {}) });
}
