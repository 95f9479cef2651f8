import path from "node:path";
import type { Seed } from "./seed.js";
import { defaultDataDir, defaultSourcesDir } from "./paths.js";
import { SeedValidationError } from "./validate/problems.js";
import { readSeedFiles } from "./validate/read-seed-files.js";
import { validateSeed } from "./validate/validate-seed.js";

export interface LoadSeedOptions {
  /** Where the source documents that evidence quotes from live; graph-seed/sources by default. */
  sourcesDir?: string;
}

/**
 * Reads and validates the curated graph. Resolves with the seed, or rejects with a
 * SeedValidationError listing every problem (file, record, message); nothing is ever written
 * here, so callers validate before they touch a database.
 */
export function loadSeed(dataDir: string = defaultDataDir, options: LoadSeedOptions = {}): Promise<Seed> {
  const dir = path.resolve(dataDir);
  const raw = readSeedFiles(dir, options.sourcesDir ?? defaultSourcesDir);
  const result = validateSeed(raw, dir);
  if ("seed" in result) return Promise.resolve(result.seed);
  return Promise.reject(new SeedValidationError(result.problems));
}
