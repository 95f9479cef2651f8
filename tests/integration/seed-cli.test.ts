import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "@rrn/testkit/server";
import { runTsx } from "../support/cli.js";

const tmp = mkdtempSync(path.join(tmpdir(), "seed-cli-"));
const emptyDump = path.join(tmp, "empty.json");
writeFileSync(
  emptyDump,
  JSON.stringify({
    format: "rrn-graph-dump",
    version: 1,
    schema: { constraints: [], indexes: [] },
    nodes: [],
    relationships: [],
  }),
);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** What every seed/backup command says when there is no Neo4j to talk to. */
describe("seed CLIs without a running Neo4j", () => {
  it.each([
    ["graph-seed/src/cli/seed.ts", []],
    ["graph-seed/src/cli/report.ts", []],
    ["graph-seed/src/cli/export.ts", [path.join(tmp, "never-written.json")]],
    ["graph-seed/src/cli/restore.ts", [emptyDump]],
  ])("%s prints one clear line and exits 1", async (script, args) => {
    const port = await freePort();
    const res = runTsx(script, args, { NEO4J_INSTANCE: "not-running", NEO4J_BOLT_PORT: String(port) });
    expect(res.status).toBe(1);
    expect(res.stderr.trim().split("\n")).toEqual([
      `Neo4j is not running at bolt://127.0.0.1:${port} — start it with \`npm run db:start\` or set NEO4J_URI`,
    ]);
  });

  it("db:restore says when its file is not JSON, before connecting", () => {
    const res = runTsx("graph-seed/src/cli/restore.ts", ["tests/fixtures/seed/README.md"], { NEO4J_BOLT_PORT: "1" });
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/^Cannot read tests\/fixtures\/seed\/README\.md: /);
  });
});
