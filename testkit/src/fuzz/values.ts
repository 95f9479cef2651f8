import fc from "fast-check";
import type { ArgValue } from "./operation.js";

/**
 * Scalar values the fuzzer tries: everyday ones, ones at and just past the limits an API of
 * this kind enforces (1, 3, 8, 10, 200, 1,000, 9,999 and GraphQL's 32-bit Int), and hostile
 * text. None of the hostile strings spells a stack frame or a file path, so that an error
 * message quoting one back is never mistaken for a leak.
 */
export const BOUNDARY_INTS = [
  -2147483648, -1001, -201, -2, -1, 0, 1, 2, 3, 4, 7, 8, 9, 10, 11, 49, 50, 51, 199, 200, 201, 499, 500, 501, 999, 1000,
  1001, 9999, 10000, 100000, 2147483647,
];

/** Literals JSON cannot carry or GraphQL must refuse, printed as written. */
export const RAW_LITERALS = [
  "2147483648",
  "-2147483649",
  "9007199254740993",
  "1e400",
  "-1e400",
  "0.1e-400",
  "NaN",
  "Infinity",
  "0x10",
  "01",
  "TRUE",
  "undefined",
  '"""block\nstring"""',
  '"unterminated',
  "$undeclared",
  "{}",
  "[[[[[[[[]]]]]]]]",
];

export const HOSTILE_STRINGS = [
  "",
  " ",
  "   \t\n ",
  "\u0000",
  "a\u0000b",
  "\ud800",
  "x\udfff",
  "\ud83d",
  "\u202eevil\u202c",
  "\u200b\u200b\u200b",
  "\ufeffbom",
  "e\u0301\u0301\u0301\u0301",
  "🦄".repeat(60),
  "' OR 1=1 --",
  '" OR ""="',
  "MATCH (n) DETACH DELETE n",
  '"}) DETACH DELETE n WITH 1 AS x MATCH (m',
  "`backtick` injection",
  "*:*",
  "*",
  "?",
  "six AND (",
  "((((((((((((((((((((",
  "a~2 b^100 c:* [* TO *]",
  'title:"six" OR summary:/.*/',
  "\\",
  "\\\\\\",
  "%s%s%s%n",
  "${7*7}{{7*7}}",
  "<script>alert(1)</script>",
  "../../../etc/passwd",
  "\r\n\r\nHTTP/1.1 200 OK",
  "null",
  "undefined",
  "NaN",
  "-0",
  "__proto__",
  "constructor",
  "x".repeat(200),
  "x".repeat(201),
  "é".repeat(201),
  "x".repeat(2001),
  "x".repeat(20_000),
];

/** Words the explorer's searches really contain, so many operations also find things. */
const EVERYDAY = [
  "six core",
  "restraint",
  "schools",
  "mental health",
  "seclusion",
  "nhs",
  "positive behaviour support",
];

export function intValue(): fc.Arbitrary<number> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...BOUNDARY_INTS) },
    { weight: 2, arbitrary: fc.integer({ min: -50, max: 1200 }) },
    { weight: 1, arbitrary: fc.integer() },
  );
}

export function floatValue(): fc.Arbitrary<number> {
  return fc.oneof(
    fc.constantFrom(0, -0.5, 0.5, 1e-300, 1e300, 3.14159),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
  );
}

export function stringValue(ids: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...ids) },
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
    { weight: 2, arbitrary: fc.constantFrom(...EVERYDAY) },
    { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 30 }) },
    { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
  );
}

/** A GraphQL name that the schema almost certainly lacks (unknown fields, arguments, types). */
export function unknownName(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.stringMatching(/^[_a-z][_0-9A-Za-z]{0,15}$/),
    fc.constantFrom("__schema", "__type", "password", "internalId", "managedBy", "elementId", "cypher", "_lock"),
  );
}

/** Any value of any kind: what a wrongly typed argument or variable gets. */
export function anyValue(ids: readonly string[]): fc.Arbitrary<ArgValue> {
  const scalar: fc.Arbitrary<ArgValue> = fc.oneof(
    fc.constant(null),
    fc.boolean(),
    intValue(),
    floatValue(),
    stringValue(ids),
    fc.constantFrom(...RAW_LITERALS).map((raw) => ({ raw })),
    unknownName().map((name) => ({ enum: name.replace(/^_+/, "X") })),
  );
  return fc.oneof(
    { weight: 4, arbitrary: scalar },
    { weight: 1, arbitrary: fc.array(scalar, { maxLength: 4 }).map((list) => ({ list })) },
    {
      weight: 1,
      arbitrary: fc
        .array(fc.tuple(unknownName(), scalar), { maxLength: 3 })
        .map((fields) => ({ fields: dedupe(fields) })),
    },
  );
}

/** Keeps the first of repeated keys: GraphQL refuses duplicates before anything else. */
export function dedupe<T>(fields: readonly (readonly [string, T])[]): (readonly [string, T])[] {
  const seen = new Set<string>();
  return fields.filter(([k]) => !seen.has(k) && Boolean(seen.add(k)));
}
