import { describe, expect, it } from "vitest";
import { rankConnectors, type CandidateConnector } from "./connecting-rank.js";

const candidate = (id: string, degree: number, links: [string, number][]): CandidateConnector => ({
  ref: `ref-${id}`,
  id,
  degree,
  label: id.toUpperCase(),
  links: links.map(([member, hops]) => ({ member, hops, via: [`${id}-${member}`] })),
});

describe("rankConnectors", () => {
  it("puts direct links first, then more members in all, then the less-connected node", () => {
    const ranked = rankConnectors(
      [
        candidate("two-hop-three", 3, [
          ["a", 2],
          ["b", 2],
          ["c", 2],
        ]),
        candidate("direct-two", 40, [
          ["a", 1],
          ["b", 1],
        ]),
        candidate("direct-two-quiet", 4, [
          ["b", 1],
          ["c", 1],
        ]),
        candidate("direct-one-plus", 2, [
          ["a", 1],
          ["c", 2],
        ]),
        candidate("direct-two-and-one", 50, [
          ["a", 1],
          ["b", 1],
          ["c", 2],
        ]),
      ],
      ["a", "b", "c"],
    );
    expect(ranked.map((c) => c.id)).toEqual([
      "direct-two-and-one",
      "direct-two-quiet",
      "direct-two",
      "direct-one-plus",
      "two-hop-three",
    ]);
  });

  it("lists each connector's members in the set's order and breaks full ties by label", () => {
    const ranked = rankConnectors(
      [
        candidate("zeta", 5, [
          ["c", 1],
          ["a", 1],
        ]),
        candidate("alpha", 5, [
          ["b", 1],
          ["a", 1],
        ]),
      ],
      ["a", "b", "c"],
    );
    expect(ranked.map((c) => c.id)).toEqual(["alpha", "zeta"]);
    expect(ranked[1]?.links.map((l) => l.member)).toEqual(["a", "c"]);
  });
});
