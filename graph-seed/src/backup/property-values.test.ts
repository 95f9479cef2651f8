import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { decodeValue, encodeValue } from "./property-values.js";

const { types } = neo4j;

describe("dump property values", () => {
  it("keeps integers plain and tags floats, so 2 and 2.0 survive a round trip", () => {
    expect(encodeValue(neo4j.int(2023), false)).toBe(2023);
    expect(encodeValue(2, true)).toEqual({ $type: "Float", value: 2 });
    expect(neo4j.isInt(decodeValue(2023))).toBe(true);
    expect(decodeValue({ $type: "Float", value: 2 })).toBe(2);
  });

  it("tags integers beyond JavaScript's safe range", () => {
    const big = neo4j.int("9007199254740993");
    const encoded = encodeValue(big, false);
    expect(encoded).toEqual({ $type: "Integer", value: "9007199254740993" });
    expect(String(decodeValue(encoded))).toBe("9007199254740993");
  });

  it("encodes lists element by element", () => {
    expect(encodeValue(["a", "b"], false)).toEqual(["a", "b"]);
    expect(encodeValue([1.5, 2], true)).toEqual([
      { $type: "Float", value: 1.5 },
      { $type: "Float", value: 2 },
    ]);
  });

  it.each([
    ["Date", new types.Date(2024, 2, 29)],
    ["LocalTime", new types.LocalTime(13, 5, 7, 123)],
    ["Time", new types.Time(13, 5, 7, 0, 3600)],
    ["LocalDateTime", new types.LocalDateTime(2024, 1, 2, 3, 4, 5, 6)],
    ["DateTime with offset", new types.DateTime(2024, 1, 2, 3, 4, 5, 6, 7200)],
    ["DateTime with zone", new types.DateTime(2024, 1, 2, 3, 4, 5, 6, undefined, "Europe/London")],
    ["Duration", new types.Duration(1, 2, 3, 4)],
    ["Point", new types.Point(4326, 1.5, 52.25)],
  ])("round-trips a %s", (_name, value) => {
    const encoded = encodeValue(value, false);
    expect(JSON.parse(JSON.stringify(encoded))).toEqual(encoded);
    expect(String(decodeValue(encoded))).toBe(String(value));
  });

  it("round-trips bytes", () => {
    const encoded = encodeValue(new Int8Array([1, -2, 3]), false);
    expect(Array.from(decodeValue(encoded) as Int8Array)).toEqual([1, -2, 3]);
  });

  it("refuses what it cannot represent", () => {
    expect(() => encodeValue({ nested: true }, false)).toThrow(/Cannot export/);
    expect(() => decodeValue({ $type: "Mystery" })).toThrow(/Unsupported \$type/);
    expect(() => decodeValue(null)).toThrow(/Unsupported value/);
  });
});
