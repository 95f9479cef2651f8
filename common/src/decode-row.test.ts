import { describe, expect, it } from "vitest";
import { z } from "zod";
import { decodeRow, RowShapeError } from "./decode-row.js";

describe("decodeRow", () => {
  const row = z.object({ id: z.string(), count: z.number().int() });

  it("returns the row typed when it fits", () => {
    expect(decodeRow(row, { id: "a", count: 2 }, "cell")).toEqual({ id: "a", count: 2 });
  });

  it("throws a RowShapeError naming the row and the field when it does not", () => {
    expect(() => decodeRow(row, { id: 1, count: 2 }, "coverage cell")).toThrow(RowShapeError);
    expect(() => decodeRow(row, { id: 1, count: 2 }, "coverage cell")).toThrow(/coverage cell.*\n?.*id/s);
  });
});
