/**
 * Curator changes to seed data, importable on its own as `@rrn/graph-seed/curation`: how the
 * seed records what it last wrote (seed-state.ts) and how a curator's change is derived from it
 * (read-changes.ts). The importer, `seed:report`, `seed:pull` and the API's `curatorChanges` all
 * read them from here.
 */
export * from "./seed-state.js";
export * from "./read-changes.js";
