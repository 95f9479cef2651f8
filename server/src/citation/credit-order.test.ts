import { describe, expect, it } from "vitest";
import { creditOrder, type QuotedParty } from "./credit-order.js";

const party = (name: string, evidence: string | null, aliases: string[] = []): QuotedParty => ({
  name,
  person: false,
  evidence,
  aliases,
});

describe("creditOrder", () => {
  it("puts parties where their quote first names them, not by name", () => {
    const quote = "Restraint in Mental Health Services A publication from MIND and NSUN.";
    const ordered = creditOrder([party("NSUN", quote), party("Mind", quote, ["MIND"])]);
    expect(ordered.map((p) => p.name)).toEqual(["Mind", "NSUN"]);
  });

  it("reads each party's own quote: co-credits growing one sentence keep its order", () => {
    const sentence =
      "It was adapted for the UK by: Joy Duxbury (University of Central Lancashire), Julie Cullen (AQuA), Paul Greenwood (AQuA)";
    const ordered = creditOrder([
      party("Paul Greenwood", sentence),
      party("Julie Cullen", sentence.slice(0, sentence.indexOf(", Paul"))),
      party("Joy Duxbury", sentence.slice(0, sentence.indexOf(", Julie"))),
    ]);
    expect(ordered.map((p) => p.name)).toEqual(["Joy Duxbury", "Julie Cullen", "Paul Greenwood"]);
  });

  it("puts parties their quote does not name after the rest, by name", () => {
    const ordered = creditOrder([
      party("Zeta Trust", null),
      party("Alpha Network", "unrelated words"),
      party("Beta Council", "by Beta Council"),
    ]);
    expect(ordered.map((p) => p.name)).toEqual(["Beta Council", "Alpha Network", "Zeta Trust"]);
  });
});
