import { describe, expect, it } from "vitest";
import { keptChangeText } from "./kept-changes";

describe("kept curator changes in words", () => {
  const names = new Map([["hope", "HOPE model"]]);
  it("says a property's two values and a conflict", () => {
    expect(
      keptChangeText(
        { kind: "PROPERTY", property: "url", curatorValue: '"https://a.org"', seedValue: "null", conflict: false },
        "toolkit",
        names,
      ),
    ).toBe("Url: “https://a.org” (the seed files say nothing)");
    expect(
      keptChangeText(
        { kind: "PROPERTY", property: "year", curatorValue: "2020", seedValue: "2021", conflict: true },
        "toolkit",
        names,
      ),
    ).toBe("Year: 2020 (the seed files say 2021) — conflict: the seed files now say 2021");
  });
  it("names relationships by their ends", () => {
    const relationship = { type: "DERIVES_FROM" as const, source: "toolkit", target: "hope" };
    expect(keptChangeText({ kind: "RELATIONSHIP_REMOVED", relationship, conflict: false }, "toolkit", names)).toBe(
      "Removed: this derives from HOPE model",
    );
  });
});
