import { readFileSync } from "node:fs";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEFAULT_SOURCE } from "@rrn/model";
import { canonicalJson, loadSeed, normaliseText } from "@rrn/graph-seed";
import type { SyncReport } from "@rrn/server";
import { repoRoot } from "@rrn/testkit/paths";
import { testDriver } from "@rrn/testkit/neo4j";
import { EDITS } from "../fixtures/source-page/build-pages.js";
import { removePageSyncProposals, runSourceSync, servePages, type PageServer } from "../support/source-page.js";

/**
 * `npm run source:sync` against the seeded graph and the two fixture pages (built from the seed's
 * copy of the page text), served by a local HTTP server: today's page agrees with the graph;
 * the later one carries five edits, each of which the report names once.
 */
const uri = inject("neo4jUri");

const sourceLines = readFileSync(path.join(repoRoot, "graph-seed/sources/rrn-tools-and-resources.txt"), "utf8")
  .split("\n")
  .map((l) => l.replace(/\s+/g, " ").trim())
  .filter(Boolean);

/** The later page's words, made from the text and the edits alone (not from its HTML). */
function laterText(): string {
  return normaliseText(
    sourceLines
      .map((line, i) => {
        if (i === EDITS.removedLine) return "";
        if (i === EDITS.rewritten.line) return EDITS.rewritten.text;
        if (i === EDITS.altered.line) return line.replace(EDITS.altered.from, EDITS.altered.to);
        return line;
      })
      .join(" "),
  );
}

const TODAY_LINKS = {
  "psychological-restraint-toolkit": "https://example.org/psychological-restraint-toolkit",
  "restraint-inequalities-toolkit": "https://example.org/restraint-inequalities-toolkit",
  "blanket-restrictions-toolkit": "https://example.org/blanket-restrictions-toolkit",
  "blanket-restrictions-video": "https://example.org/blanket-restrictions-video",
  "unrestrained-podcast": "https://example.org/unrestrained-podcast",
  "why-do-they-hurt": "https://example.org/why-do-they-hurt",
};

const relKey = (r: { from: string; type: string; to: string }) => `${r.from} -${r.type}-> ${r.to}`;

