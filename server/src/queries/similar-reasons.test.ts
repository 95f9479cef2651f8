import { describe, expect, it } from "vitest";
import { commonVia, directReason, nameInSentence, sharedReasons } from "./similar-reasons.js";

describe("similar: reasons in plain language", () => {
  it("names the way both resources reach a node, or says they are linked to it", () => {
    expect(commonVia(["ADDRESSES"], ["ADDRESSES"])).toBe("ADDRESSES");
    expect(commonVia(["PUBLISHED_BY", "DEVELOPED_WITH"], ["DEVELOPED_WITH", "PUBLISHED_BY"])).toBe("PUBLISHED_BY");
    // One published it, the other only commissioned it: not "both published by".
    expect(commonVia(["PUBLISHED_BY"], ["COMMISSIONED_BY"])).toBe("LINKED");
    expect(commonVia(["A_TYPE_ADDED_LATER"], ["A_TYPE_ADDED_LATER"])).toBe("LINKED");
  });

  it("writes names as they read mid-sentence", () => {
    expect(nameInSentence({ type: "RESTRAINT_TYPE", label: "Seclusion" })).toBe("seclusion");
    expect(nameInSentence({ type: "SETTING", label: "Schools and education settings" })).toBe(
      "schools and education settings",
    );
    expect(nameInSentence({ type: "FRAMEWORK", label: "Six Core Strategies" })).toBe("Six Core Strategies");
    expect(nameInSentence({ type: "AUDIENCE", label: "NHS staff" })).toBe("NHS staff");
    expect(nameInSentence({ type: "JURISDICTION", label: "United Kingdom" })).toBe("the United Kingdom");
    expect(nameInSentence({ type: "RESOURCE", label: "RRN Conference 2018" })).toBe("“RRN Conference 2018”");
  });

  it("groups shared nodes by how they are shared, rarest first", () => {
    const reasons = sharedReasons([
      { type: "SETTING", label: "Schools and education settings", via: "FOR_SETTING", weight: 0.5 },
      { type: "RESTRAINT_TYPE", label: "Seclusion", via: "ADDRESSES", weight: 0.4 },
      { type: "FRAMEWORK", label: "Six Core Strategies", via: "DERIVES_FROM", weight: 1.2 },
      { type: "ORGANISATION", label: "NHS England", via: "PUBLISHED_BY", weight: 0.9 },
      { type: "SETTING", label: "Early years", via: "FOR_SETTING", weight: 0.7 },
    ]);
    expect(reasons).toEqual([
      "Both derive from Six Core Strategies",
      "Both published by NHS England",
      "Both are for early years and schools and education settings",
      "Both address seclusion",
    ]);
  });

  it("says what a direct link is, from the similar resource's side", () => {
    expect(directReason({ type: "DERIVES_FROM", outgoing: false, how: "FOLLOWS_ON" })).toBe("Follows on from this one");
    expect(directReason({ type: "DERIVES_FROM", outgoing: true, how: "ADAPTS" })).toBe("This one adapts it");
    expect(directReason({ type: "PART_OF", outgoing: false, how: null })).toBe("Part of this one");
    expect(directReason({ type: "REFERENCES", outgoing: true, how: null })).toBe("Referenced by this one");
  });
});
