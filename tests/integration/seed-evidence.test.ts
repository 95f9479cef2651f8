import { readFileSync } from "node:fs";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { GENERAL_KNOWLEDGE, MAX_EVIDENCE_LENGTH } from "@rrn/model";
import { defaultSourcesDir, normaliseText, openDriver } from "@rrn/graph-seed";
import { readConnectionSettings } from "@rrn/common/neo4j-env";

/**
 * Provenance as it reached the database: every seed relationship quotes the page (after
 * normalising whitespace, quotes and dashes), or says it comes from general knowledge.
 */
const uri = inject("neo4jUri");
const page = normaliseText(readFileSync(path.join(defaultSourcesDir, "rrn-tools-and-resources.txt"), "utf8"));

describe("evidence in the seeded graph", () => {
  let driver: Driver;
  let rels: { id: string; evidence: unknown; source: unknown }[];

  beforeAll(async () => {
    driver = await openDriver({ ...readConnectionSettings(), uri });
    const res = await driver.executeQuery(
      `MATCH (a)-[r]->(b) WHERE r.managedBy = 'seed'
       RETURN a.id + ' -' + type(r) + '-> ' + b.id AS id, r.evidence AS evidence, r.source AS source`,
    );
    rels = res.records.map((r) => r.toObject() as (typeof rels)[number]);
  });
  afterAll(() => driver.close());

  it("covers every seed relationship", () => {
    expect(rels.length).toBeGreaterThan(150);
  });

  it("every evidence string is a short quote found in the source text", () => {
    const missing = rels.filter((r) => {
      if (typeof r.evidence !== "string" || r.evidence.trim() === "") return true;
      if (r.evidence.length > MAX_EVIDENCE_LENGTH) return true;
      return r.source !== GENERAL_KNOWLEDGE && !page.includes(normaliseText(r.evidence));
    });
    expect(missing).toEqual([]);
  });

  it("every source is the page or general knowledge", () => {
    const sources = new Set(rels.map((r) => r.source));
    expect([...sources].filter((s) => s !== "rrn-tools-and-resources" && s !== GENERAL_KNOWLEDGE)).toEqual([]);
  });
});
