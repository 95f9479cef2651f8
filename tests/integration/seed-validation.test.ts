import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { defaultDataDir, exportGraph, openDriver } from "@rrn/graph-seed";
import { readConnectionSettings } from "@rrn/common/neo4j-env";
import { repoRoot } from "@rrn/testkit/paths";
import { runTsx } from "../support/cli.js";

/**
 * Every crafted bad seed in tests/fixtures/seed is refused by `npm run seed` with the expected
 * lines, exit code 1, and not one write: the database is byte-for-byte the same export after.
 */
const fixtures = path.join(repoRoot, "tests/fixtures/seed");
const cases = readdirSync(fixtures).filter((d) => statSync(path.join(fixtures, d)).isDirectory());
const uri = inject("neo4jUri");

function filesUnder(dir: string, prefix = ""): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const rel = path.join(prefix, entry);
    return statSync(path.join(dir, entry)).isDirectory() ? filesUnder(path.join(dir, entry), rel) : [rel];
  });
}

/** The real data plus the case's files appended (see tests/fixtures/seed/README.md). */
function brokenCopy(name: string, into: string): string {
  const dir = path.join(into, name);
  cpSync(defaultDataDir, dir, { recursive: true });
  for (const rel of filesUnder(path.join(fixtures, name)).filter((f) => f.endsWith(".append"))) {
    const target = path.join(dir, rel.slice(0, -".append".length));
    mkdirSync(path.dirname(target), { recursive: true });
    // A blank line first, so the fragment never runs into the last line of the data file.
    appendFileSync(target, `${existsSync(target) ? "\n" : ""}${readFileSync(path.join(fixtures, name, rel), "utf8")}`);
  }
  return dir;
}

describe("bad seed files are refused and nothing is written", () => {
  let driver: Driver;
  let tmp: string;
  let before: string;

  beforeAll(async () => {
    driver = await openDriver({ ...readConnectionSettings(), uri });
    tmp = mkdtempSync(path.join(tmpdir(), "seed-bad-"));
    before = JSON.stringify(await exportGraph(driver));
  });

  afterAll(async () => {
    rmSync(tmp, { recursive: true, force: true });
    await driver.close();
  });

  it("has a case per rule", () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases)("%s", (name) => {
    const dir = brokenCopy(name, tmp);
    const expected = readFileSync(path.join(fixtures, name, "expected.txt"), "utf8")
      .trim()
      .split("\n");
    const res = runTsx("graph-seed/src/cli/seed.ts", ["--data", dir], { NEO4J_URI: uri });
    expect(res.status, res.stdout + res.stderr).toBe(1);
    const problemLines = res.stderr.split("\n").filter((l) => l.startsWith(`${dir}/`));
    for (const line of expected) {
      expect(problemLines, `missing: ${line}`).toContainEqual(expect.stringContaining(`${dir}/${line}`));
    }
    expect(problemLines, res.stderr).toHaveLength(expected.length);
    expect(res.stderr).toMatch(/Seed not imported: \d+ problems?\./);
    // It stopped before connecting: no progress line, no schema step.
    expect(res.stdout).not.toMatch(/Schema:/);
  });

  it("seed:validate reports the same problems without a database", () => {
    const dir = brokenCopy("unknown-end", path.join(tmp, "validate"));
    const res = runTsx("graph-seed/src/cli/validate.ts", ["--data", dir], { NEO4J_BOLT_PORT: "1" });
    expect(res.status).toBe(1);
    expect(res.stderr).toContain(
      `${dir}/relationships/bad.yaml: rrn-8-types-of-restraint -ADDRESSES-> no-such-restraint:`,
    );
  });

  it("seed:validate passes the real data", () => {
    const res = runTsx("graph-seed/src/cli/validate.ts", [], {});
    expect(res.status, res.stderr).toBe(0);
    expect(res.stdout).toMatch(/^graph-seed\/data is valid: \d+ nodes and \d+ relationships\./);
  });

  it("left the database exactly as it was", async () => {
    expect(existsSync(tmp)).toBe(true);
    expect(JSON.stringify(await exportGraph(driver))).toBe(before);
  });
});
