import { describe, expect, it } from "vitest";
import { KIND_FAMILIES, KNOWN_KINDS, OTHER_KIND_FAMILY, kindFamily } from "./kind-colours";

describe("kind families", () => {
  it("puts each kind in exactly one family", () => {
    expect(new Set(KNOWN_KINDS).size).toBe(KNOWN_KINDS.length);
    for (const kind of KNOWN_KINDS) expect(kindFamily(kind).kinds).toContain(kind);
  });

  it("gives every family its own colour", () => {
    const colours = [...KIND_FAMILIES, OTHER_KIND_FAMILY].map((f) => f.colour.toLowerCase());
    expect(new Set(colours).size).toBe(colours.length);
  });

  it("files an unknown or missing kind under Other", () => {
    expect(kindFamily("HOLOGRAM")).toBe(OTHER_KIND_FAMILY);
    expect(kindFamily(null)).toBe(OTHER_KIND_FAMILY);
  });
});
