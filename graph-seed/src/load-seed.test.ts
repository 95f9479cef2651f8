import { describe, expect, it } from "vitest";
import { namesOf, quoteNames } from "@rrn/model";
import { loadSeed } from "./load-seed.js";
import { SeedValidationError } from "./validate/problems.js";

describe("loadSeed on the curated data", () => {
  it("validates, with the minimum counts the issue asks for", async () => {
    const seed = await loadSeed();
    const count = (label: string) => seed.nodes.filter((n) => n.label === label).length;
    expect(count("Resource")).toBeGreaterThanOrEqual(55);
    expect(count("Organisation")).toBeGreaterThanOrEqual(30);
    expect(count("Framework")).toBeGreaterThanOrEqual(8);
    expect(count("RestraintType")).toBeGreaterThanOrEqual(7);
  });

  it("gives every relationship evidence and a source", async () => {
    const seed = await loadSeed();
    for (const r of seed.relationships) {
      expect(r.evidence.length).toBeGreaterThan(0);
      expect(["rrn-tools-and-resources", "general-knowledge"]).toContain(r.source);
    }
  });

  it("gives every relationship a basis, with reasoning exactly on the inferred ones", async () => {
    const seed = await loadSeed();
    const bases = new Set(seed.relationships.map((r) => r.basis));
    // The curated data uses the page's own words and readings of them, so both kinds occur.
    expect(bases).toContain("STATED");
    expect(bases).toContain("INFERRED");
    for (const r of seed.relationships) {
      expect(Boolean(r.reasoning), `${r.from} -${r.type}-> ${r.to}`).toBe(r.basis === "INFERRED");
      expect(r.basis === "GENERAL_KNOWLEDGE").toBe(r.source === "general-knowledge");
    }
  });

  it("has no near-duplicate resource titles left undecided", async () => {
    expect((await loadSeed()).warnings).toEqual([]);
  });

  it("confirms every STATED relationship whose quote names neither end, and only those", async () => {
    const seed = await loadSeed();
    const nodes = new Map(seed.nodes.map((n) => [n.id, n.record]));
    const named = (quote: string, id: string) => quoteNames(quote, namesOf(nodes.get(id) ?? {}));
    const confirmed = seed.relationships.filter((r) => r.confirmedBy);
    expect(confirmed.length).toBeGreaterThan(0);
    for (const r of confirmed) expect(r.basis, `${r.from} -${r.type}-> ${r.to}`).toBe("STATED");
    for (const r of seed.relationships.filter((x) => x.basis === "STATED" && !x.confirmedBy)) {
      expect(named(r.evidence, r.from) || named(r.evidence, r.to), `${r.from} -${r.type}-> ${r.to}`).toBe(true);
    }
  });

  it("rejects a folder with problems, listing each one", async () => {
    const err: unknown = await loadSeed("/nonexistent/seed").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SeedValidationError);
    expect((err as SeedValidationError).problems).toEqual([
      { file: "/nonexistent/seed", record: "-", message: "the seed data folder does not exist" },
    ]);
  });
});
