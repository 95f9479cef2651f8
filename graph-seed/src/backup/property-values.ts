import neo4j, { type Integer } from "neo4j-driver";

/**
 * How Neo4j property values are written in a dump. JSON has no integer/float distinction and
 * no dates, so anything plain JSON would blur carries a `$type` tag. Integers, the common case
 * (years), stay plain numbers; floats are tagged, so 2.0 comes back a Float and 2 an Integer.
 */
export type DumpValue =
  | string
  | number
  | boolean
  | DumpValue[]
  | { $type: "Float"; value: number | "NaN" | "Infinity" | "-Infinity" }
  | { $type: "Integer"; value: string }
  | {
      $type: "Date" | "LocalTime" | "Time" | "LocalDateTime" | "DateTime" | "Duration" | "Point";
      [field: string]: unknown;
    }
  | { $type: "Bytes"; base64: string };

type NumberLike = number | Integer | bigint;
const num = (v: NumberLike | undefined | null): number | undefined =>
  v === undefined || v === null ? undefined : neo4j.isInt(v) ? v.toNumber() : Number(v);

function encodeFloat(v: number): DumpValue {
  return { $type: "Float", value: Number.isFinite(v) ? v : (String(v) as "NaN" | "Infinity" | "-Infinity") };
}

/**
 * Encodes one stored value. `isFloat` comes from Cypher's valueType(), so the encoding is
 * right even for a driver created with disableLosslessIntegers (where 2 and 2.0 look alike).
 */
export function encodeValue(v: unknown, isFloat: boolean): DumpValue {
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "number") return isFloat ? encodeFloat(v) : v;
  if (neo4j.isInt(v) || typeof v === "bigint") {
    const n = neo4j.int(v);
    return n.inSafeRange() ? n.toNumber() : { $type: "Integer", value: n.toString() };
  }
  if (Array.isArray(v)) return v.map((item) => encodeValue(item, isFloat));
  if (v instanceof Int8Array || v instanceof Uint8Array) {
    return { $type: "Bytes", base64: Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString("base64") };
  }
  if (neo4j.isDateTime(v)) {
    return {
      $type: "DateTime",
      ...dateFields(v),
      ...timeFields(v),
      ...(v.timeZoneId ? { timeZoneId: v.timeZoneId } : { timeZoneOffsetSeconds: num(v.timeZoneOffsetSeconds) }),
    };
  }
  if (neo4j.isLocalDateTime(v)) return { $type: "LocalDateTime", ...dateFields(v), ...timeFields(v) };
  if (neo4j.isDate(v)) return { $type: "Date", ...dateFields(v) };
  if (neo4j.isTime(v)) return { $type: "Time", ...timeFields(v), timeZoneOffsetSeconds: num(v.timeZoneOffsetSeconds) };
  if (neo4j.isLocalTime(v)) return { $type: "LocalTime", ...timeFields(v) };
  if (neo4j.isDuration(v)) {
    return {
      $type: "Duration",
      months: num(v.months),
      days: num(v.days),
      seconds: num(v.seconds),
      nanoseconds: num(v.nanoseconds),
    };
  }
  if (neo4j.isPoint(v))
    return { $type: "Point", srid: num(v.srid), x: v.x, y: v.y, ...(v.z === undefined ? {} : { z: v.z }) };
  throw new Error(`Cannot export a property value of type ${Object.prototype.toString.call(v)}`);
}

function dateFields(v: { year: NumberLike; month: NumberLike; day: NumberLike }) {
  return { year: num(v.year), month: num(v.month), day: num(v.day) };
}
function timeFields(v: { hour: NumberLike; minute: NumberLike; second: NumberLike; nanosecond: NumberLike }) {
  return { hour: num(v.hour), minute: num(v.minute), second: num(v.second), nanosecond: num(v.nanosecond) };
}

/** Reads back what encodeValue wrote, as values the driver sends with the original types. */
export function decodeValue(v: unknown): unknown {
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "number") return Number.isInteger(v) ? neo4j.int(v) : v;
  if (Array.isArray(v)) return v.map(decodeValue);
  if (v === null || typeof v !== "object" || !("$type" in v)) {
    throw new Error(`Unsupported value in dump: ${JSON.stringify(v)}`);
  }
  const t = v as Record<string, unknown> & { $type: string };
  const n = (key: string): number => {
    const x = t[key];
    if (typeof x !== "number") throw new Error(`${t.$type} in dump lacks a numeric ${key}`);
    return x;
  };
  const { types } = neo4j;
  switch (t.$type) {
    case "Float":
      return Number(t.value);
    case "Integer":
      return neo4j.int(String(t.value));
    case "Bytes":
      return new Int8Array(Buffer.from(String(t.base64), "base64"));
    case "Date":
      return new types.Date(n("year"), n("month"), n("day"));
    case "LocalTime":
      return new types.LocalTime(n("hour"), n("minute"), n("second"), n("nanosecond"));
    case "Time":
      return new types.Time(n("hour"), n("minute"), n("second"), n("nanosecond"), n("timeZoneOffsetSeconds"));
    case "LocalDateTime":
      return new types.LocalDateTime(
        n("year"),
        n("month"),
        n("day"),
        n("hour"),
        n("minute"),
        n("second"),
        n("nanosecond"),
      );
    case "DateTime":
      return new types.DateTime(
        n("year"),
        n("month"),
        n("day"),
        n("hour"),
        n("minute"),
        n("second"),
        n("nanosecond"),
        typeof t.timeZoneId === "string" ? undefined : n("timeZoneOffsetSeconds"),
        typeof t.timeZoneId === "string" ? t.timeZoneId : undefined,
      );
    case "Duration":
      return new types.Duration(n("months"), n("days"), n("seconds"), n("nanoseconds"));
    case "Point":
      return new types.Point(n("srid"), n("x"), n("y"), typeof t.z === "number" ? t.z : undefined);
    default:
      throw new Error(`Unsupported $type in dump: ${t.$type}`);
  }
}
