/**
 * The graph's vocabulary, importable on its own as `@rrn/graph-seed/model`: labels and node
 * types, relationship types with their allowed pairs and API field names, derivation `how`s,
 * evidence bases, kinds, limits and source ids, and the one relationship rule.
 */
export * from "./labels.js";
export * from "./relationship-types.js";
export * from "./relationship-rule.js";
export * from "./evidence-bases.js";
export * from "./kinds.js";
export * from "./graph-version.js";
export * from "./degree.js";
export { relationshipKey, type Seed, type SeedNode, type SeedRelationship } from "./seed.js";