describe("source sync", () => {
  let pages: PageServer;
  let driver: Driver;
  const sync = (page: "today" | "later", ...flags: string[]) => runSourceSync(uri, pages.urlOf(page), ...flags);
  const report = async (page: "today" | "later"): Promise<SyncReport> => {
    const res = await sync(page, "--json");
    expect(res.status, res.stderr).toBe(0);
    return JSON.parse(res.stdout) as SyncReport;
  };
  /** Every node but suggestions, and every relationship, with their properties. */
  const graphWithoutSuggestions = async () => {
    const res = await driver.executeQuery(
      `MATCH (n) WHERE NOT n:Suggestion
       OPTIONAL MATCH (n)-[e]->(m)
       WITH n, collect([type(e), m.id, properties(e)]) AS out
       RETURN n.id AS id, labels(n) AS labels, properties(n) AS props, out ORDER BY id`,
    );
    return canonicalJson(res.records.map((r) => r.toObject()));
  };

  beforeAll(async () => {
    pages = await servePages();
    driver = testDriver(uri);
    await removePageSyncProposals(driver);
  });
  afterAll(async () => {
    await removePageSyncProposals(driver);
    await pages.close();
    await driver.close();
  });

  it("on today's page matches every resource the page lists, with nothing new, changed, missing or drifted", async () => {
    const seed = await loadSeed();
    const fromPage = new Set(
      seed.relationships
        .filter((r) => r.source === DEFAULT_SOURCE)
        .flatMap((r) => [r.from, r.to])
        .filter((id) => seed.nodes.some((n) => n.id === id && n.label === "Resource")),
    );
    expect(fromPage.size).toBeGreaterThan(60);
    const today = await report("today");
    expect(new Set(today.matched.map((m) => m.resourceId))).toEqual(fromPage);
    expect(today.new).toEqual([]);
    expect(today.changed).toEqual([]);
    expect(today.missing).toEqual([]);
    expect(today.evidenceDrift).toEqual([]);
    // Every example.org link, each for the resource whose entry carries it, none in the graph yet.
    expect(Object.fromEntries(today.links.map((l) => [l.resourceId, l.url]))).toEqual(TODAY_LINKS);
    expect(today.links.map((l) => l.status)).toEqual(today.links.map(() => "new"));
    // Exactly one link per resource: the blanket restrictions entry's two links went one each way.
    expect(today.links).toHaveLength(Object.keys(TODAY_LINKS).length);
  });

  it("on the later page reports each of its five edits, once", async () => {
    const seed = await loadSeed();
    const later = await report("later");

    expect(later.new.map((n) => [n.pageTitle, n.links.map((l) => l.url)])).toEqual([
      [EDITS.added.title, [EDITS.added.url]],
    ]);
    expect(later.new[0]?.pageText).toContain(EDITS.added.text);

    expect(later.changed.map((c) => c.resourceId)).toEqual([
      "covid-19-restrictive-practices-survey",
      "post-incident-debriefing-and-support-toolkit",
    ]);
    const rewritten = later.changed.find((c) => c.resourceId === "post-incident-debriefing-and-support-toolkit");
    expect(rewritten?.pageText).toBe(normaliseText(EDITS.rewritten.text));
    expect(later.changed.find((c) => c.resourceId === "covid-19-restrictive-practices-survey")?.quotes).toEqual([
      expect.stringContaining(EDITS.altered.from),
    ]);

    expect(later.missing.map((m) => m.resourceId)).toEqual(["social-care-wales-positive-approaches-learning-resource"]);

    // The moved link, in place of the old one; the others as they were.
    expect(Object.fromEntries(later.links.map((l) => [l.resourceId, l.url]))).toEqual({
      ...TODAY_LINKS,
      "psychological-restraint-toolkit": EDITS.relinked.url,
    });
    expect(later.links).toHaveLength(Object.keys(TODAY_LINKS).length);

    // Drift: exactly the relationships whose quotes the later text no longer holds.
    const text = laterText();
    const expected = seed.relationships
      .filter((r) => r.source === DEFAULT_SOURCE && !text.includes(normaliseText(r.evidence)))
      .map(relKey)
      .sort();
    expect(expected.length).toBeGreaterThan(2);
    const drift = later.evidenceDrift.map(relKey);
    expect([...drift].sort()).toEqual(expected);
    expect(new Set(drift).size).toBe(drift.length);
    expect(drift).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^covid-19-restrictive-practices-survey -ADDRESSES-> /),
        expect.stringMatching(/^post-incident-debriefing-and-support-toolkit -/),
        expect.stringMatching(/^social-care-wales-positive-approaches-learning-resource -/),
      ]),
    );
  });

  it("--check exits non-zero when a quote is no longer on the page, and 0 when all are", async () => {
    const today = await sync("today", "--check");
    expect(today.status, today.stderr).toBe(0);
    const later = await sync("later", "--check");
    expect(later.status).toBe(2);
    expect(later.stderr).toMatch(/evidence quote\(s\) are no longer on the page/);
    // Without --check the same drift is reported, not failed on.
    expect((await sync("later")).status).toBe(0);
  });

  it("--apply files each proposal once, with source page-sync, and never edits the graph", async () => {
    const before = await graphWithoutSuggestions();
    const first = await sync("later", "--apply");
    expect(first.status, first.stderr).toBe(0);
    const second = await sync("later", "--apply");
    expect(second.status, second.stderr).toBe(0);
    expect(second.stderr).toMatch(/Filed 0 proposal\(s\)/);
    expect(await graphWithoutSuggestions()).toBe(before);

    const res = await driver.executeQuery(
      `MATCH (s:Suggestion {source: "page-sync"})
       RETURN s.type AS type, s.targetId AS targetId, s.url AS url, s.status AS status, s.pageText AS pageText,
              s.submittedAt AS submittedAt
       ORDER BY type, targetId, url`,
    );
    const filed = res.records.map(
      (r) =>
        r.toObject() as {
          type: string;
          targetId: string | null;
          url: string | null;
          status: string;
          pageText: string | null;
          submittedAt: unknown;
        },
    );
    expect(filed.every((s) => s.status === "PENDING" && typeof s.submittedAt === "string")).toBe(true);
    expect(filed.map((s) => [s.type, s.targetId, s.url])).toEqual([
      ["CHANGED_TEXT", "covid-19-restrictive-practices-survey", null],
      ["CHANGED_TEXT", "post-incident-debriefing-and-support-toolkit", null],
      ["GONE_FROM_PAGE", "social-care-wales-positive-approaches-learning-resource", null],
      ...Object.entries({ ...TODAY_LINKS, "psychological-restraint-toolkit": EDITS.relinked.url })
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([id, url]) => ["LINK_FOR_RESOURCE", id, url]),
      ["NEW_RESOURCE", null, EDITS.added.url],
    ]);
    expect(filed.find((s) => s.type === "NEW_RESOURCE")?.pageText).toContain(EDITS.added.text);

    // Today's page then adds only what the later one did not propose: the link it had before.
    const back = await sync("today", "--apply");
    expect(back.stderr).toMatch(/Filed 1 proposal\(s\)/);
  });

  it("two --apply runs at once file each proposal once between them", async () => {
    await removePageSyncProposals(driver);
    const runs = await Promise.all([sync("later", "--apply"), sync("later", "--apply")]);
    for (const run of runs) {
      // Each either filed (some or none) or says the other filed at the same moment.
      if (run.status !== 0) expect(run.stderr).toMatch(/Another sync filed the same proposals at the same moment/);
      else expect(run.stderr).toMatch(/Filed \d+ proposal\(s\)/);
    }
    const res = await driver.executeQuery(
      `MATCH (s:Suggestion {source: "page-sync"}) RETURN s.syncKey AS key, count(*) AS n ORDER BY key`,
    );
    const counts = res.records.map((r) => ({ key: r.get("key") as string, n: Number(r.get("n")) }));
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.filter((c) => c.n > 1)).toEqual([]);
  });
});
