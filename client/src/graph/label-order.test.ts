import { describe, expect, it } from "vitest";
import { compareLabels } from "./label-order";

describe("compareLabels", () => {
  it("sorts case-blind, with leading quotes set aside, then as written", () => {
    const labels = ["restraint", "‘How I should be cared for’", "Blanket restrictions", "STOMP", "Restraint", "6 Core"];
    expect([...labels].sort(compareLabels)).toEqual([
      "6 Core",
      "Blanket restrictions",
      "‘How I should be cared for’",
      "Restraint",
      "restraint",
      "STOMP",
    ]);
  });

  it("is zero only for the same text", () => {
    expect(compareLabels("Mersey Care", "Mersey Care")).toBe(0);
    expect(compareLabels("Mersey Care", "mersey care")).not.toBe(0);
  });
});
