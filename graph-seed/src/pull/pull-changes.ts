import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import type { YAMLMap } from "yaml";
import { isMap, isSeq, parseDocument, type Document } from "yaml";
import { readCuratorChanges, type ChangedRelationship, type CuratorChange } from "../curation/read-changes.js";
import { DEFAULT_SOURCE, LABEL_FILES, recordKeys } from "@rrn/model";
import { defaultSourcesDir, displayPath } from "../paths.js";
import { SeedValidationError, type SeedProblem } from "../validate/problems.js";
import { readSeedFiles } from "../validate/read-seed-files.js";
import { validateSeed } from "../validate/validate-seed.js";

/**
 * `npm run seed:pull`: writes what curators changed in the graph into the seed files, as
 * ordinary YAML edits a maintainer reviews (git diff) and commits: a seed node's property set
 * or removed, a seed relationship's provenance changed or the relationship removed, a deleted
 * seed node removed with its relationships, and the nodes and relationships curators made
 * appended to their files. Edits go through the `yaml` package's Document API, so comments,
 * order and layout stay as they were. The result is validated like hand-written data before
 * anything is written; on a problem nothing is written and the problem names file and record.
 * After the next import nothing is the curators' any more: every value is what the files say.
 */
export interface PullOptions {
  dataDir: string;
  sourcesDir?: string;
  database?: string;
}

export interface PullResult {
  /** One line per edit. */
  edits: string[];
  /** Files written, as shown in messages. */
  files: string[];
}

/** Every curator change pulled, in the order the edits are made. */
const ORDER: CuratorChange["kind"][] = [
  "NODE_ADDED",
  "PROPERTY",
  "RELATIONSHIP_ADDED",
  "RELATIONSHIP_EDITED",
  "RELATIONSHIP_REMOVED",
  "NODE_DELETED",
];

/** How a new record's keys are ordered, as the hand-written files order them. */
const KEY_ORDER = [
  "id",
  "title",
  "name",
  "kind",
  "year",
  "role",
  "origin",
  "country",
  "definition",
  "url",
  "summary",
  "aliases",
  "easyRead",
  "editable",
  "descriptiveTitle",
  "description",
  "generalKnowledge",
];
const RELATIONSHIP_KEY_ORDER = ["from", "type", "to", "how", "evidence", "source", "basis", "reasoning", "confirmedBy"];
const RELATIONSHIPS_DIR = "relationships";

/** The kebab-case file a new relationship of this type goes to: FOR_SETTING → for-setting.yaml. */
function relationshipFileOf(type: string): string {
  return path.join(RELATIONSHIPS_DIR, `${type.toLowerCase().replace(/_/g, "-")}.yaml`);
}

/** A value as the files write it: a flag only when it holds, the default source left out. */
function fileValue(key: string, value: unknown): unknown {
  if (value === false || value === null || value === undefined) return undefined;
  if (Array.isArray(value) && value.length === 0) return undefined;
  if (key === "source" && value === DEFAULT_SOURCE) return undefined;
  return value;
}

class SeedFiles {
  private readonly docs = new Map<string, Document>();
  readonly changed = new Set<string>();

  constructor(private readonly dir: string) {}

  doc(file: string): Document {
    let doc = this.docs.get(file);
    if (!doc) {
      const full = path.join(this.dir, file);
      doc = parseDocument(existsSync(full) ? readFileSync(full, "utf8") : "[]\n");
      this.docs.set(file, doc);
    }
    return doc;
  }

  items(file: string): unknown[] {
    const seq = this.doc(file).contents;
    return isSeq(seq) ? seq.items : [];
  }

  relationshipFiles(): string[] {
    const dir = path.join(this.dir, RELATIONSHIPS_DIR);
    return readdir(dir).map((f) => path.join(RELATIONSHIPS_DIR, f));
  }

  append(file: string, record: Record<string, unknown>, order: readonly string[]): void {
    const doc = this.doc(file);
    const ordered = Object.fromEntries(
      [...order, ...Object.keys(record).filter((k) => !order.includes(k))]
        .filter((k) => record[k] !== undefined)
        .map((k) => [k, record[k]]),
    );
    const node = doc.createNode(ordered);
    if (!isSeq(doc.contents)) doc.contents = doc.createNode([]);
    const seq = doc.contents;
    if (isSeq(seq)) {
      // Hand-written files keep a blank line between records.
      if (seq.items.length > 0) node.spaceBefore = true;
      seq.items.push(node);
    }
    this.changed.add(file);
  }

  remove(file: string, match: (item: YAMLMap) => boolean): number {
    const seq = this.doc(file).contents;
    if (!isSeq(seq)) return 0;
    const before = seq.items.length;
    seq.items = seq.items.filter((item) => !(isMap(item) && match(item)));
    const removed = before - seq.items.length;
    if (removed > 0) this.changed.add(file);
    return removed;
  }

  text(file: string): string {
    return this.doc(file).toString({ lineWidth: 0 });
  }
}

function readdir(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".yaml")) : [];
}

const isRecord = (id: string) => (item: YAMLMap) => item.get("id") === id;
const isRelationship = (r: { type: string; from: string; to: string }) => (item: YAMLMap) =>
  item.get("from") === r.from && item.get("type") === r.type && item.get("to") === r.to;
