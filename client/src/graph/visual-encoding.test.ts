import { describe, expect, it } from "vitest";
import { edgeLook, howLabel, humanise } from "./visual-encoding";

describe("humanise", () => {
  it("turns API constants into words", () => {
    expect(humanise("POSITION_PAPER")).toBe("Position paper");
    expect(humanise("TOOLKIT")).toBe("Toolkit");
  });

  it("keeps prose as written, capitals included", () => {
    expect(humanise("NHS trust")).toBe("NHS trust");
    expect(humanise("international body")).toBe("International body");
  });
});

describe("relationship wording", () => {
  it("reads lineage and unknown relationships in words", () => {
    expect(howLabel("FOLLOWS_ON")).toBe("follows on from");
    expect(howLabel(null)).toBe("");
    expect(edgeLook("INSPIRED_BY").forward).toBe("Inspired by");
    expect(edgeLook("PUBLISHED_BY").backward).toBe("Published");
  });
});
