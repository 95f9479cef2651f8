/**
 * The graph seed's public API: load and validate the curated data, import it into Neo4j,
 * back the whole graph up and restore it, and report on it. The CLIs in cli/ are thin shells
 * over these functions; the test suite's global setup uses them directly.
 */
export { loadSeed, type LoadSeedOptions } from "./load-seed.js";
export {
  importSeed,
  SeedConflictError,
  SeedTooLargeError,
  type ImportOptions,
  type ImportSummary,
} from "./import/import-seed.js";
export type { ChangeCounts, KeptChange } from "./import/plan-changes.js";
export { formatImportSummary } from "./import/format-summary.js";
export { ensureSchema } from "./import/schema.js";
export { pullCuratorChanges, type PullOptions, type PullResult } from "./pull/pull-changes.js";
export { readCuratorChanges, type CuratorChange } from "./curation/read-changes.js";
/** The importer's property mapping, for the benchmark's bare-import baseline. */
export { nodeProperties, relationshipProperties, toDriverMap } from "./import/graph-properties.js";
export { exportGraph, type ExportOptions } from "./backup/export-graph.js";
export { restoreGraph, RestoreRefusedError, type RestoreOptions, type RestoreSummary } from "./backup/restore-graph.js";
export type { GraphDump, DumpNode, DumpRelationship } from "./backup/dump-format.js";
export type { DumpValue } from "./backup/property-values.js";
export { canonicalJson } from "./backup/canonical-json.js";
export { buildReport, type SeedReport } from "./report/seed-report.js";
export { formatReport } from "./report/format-report.js";
export { SeedValidationError, formatProblem, type SeedProblem } from "./validate/problems.js";
export { normaliseText } from "./validate/normalise-text.js";
export { relationshipKey, type Seed, type SeedNode, type SeedRelationship } from "./seed.js";
export { openDriver, withDriver, Neo4jUnavailableError, type ConnectionSettings } from "./neo4j/connection.js";
export { defaultDataDir, defaultSourcesDir } from "./paths.js";
export * from "./guides/index.js";
