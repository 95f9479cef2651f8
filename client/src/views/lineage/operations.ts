import { graphql } from "../../__generated__";
import type { EvidenceBasis, LineageDirection } from "../../__generated__/graphql";

export const LineageQuery = graphql(`
  query Lineage($id: ID!, $direction: LineageDirection!, $basis: [EvidenceBasis!]) {
    node(id: $id) {
      ...GraphNodeFields
    }
    lineage(id: $id, direction: $direction, basis: $basis) {
      ...SubgraphFields
      # Each chain names its weakest link, with an inferred link's reason.
      edges {
        id
        reasoning
      }
      layout(view: HIERARCHY, focus: $id) {
        id
        x
        y
      }
    }
  }
`);

/**
 * The lineage view's variables; the HTML shell preloads them for a direct visit (see prerender/).
 * `basis` only when some are left out ("stated links only"), so the usual request is unchanged.
 */
export function lineageVariables(id: string, direction: LineageDirection, basis?: EvidenceBasis[] | null) {
  return basis ? { id, direction, basis } : { id, direction };
}
