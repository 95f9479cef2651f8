import { z } from "zod";

/**
 * A row from our own Cypher that does not have the shape its statement promises: a bug, or data
 * that broke the contract (a hand-edited node), never the caller's fault. The server answers it
 * as an internal error and logs the detail; command-line tools print it.
 */
export class RowShapeError extends Error {
  override name = "RowShapeError";
}

/**
 * The one way a Neo4j row (or a value in it) is read anywhere in the project: checked against
 * a zod schema, so a column is never assumed with a cast. `what` names the row in the message.
 */
export function decodeRow<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new RowShapeError(`Unexpected ${what} shape from the database: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

/** `decodeRow` over every row. */
export function decodeRows<T>(schema: z.ZodType<T>, values: readonly unknown[], what: string): T[] {
  return values.map((v) => decodeRow(schema, v, what));
}

/**
 * A Cypher integer as a JavaScript number: drivers that keep integers lossless (the seed tools,
 * so backups tell 2 from 2.0) hand over Integer objects, the API's driver plain numbers.
 */
export const cypherInt = z
  .union([z.number(), z.custom<{ toNumber(): number }>((v) => hasToNumber(v), "expected an integer")])
  .transform((v) => (typeof v === "number" ? v : v.toNumber()));

function hasToNumber(v: unknown): v is { toNumber(): number } {
  return typeof v === "object" && v !== null && "toNumber" in v && typeof v.toNumber === "function";
}

/** Anything with the driver's `Record.toObject()`: a row as a plain object, ready to decode. */
export interface RecordLike {
  toObject(): unknown;
}

/** `decodeRow` over the records of a driver result. */
export function decodeRecords<T>(schema: z.ZodType<T>, records: readonly RecordLike[], what: string): T[] {
  return records.map((r) => decodeRow(schema, r.toObject(), what));
}
