import { describe, expect, it } from "vitest";
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

  it("rejects a folder with problems, listing each one", async () => {
    const err: unknown = await loadSeed("/nonexistent/seed").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SeedValidationError);
    expect((err as SeedValidationError).problems).toEqual([
      { file: "/nonexistent/seed", record: "-", message: "the seed data folder does not exist" },
    ]);
  });
});
