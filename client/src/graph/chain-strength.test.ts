import { describe, expect, it } from "vitest";
import { chainsFromRoot, weakestLinks, weakLinksPhrase } from "./chain-strength";

describe("weakestLinks", () => {
  it("is null when every link is stated, and for no links", () => {
    expect(weakestLinks([{ basis: "STATED" }, { basis: "STATED" }])).toBeNull();
    expect(weakestLinks([])).toBeNull();
  });

  it("names every link of the weakest basis, in order", () => {
    const chain = [
      { id: "a", basis: "TITLE" as const },
      { id: "b", basis: "INFERRED" as const },
      { id: "c", basis: "STATED" as const },
      { id: "d", basis: "INFERRED" as const },
    ];
    expect(weakestLinks(chain)).toEqual({ basis: "INFERRED", links: [chain[1], chain[3]] });
    expect(weakestLinks(chain.slice(0, 1))).toEqual({ basis: "TITLE", links: [chain[0]] });
  });
});

describe("weakLinksPhrase", () => {
  it("counts in words for one, in digits for more", () => {
    expect(weakLinksPhrase("INFERRED", 1)).toBe("one inferred link");
    expect(weakLinksPhrase("TITLE", 2)).toBe("2 links read from a title");
  });
});

describe("chainsFromRoot", () => {
  it("gives each reachable node the links from the root, either way along an edge", () => {
    const ab = { source: "b", target: "a" };
    const bc = { source: "c", target: "b" };
    const xy = { source: "x", target: "y" };
    const chains = chainsFromRoot("a", [ab, bc, xy]);
    expect(chains.get("a")).toEqual([]);
    expect(chains.get("c")).toEqual([ab, bc]);
    expect(chains.has("x")).toBe(false);
  });
});
