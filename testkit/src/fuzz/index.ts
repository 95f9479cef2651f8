/**
 * Schema-aware fuzzing of the GraphQL API (`@rrn/testkit/fuzz`): the resilience tier runs a
 * fixed-seed slice, `npm run fuzz` (bench/src/fuzz/run.ts) the full campaign.
 */
export { operationArbitrary } from "./arbitraries.js";
export { minimise, runFuzz, sendOperation, type Failure, type FuzzOptions, type FuzzResult } from "./campaign.js";
export { writeCorpusCases } from "./corpus-writer.js";
export { printDocument, requestBody, type FuzzOperation } from "./operation.js";
export { graphIds, loadSchema } from "./inputs.js";
export { logCause } from "./log-cause.js";
export { LEAK_PATTERNS, SLOW_MS } from "./verdict.js";
