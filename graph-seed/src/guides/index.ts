/**
 * Guides (`@rrn/graph-seed/guides`): the loader of `data/routes.yaml` for the API and the client
 * build, and the in-memory selection the validator resolves every step with. Their shape is
 * `@rrn/model`'s (guides.ts).
 */
export { loadGuides } from "./load-guides.js";
export {
  indexSeed,
  orderSelection,
  selectFromSeed,
  type SeedIndex,
  type SelectedResource,
} from "./resolve-selection.js";
