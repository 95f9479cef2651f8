import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse, YAMLParseError } from "yaml";
import { LABEL_FILES, NODE_LABELS, type NodeLabel, GUIDES_FILE } from "@rrn/model";
import { displayPath } from "../paths.js";
import type { SeedProblem } from "./problems.js";
import { SourceText } from "./normalise-text.js";

/** A data file read from disk: a list of raw records, not yet checked. */
export interface RawSeedFile {
  /** As shown in messages. */
  file: string;
  /** The label whose records it holds; absent for a relationships file. */
  label?: NodeLabel;
  records: unknown[];
}

export interface RawSeed {
  files: RawSeedFile[];
  /** Source documents by id (the file name without `.txt`), for the evidence check. */
  sources: Map<string, SourceText>;
  problems: SeedProblem[];
  /** The guided routes (routes.yaml), when the data folder has them. */
  routes?: RawSeedFile;
}

const RELATIONSHIPS_DIR = "relationships";

export function readYamlList(file: string, problems: SeedProblem[]): unknown[] | undefined {
  const shown = displayPath(file);
  let data: unknown;
  try {
    // Duplicate keys in one mapping are an error (yaml's default), not a silent override.
    data = parse(readFileSync(file, "utf8"));
  } catch (err) {
    const message =
      err instanceof YAMLParseError
        ? `not valid YAML at line ${err.linePos?.[0].line ?? "?"}: ${err.message.split("\n")[0]}`
        : `cannot be read: ${String(err)}`;
    problems.push({ file: shown, record: "-", message });
    return undefined;
  }
  if (data === null || data === undefined) return [];
  if (!Array.isArray(data)) {
    problems.push({ file: shown, record: "-", message: "must be a YAML list of records (each starting with `- `)" });
    return undefined;
  }
  return data as unknown[];
}

/**
 * Reads the label files and `relationships/*.yaml` from `dataDir` and the source texts from
 * `sourcesDir`. Missing, unreadable and unexpected files become problems here; the records
 * themselves are checked by validateSeed.
 */
export function readSeedFiles(dataDir: string, sourcesDir: string): RawSeed {
  const problems: SeedProblem[] = [];
  const files: RawSeedFile[] = [];

  if (!existsSync(dataDir)) {
    problems.push({ file: displayPath(dataDir), record: "-", message: "the seed data folder does not exist" });
    return { files, sources: new Map(), problems };
  }

  for (const label of NODE_LABELS) {
    const file = path.join(dataDir, LABEL_FILES[label]);
    if (!existsSync(file)) {
      problems.push({ file: displayPath(file), record: "-", message: `missing: it holds the ${label} records` });
      continue;
    }
    const records = readYamlList(file, problems);
    if (records) files.push({ file: displayPath(file), label, records });
  }

  // A stray file (`resource.yaml`, notes.txt) is most likely a typo whose records would be ignored.
  const known = new Set<string>([...Object.values(LABEL_FILES), RELATIONSHIPS_DIR, GUIDES_FILE]);
  for (const entry of readdirSync(dataDir).sort()) {
    if (!known.has(entry) && !entry.startsWith(".")) {
      problems.push({
        file: displayPath(path.join(dataDir, entry)),
        record: "-",
        message: `unexpected file: node records belong in ${Object.values(LABEL_FILES).join(", ")}; relationships in ${RELATIONSHIPS_DIR}/*.yaml`,
      });
    }
  }

  const relDir = path.join(dataDir, RELATIONSHIPS_DIR);
  const relFiles = existsSync(relDir) ? readdirSync(relDir).sort() : [];
  for (const entry of relFiles) {
    const file = path.join(relDir, entry);
    if (!entry.endsWith(".yaml")) {
      problems.push({
        file: displayPath(file),
        record: "-",
        message: "unexpected file: relationship files end in .yaml",
      });
      continue;
    }
    const records = readYamlList(file, problems);
    if (records) files.push({ file: displayPath(file), records });
  }
  if (!relFiles.some((f) => f.endsWith(".yaml"))) {
    problems.push({ file: displayPath(relDir), record: "-", message: "no relationship files (*.yaml)" });
  }

  const sources = new Map<string, SourceText>();
  if (existsSync(sourcesDir)) {
    for (const entry of readdirSync(sourcesDir).sort()) {
      if (entry.endsWith(".txt")) {
        sources.set(entry.slice(0, -4), new SourceText(readFileSync(path.join(sourcesDir, entry), "utf8")));
      }
    }
  }
  const routesFile = path.join(dataDir, GUIDES_FILE);
  const routeRecords = existsSync(routesFile) ? readYamlList(routesFile, problems) : undefined;
  const routes = routeRecords ? { routes: { file: displayPath(routesFile), records: routeRecords } } : {};
  return { files, sources, problems, ...routes };
}
