import { graphql } from "../../__generated__";
import type { LineageDirection } from "../../__generated__/graphql";

export const LineageQuery = graphql(`
  query Lineage($id: ID!, $direction: LineageDirection!) {
    node(id: $id) {
      ...GraphNodeFields
    }
    lineage(id: $id, direction: $direction) {
      ...SubgraphFields
      layout(view: HIERARCHY, focus: $id) {
        id
        x
        y
      }
    }
  }
`);

/** The lineage view's variables; the HTML shell preloads them for a direct visit (see prerender/). */
export function lineageVariables(id: string, direction: LineageDirection) {
  return { id, direction };
}
