/**
 * Guided routes (`@rrn/graph-seed/routes`): the shape of `data/routes.yaml`, its loader for the
 * API, and the in-memory selection the validator resolves every step with.
 */
export {
  LINEAGE_MAX_HOPS,
  LINEAGE_RELATIONSHIPS,
  MAX_STEP_RESOURCES,
  ROUTES_FILE,
  SELECTION_FACETS,
  SELECTION_FACET_NAMES,
  type GuideRoute,
  type RouteStepRecord,
  type SelectionClause,
  type SelectionFacet,
} from "./route-schema.js";
export { loadGuideRoutes } from "./load-routes.js";
export {
  indexSeed,
  orderSelection,
  selectFromSeed,
  type SeedIndex,
  type SelectedResource,
} from "./resolve-selection.js";
