import { describe, expect, it } from "vitest";
import { namesOf, quoteNames } from "./quote-names.js";

describe("quoteNames", () => {
  it("finds a name or an alias as whole words, ignoring case and typography", () => {
    expect(
      quoteNames("the STOMP pledge (stopping the over-medication …)", ["Chemical restraint", "over-medication"]),
    ).toBe(true);
    expect(quoteNames("Let’s talk about restraint A publication", ["Let's talk about restraint"])).toBe(true);
    expect(quoteNames("in   Scotland's\nSchools", ["schools"])).toBe(true);
  });

  it("does not find a name inside another word", () => {
    // "US" is the United States' alias; "gives us the tools" does not name it, nor does "used".
    expect(quoteNames("this updated resource gives us the tools", ["United States", "US"])).toBe(false);
    expect(quoteNames("are used to manage", ["US"])).toBe(false);
    expect(quoteNames("developed in the US", ["US"])).toBe(true);
  });

  it("ignores empty names", () => {
    expect(quoteNames("anything", ["", null, undefined])).toBe(false);
  });
});

describe("namesOf", () => {
  it("gives a node's name or title, then its aliases", () => {
    expect(namesOf({ title: "RRN Training Standards", aliases: ["RRN TS"] })).toEqual([
      "RRN Training Standards",
      "RRN TS",
    ]);
    expect(namesOf({ name: "CQC" })).toEqual(["CQC"]);
  });
});
