import { describe, expect, it } from "vitest";
import { basisText, edgeLook, howLabel, humanise, isStated } from "./visual-encoding";

describe("humanise", () => {
  it("turns API constants into words", () => {
    expect(humanise("POSITION_PAPER")).toBe("Position paper");
    expect(humanise("TOOLKIT")).toBe("Toolkit");
  });

  it("keeps acronyms in capitals wherever they stand", () => {
    expect(humanise("NHS_BODY")).toBe("NHS body");
    expect(humanise("NHS_TRUST")).toBe("NHS trust");
    expect(humanise("CQC")).toBe("CQC");
    expect(humanise("WHO_GUIDANCE")).toBe("WHO guidance");
    expect(humanise("LOCAL_NHS_BODY")).toBe("Local NHS body");
    expect(humanise("INTERNATIONAL_BODY")).toBe("International body");
    // Only whole words: "USABLE" is not "USA" + "BLE".
    expect(humanise("USABLE_TOOL")).toBe("Usable tool");
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

describe("evidence basis wording", () => {
  it("names each basis, with the reasoning of an inferred link", () => {
    expect(basisText({ basis: "STATED" })).toBe("Stated");
    expect(basisText({ basis: "TITLE" })).toBe("From the title");
    expect(basisText({ basis: "INFERRED", reasoning: "Read as Australia-wide." })).toBe(
      "Inferred: Read as Australia-wide.",
    );
    expect(basisText({ basis: "GENERAL_KNOWLEDGE" })).toBe("General knowledge");
  });

  it("treats only STATED as stated", () => {
    expect(isStated("STATED")).toBe(true);
    expect(["TITLE", "INFERRED", "GENERAL_KNOWLEDGE"].map((b) => isStated(b as "TITLE"))).toEqual([
      false,
      false,
      false,
    ]);
  });
});
