import path from "node:path";
import { repoRoot } from "@rrn/scripts/neo4j";

/**
 * Where the test tooling reads and writes, all from the one repoRoot the scripts define (tests
 * and benchmarks never work it out from their own file's place again).
 */
export { repoRoot };

/** Everything a test run leaves behind (git-ignored): results, figures, builds, screenshots. */
export const artifactsDir = path.join(repoRoot, "tests/artifacts");

/** The client build the e2e tier serves, made once per run by tests/e2e/setup.ts. */
export const e2eClientDist = path.join(artifactsDir, "client-dist");

/** The hostile-input corpus: the resilience tier replays it, the fuzzer adds what it finds. */
export const hostileCorpusDir = path.join(repoRoot, "tests/resilience/hostile");