const named = (r: ChangedRelationship) => `${r.from} -${r.type}-> ${r.to}`;

function setValue(map: YAMLMap, doc: Document, key: string, value: unknown): void {
  const v = fileValue(key, value);
  if (v === undefined) map.delete(key);
  else map.set(key, doc.createNode(v));
}

function findRelationship(files: SeedFiles, r: ChangedRelationship): { file: string; item: YAMLMap } | null {
  for (const file of files.relationshipFiles()) {
    const item = files.items(file).find((i): i is YAMLMap => isMap(i) && isRelationship(r)(i));
    if (item) return { file, item };
  }
  return null;
}

/** Applies one change to the files; returns the line describing it. */
function apply(files: SeedFiles, c: CuratorChange): string {
  const labelFile = LABEL_FILES[c.label];
  switch (c.kind) {
    case "NODE_ADDED": {
      const record = c.curatorValue as Record<string, unknown>;
      const keys = recordKeys(c.label);
      const fields = Object.fromEntries(keys.map((k) => [k, fileValue(k, record[k])]));
      files.append(labelFile, fields, KEY_ORDER);
      return `${labelFile}: added ${c.label} ${c.entityId}`;
    }
    case "PROPERTY": {
      const item = files.items(labelFile).find((i): i is YAMLMap => isMap(i) && isRecord(c.entityId)(i));
      if (!item) return `${labelFile}: ${c.entityId} is not in the file any more; ${c.property} not written`;
      setValue(item, files.doc(labelFile), c.property!, c.curatorValue);
      files.changed.add(labelFile);
      return `${labelFile}: ${c.entityId}: ${c.property} ${fileValue(c.property!, c.curatorValue) === undefined ? "removed" : "set"}${c.conflict ? " (it was a conflict: the files had changed it too)" : ""}`;
    }
    case "RELATIONSHIP_ADDED": {
      const r = c.relationship!;
      const file = relationshipFileOf(r.type);
      const record: Record<string, unknown> = { from: r.from, type: r.type, to: r.to };
      for (const [k, v] of Object.entries(r.values)) record[k] = fileValue(k, v);
      files.append(file, record, RELATIONSHIP_KEY_ORDER);
      return `${file}: added ${named(r)}`;
    }
    case "RELATIONSHIP_EDITED": {
      const r = c.relationship!;
      const found = findRelationship(files, r);
      if (!found) return `relationships: ${named(r)} is not in the files any more; ${c.property} not written`;
      setValue(found.item, files.doc(found.file), c.property!, c.curatorValue);
      files.changed.add(found.file);
      return `${found.file}: ${named(r)}: ${c.property} changed${c.conflict ? " (it was a conflict)" : ""}`;
    }
    case "RELATIONSHIP_REMOVED": {
      const r = c.relationship!;
      const removed = files.relationshipFiles().reduce((n, f) => n + files.remove(f, isRelationship(r)), 0);
      return `relationships: removed ${named(r)}${removed === 0 ? " (already gone from the files)" : ""}`;
    }
    case "NODE_DELETED": {
      files.remove(labelFile, isRecord(c.entityId));
      const mentions = (item: YAMLMap) => item.get("from") === c.entityId || item.get("to") === c.entityId;
      const removed = files.relationshipFiles().reduce((n, f) => n + files.remove(f, mentions), 0);
      return `${labelFile}: removed deleted ${c.label} ${c.entityId} and its ${removed} relationship${removed === 1 ? "" : "s"}`;
    }
  }
}

/** Problems found in the temporary copy, named as the real files. */
function asRealFiles(problems: readonly SeedProblem[], tmp: string, dataDir: string): SeedProblem[] {
  const shownTmp = displayPath(tmp);
  const shownReal = displayPath(dataDir);
  return problems.map((p) => ({ ...p, file: p.file.split(shownTmp).join(shownReal) }));
}

export async function pullCuratorChanges(driver: Driver, options: PullOptions): Promise<PullResult> {
  const dataDir = path.resolve(options.dataDir);
  const session = driver.session({ database: options.database, defaultAccessMode: "READ" });
  let changes: CuratorChange[];
  try {
    changes = await session.executeRead((tx) =>
      readCuratorChanges(
        async (cypher, params) => (await tx.run(cypher, params)).records.map((r) => r.toObject()),
        null,
      ),
    );
  } finally {
    await session.close();
  }
  const files = new SeedFiles(dataDir);
  const edits = [...changes].sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind)).map((c) => apply(files, c));
  if (files.changed.size === 0) return { edits, files: [] };

  // Validate the result in a copy first: the real files are written only when it passes.
  const tmp = mkdtempSync(path.join(tmpdir(), "seed-pull-"));
  try {
    cpSync(dataDir, tmp, { recursive: true });
    for (const file of files.changed) writeFileSync(path.join(tmp, file), files.text(file));
    const result = validateSeed(readSeedFiles(tmp, options.sourcesDir ?? defaultSourcesDir), tmp);
    if (result.problems.length > 0) throw new SeedValidationError(asRealFiles(result.problems, tmp, dataDir));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  for (const file of files.changed) writeFileSync(path.join(dataDir, file), files.text(file));
  return { edits, files: [...files.changed].sort().map((f) => displayPath(path.join(dataDir, f))) };
}
