import { describe, expect, it } from "vitest";
import { EMPTY_PROVENANCE, provenanceInput, provenanceProblems, withBasis } from "./provenance";

describe("relationship provenance", () => {
  const quoted = { ...EMPTY_PROVENANCE, evidence: "Based on the HOPE model.", source: "https://example.org" };

  it("asks for how on DERIVES_FROM only, and reasoning exactly when inferred", () => {
    expect(provenanceProblems("DERIVES_FROM", quoted)).toHaveProperty("how");
    expect(provenanceProblems("DERIVES_FROM", { ...quoted, how: "BASED_ON" })).toEqual({});
    expect(provenanceProblems("PUBLISHED_BY", { ...quoted, basis: "INFERRED" })).toHaveProperty("reasoning");
    expect(provenanceProblems("PUBLISHED_BY", { ...quoted, basis: "INFERRED", reasoning: "Logo on cover." })).toEqual(
      {},
    );
  });

  it("ties general knowledge to its source both ways", () => {
    const general = withBasis(quoted, "GENERAL_KNOWLEDGE");
    expect(general.source).toBe("general-knowledge");
    expect(provenanceProblems("PUBLISHED_BY", general)).toEqual({});
    expect(withBasis(general, "STATED").source).toBe("");
    // Passing over general knowledge with the arrow keys brings the typed source back.
    expect(withBasis(general, "INFERRED", "https://example.org").source).toBe("https://example.org");
  });

  it("sends how and reasoning only where they belong", () => {
    const input = provenanceInput("PUBLISHED_BY", { ...quoted, how: "ADAPTS", reasoning: "left over" });
    expect(input).toEqual({
      how: null,
      evidence: quoted.evidence,
      source: quoted.source,
      basis: "STATED",
      reasoning: null,
    });
  });
});
