import { describe, expect, it } from "vitest";
import { derivedChanges, mergeValue, parseSeedState, sameValue, serialiseSeedState } from "./seed-state.js";

describe("mergeValue", () => {
  it("takes the files' value where no curator changed it", () => {
    expect(mergeValue("seed", "seed", "new file")).toEqual({ value: "new file", base: "new file", settlement: "seed" });
  });
  it("keeps a curator's value the files did not change", () => {
    expect(mergeValue("curator", "seed", "seed")).toEqual({ value: "curator", base: "seed", settlement: "kept" });
  });
  it("keeps a curator's value the files changed differently, as a conflict with the files' value, baseline unmoved", () => {
    expect(mergeValue("curator", "seed", "new file")).toEqual({
      value: "curator",
      base: "seed",
      settlement: "conflict",
      fileValue: "new file",
    });
  });
  it("hands the value back to the seed once the files say what the curator said", () => {
    expect(mergeValue("curator", "seed", "curator")).toEqual({
      value: "curator",
      base: "curator",
      settlement: "caught-up",
    });
  });
  it("treats null, undefined and an empty list alike, and compares lists and numbers by value", () => {
    expect(sameValue(undefined, null)).toBe(true);
    expect(sameValue([], null)).toBe(true);
    expect(sameValue(["a", "b"], ["a", "b"])).toBe(true);
    expect(sameValue(["a", "b"], ["b", "a"])).toBe(false);
    expect(sameValue(2019, 2019)).toBe(true);
    expect(sameValue(2019, "2019")).toBe(false);
  });
});

describe("seed state", () => {
  it("serialises the same state to the same text whatever the key order, leaving unset values out", () => {
    const a = serialiseSeedState({ values: { b: 1, a: "x", c: null }, conflicts: {} });
    const b = serialiseSeedState({ values: { a: "x", b: 1 } });
    expect(a).toBe(b);
    expect(parseSeedState(a)).toEqual({ values: { a: "x", b: 1 } });
    expect(parseSeedState("not json")).toBeNull();
    expect(parseSeedState(undefined)).toBeNull();
  });
  it("derives a curator's changes as the values that differ from what the seed last wrote", () => {
    const changes = derivedChanges(
      { summary: "curator", url: "https://x.org", title: "T" },
      { summary: "seed", title: "T" },
      { summary: "files now" },
      ["summary", "url", "title"],
    );
    expect(changes).toEqual([
      { key: "summary", curatorValue: "curator", seedValue: "files now", conflict: true },
      { key: "url", curatorValue: "https://x.org", seedValue: null, conflict: false },
    ]);
  });
});
