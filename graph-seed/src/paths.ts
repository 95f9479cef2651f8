import path from "node:path";

// import.meta.dirname (not import.meta.url): the server bundle maps it back to this folder.
const here = import.meta.dirname;

/** Resolved from this file so the CLIs and tests work from any working directory. */
export const repoRoot = path.resolve(here, "../..");
export const defaultDataDir = path.resolve(here, "../data");
export const defaultSourcesDir = path.resolve(here, "../sources");
/** Git-ignored (.neo4j/ is), next to the local databases it backs up. */
export const defaultExportDir = path.join(repoRoot, ".neo4j", "exports");

/** A path as people see it in messages: relative to the repository when inside it. */
export function displayPath(file: string): string {
  const rel = path.relative(repoRoot, file);
  return rel.startsWith("..") || path.isAbsolute(rel) ? file : rel;
}
