/**
 * `@rrn/model`, the graph's one model: labels and node types, node record schemas (each node
 * type's properties, defined once), relationship types with their allowed pairs and API field
 * names, derivation `how`s, evidence bases, kinds, ids, guided routes ("guides"), the graph
 * version and degree Cypher, and the limits several workspaces share. Pure data and zod
 * schemas: it imports nothing of ours, no driver, and does nothing when imported.
 */
export * from "./labels.js";
export * from "./ids.js";
export * from "./kinds.js";
export * from "./relationship-types.js";
export * from "./relationship-rule.js";
export * from "./evidence-bases.js";
export * from "./quote-names.js";
export * from "./node-records.js";
export * from "./guides.js";
export * from "./graph-version.js";
export * from "./graph-change.js";
export * from "./degree.js";
export * from "./limits.js";
