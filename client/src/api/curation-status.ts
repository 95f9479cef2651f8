import { useQuery, type Client, type UseQueryArgs } from "urql";
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

/**
 * Asks again, past the cache, for everyone showing the status: a page the server rendered
 * carries the anonymous answer (the server never sees the curator's token), which a signed-in
 * curator's first render takes over as it is, so it matches the server's markup.
 */
export function refreshCurationStatus(client: Client): void {
  void client.query(CurationStatusQuery, {}, { requestPolicy: "network-only" }).toPromise();
}
