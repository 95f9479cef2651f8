import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { defaultDataDir, defaultSourcesDir } from "../paths.js";
import { formatProblem } from "./problems.js";
import { readSeedFiles } from "./read-seed-files.js";

/** A copy of the real data in a temp folder, which each test then damages at file level. */
let dir: string | undefined;
function copyOfData(): string {
  dir = mkdtempSync(path.join(tmpdir(), "seed-files-"));
  cpSync(defaultDataDir, dir, { recursive: true });
  return dir;
}
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

const problemsIn = (d: string) => readSeedFiles(d, defaultSourcesDir).problems.map(formatProblem);

describe("readSeedFiles", () => {
  it("reads the real data without file-level problems, and the page as a source", () => {
    const raw = readSeedFiles(defaultDataDir, defaultSourcesDir);
    expect(raw.problems).toEqual([]);
    expect(raw.files.filter((f) => f.label)).toHaveLength(9);
    expect(raw.sources.has("rrn-tools-and-resources")).toBe(true);
  });

  it("reports a missing label file", () => {
    const d = copyOfData();
    rmSync(path.join(d, "people.yaml"));
    expect(problemsIn(d)).toEqual([`${path.join(d, "people.yaml")}: -: missing: it holds the Person records`]);
  });

  it("reports YAML that does not parse, with its line", () => {
    const d = copyOfData();
    writeFileSync(path.join(d, "settings.yaml"), "- id: a\n  name: [unclosed\n");
    expect(problemsIn(d)[0]).toMatch(/settings\.yaml: -: not valid YAML at line \d+/);
  });

  it("reports a key written twice in one record", () => {
    const d = copyOfData();
    writeFileSync(path.join(d, "settings.yaml"), "- id: a\n  name: A\n  name: B\n");
    expect(problemsIn(d)[0]).toMatch(/settings\.yaml: -: not valid YAML .*unique/i);
  });

  it("reports a file that is a mapping instead of a list", () => {
    const d = copyOfData();
    writeFileSync(path.join(d, "audiences.yaml"), "id: a\nname: A\n");
    expect(problemsIn(d)).toEqual([
      `${path.join(d, "audiences.yaml")}: -: must be a YAML list of records (each starting with \`- \`)`,
    ]);
  });

  it("reports a stray file whose records would otherwise be ignored", () => {
    const d = copyOfData();
    writeFileSync(path.join(d, "resource.yaml"), "[]\n");
    writeFileSync(path.join(d, "relationships", "notes.txt"), "x\n");
    expect(problemsIn(d)).toEqual([
      expect.stringContaining("resource.yaml: -: unexpected file: node records belong in resources.yaml"),
      expect.stringContaining("notes.txt: -: unexpected file: relationship files end in .yaml"),
    ]);
  });

  it("reports a data folder that does not exist", () => {
    expect(problemsIn("/nonexistent/seed")).toEqual(["/nonexistent/seed: -: the seed data folder does not exist"]);
  });
});
