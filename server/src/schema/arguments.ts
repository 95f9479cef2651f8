import { RESOURCE_KINDS } from "@rrn/model";
import { GraphQLError } from "graphql";

/**
 * Argument bounds for the graph-shaped queries. GraphQL checks types; these check ranges, and
 * answer BAD_USER_INPUT with a message that names the argument, the range and what was sent.
 */
export const bounds = {
  searchText: { min: 1, max: 200 },
  limit: { min: 1, max: 1000 },
  depth: { min: 1, max: 3 },
  maxDepth: { min: 1, max: 10 },
  maxLength: { min: 1, max: 8 },
  id: { max: 200 },
  facetValues: { max: 100 },
  year: { min: 0, max: 9999 },
} as const;

export function badInput(argumentName: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", argumentName } });
}

export function intInRange(name: string, value: number, range: { min: number; max: number }): number {
  if (value < range.min || value > range.max) {
    throw badInput(name, `${name} must be between ${range.min} and ${range.max} (got ${value}).`);
  }
  return value;
}

/** Search text: trimmed, 1–200 characters. */
export function searchText(name: string, value: string): string {
  const text = value.trim();
  const { min, max } = bounds.searchText;
  if (text.length < min || text.length > max) {
    throw badInput(
      name,
      `${name} must be ${min}–${max} characters long, not counting spaces at either end (got ${text.length}).`,
    );
  }
  return text;
}

/** A calendar date written YYYY-MM-DD that exists (no 2026-02-30). */
export function calendarDate(name: string, value: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (!match || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw badInput(name, `${name} must be a date written YYYY-MM-DD (got "${value.slice(0, 40)}").`);
  }
  return { year, month, day };
}

/** Node ids: unknown ones are simply not found, but absurd lengths are refused up front. */
export function nodeId(name: string, value: string): string {
  if (value.length === 0 || value.length > bounds.id.max) {
    throw badInput(name, `${name} must be 1–${bounds.id.max} characters long (got ${value.length}).`);
  }
  return value;
}

export function idList<T extends readonly string[]>(
  name: string,
  values: T | null | undefined,
  max: number = bounds.facetValues.max,
): T | null {
  if (values == null) return null;
  if (values.length > max) {
    throw badInput(name, `${name} takes at most ${max} values (got ${values.length}).`);
  }
  values.forEach((v, i) => nodeId(`${name}[${i}]`, v));
  return values;
}

/** Resource kinds: the model's own list, so a misspelt kind is an error rather than an empty result. */
export function kindList(name: string, values: readonly string[] | null | undefined): string[] | null {
  if (values == null) return null;
  if (values.length > bounds.facetValues.max) {
    throw badInput(name, `${name} takes at most ${bounds.facetValues.max} values (got ${values.length}).`);
  }
  const known: readonly string[] = RESOURCE_KINDS;
  values.forEach((v, i) => {
    if (!known.includes(v)) throw badInput(`${name}[${i}]`, `${name}[${i}] must be one of ${known.join(", ")}.`);
  });
  return [...values];
}
