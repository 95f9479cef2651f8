import { graphql } from "../../__generated__";
import type { ViewLayout } from "../../__generated__/graphql";

export const NeighbourhoodQuery = graphql(`
  query Neighbourhood($id: ID!, $limit: Int!, $view: ViewLayout!, $withLayout: Boolean!) {
    node(id: $id) {
      ...GraphNodeFields
      # The organisation view's header describes its focus.
      summary
    }
    neighbourhood(id: $id, depth: 1, limit: $limit) {
      ...SubgraphFields
      layout(view: $view, focus: $id) @include(if: $withLayout) {
        id
        x
        y
      }
    }
  }
`);

/**
 * The variables of one neighbourhood request; the HTML shell's preload of a view's first request
 * is built from the same function, so the browser can reuse it.
 */
export function neighbourhoodVariables(id: string, limit: number, view: ViewLayout, withLayout: boolean) {
  return { id, limit, view, withLayout };
}
