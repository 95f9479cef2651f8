import { isPairAllowed, LABEL_OF_NODE_TYPE } from "@rrn/model";
import { describe, expect, it } from "vitest";
import { choiceFor, relationshipChoices, relationshipSentence } from "./vocabulary";

describe("relationship choices", () => {
  it("offers a framework what the model allows, in both directions, by plain name", () => {
    const choices = relationshipChoices("FRAMEWORK");
    const names = choices.map((c) => `${c.direction} ${c.name}`);
    expect(names).toContain("out Developed by");
    expect(names).toContain("in Derived into");
    expect(names).toContain("in Described by");
    // What the framework itself addresses, where it is used, for whom and where it applies.
    for (const name of ["out Addresses", "out For setting", "out For audience", "out Applies in", "out Developed in"]) {
      expect(names).toContain(name);
    }
    // A framework never publishes or is published.
    expect(names.some((n) => n.includes("Published"))).toBe(false);
    for (const c of choices) expect(c.name).not.toMatch(/[A-Z]{2,}_/);
  });

  it("only ever names other-end types the model pairs with the node's label", () => {
    for (const type of ["RESOURCE", "ORGANISATION", "SETTING", "PERSON"] as const) {
      for (const c of relationshipChoices(type)) {
        for (const other of c.otherTypes) {
          const [from, to] = c.direction === "out" ? [type, other] : [other, type];
          expect(isPairAllowed(c.type, LABEL_OF_NODE_TYPE[from], LABEL_OF_NODE_TYPE[to])).toBe(true);
        }
      }
    }
  });

  it("reads a setting's resources and frameworks as coming in, with either as the other end", () => {
    const choices = relationshipChoices("SETTING");
    expect(choices.map((c) => c.key)).toContain("FOR_SETTING:in");
    expect(choices.find((c) => c.key === "FOR_SETTING:in")?.otherTypes).toEqual(["RESOURCE", "FRAMEWORK"]);
    expect(choices.every((c) => c.direction === "in")).toBe(true);
  });

  it("finds the choice an existing edge is from either end", () => {
    const edge = { type: "PUBLISHED_BY" as const, source: "toolkit", target: "nhs" };
    expect(choiceFor("RESOURCE", edge, "toolkit")?.name).toBe("Published by");
    expect(choiceFor("ORGANISATION", edge, "nhs")?.name).toBe("Published");
  });

  it("says a relationship the way it points", () => {
    expect(relationshipSentence("DERIVES_FROM", { label: "Toolkit" }, { label: "HOPE" }, "based on")).toBe(
      "Toolkit derives from (based on) HOPE",
    );
  });
});
