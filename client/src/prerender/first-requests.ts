import type { DocumentNode } from "graphql";
import { FacetOptionsQuery } from "../api/facet-options";
import { NodeDetailQuery } from "../components/detail/operations";
import { neighbourhoodVariables, NeighbourhoodQuery } from "../views/neighbourhood/operations";
import { parseViewState, facetsToFilter } from "../navigation/url-state";
import { CoverageQuery } from "../views/coverage/operations";
import { lineageVariables, LineageQuery } from "../views/lineage/operations";
import { NEIGHBOURHOOD_LIMIT } from "../views/neighbourhood/NeighbourhoodView";
import { ORG_LIMIT } from "../views/org/OrgView";
import { overviewVariables, OverviewQuery } from "../views/overview/operations";

/**
 * Stands for a route's :id in the requests below; the server puts the real id in its place
 * (letters and digits only, so no encoding step changes it).
 */
export const ROUTE_ID = "ROUTEPARAMIDX";

export interface FirstRequest {
  // Variables differ per document; the request is only ever handed to urql.
  query: DocumentNode;
  variables: Record<string, unknown>;
}

/**
 * What each view asks the API for first when opened directly with no query string, made from
 * the views' own documents and variable functions, so the HTML shell can request it before any
 * JavaScript runs and the client finds the answer waiting.
 */
export function firstRequests(): { pattern: string; requests: FirstRequest[] }[] {
  const defaults = parseViewState(new URLSearchParams());
  // A node's views select it on opening (useFocusSelection), so its detail panel asks for it at once.
  const detail: FirstRequest = { query: NodeDetailQuery, variables: { id: ROUTE_ID } };
  return [
    {
      pattern: "/",
      requests: [
        { query: OverviewQuery, variables: overviewVariables(facetsToFilter(defaults.facets), defaults.limit) },
        { query: FacetOptionsQuery, variables: {} },
      ],
    },
    {
      pattern: "/node/:id",
      requests: [
        {
          query: NeighbourhoodQuery,
          variables: neighbourhoodVariables(ROUTE_ID, defaults.limit ?? NEIGHBOURHOOD_LIMIT, "FORCE", true),
        },
        detail,
      ],
    },
    {
      pattern: "/node/:id/lineage",
      requests: [{ query: LineageQuery, variables: lineageVariables(ROUTE_ID, defaults.direction) }, detail],
    },
    {
      pattern: "/org/:id",
      requests: [
        { query: NeighbourhoodQuery, variables: neighbourhoodVariables(ROUTE_ID, ORG_LIMIT, "ORG_ROLES", true) },
        detail,
        // Its "Narrow by" filter lists the facet options.
        { query: FacetOptionsQuery, variables: {} },
      ],
    },
    { pattern: "/coverage", requests: [{ query: CoverageQuery, variables: {} }] },
  ];
}
