/**
 * What other workspaces may use of the server (`@rrn/server`): the tests start it in-process and
 * the benchmarks measure it. `npm run serve` runs ./index.ts instead.
 */
export { readConfig, curationEnabled, type Config } from "./config.js";
export { startApp, type AppDeps, type RunningApp } from "./http/app.js";
export { createLogger, type Logger } from "./logger.js";
export { createDriver } from "./neo4j/driver.js";
export { SUGGESTION_RATE_LABEL } from "./curation/rate-limit.js";
export { buildSchema } from "./api/build-schema.js";
export { exportSite, type ExportOptions, type ExportResult } from "./export/export-site.js";
export type { SyncReport } from "./source-sync/compare.js";
