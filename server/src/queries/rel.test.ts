import { RELATIONSHIP_TYPES } from "@rrn/model";
import { describe, expect, it } from "vitest";
import { rel } from "./rel.js";

describe("rel", () => {
  it("writes one type, or alternatives joined as Cypher expects", () => {
    expect(rel("PUBLISHED_BY")).toBe("PUBLISHED_BY");
    expect(rel("DESCRIBES", "EVALUATES")).toBe("DESCRIBES|EVALUATES");
    expect(rel(...RELATIONSHIP_TYPES).split("|")).toEqual(RELATIONSHIP_TYPES);
  });

  it("refuses an empty list, which would match nothing or everything", () => {
    expect(() => rel()).toThrow(/at least one/);
  });
});
