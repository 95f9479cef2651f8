import type { RelationshipType } from "@rrn/model";

/**
 * A relationship-type expression for Cypher, from the model's types only: `rel("PUBLISHED_BY")`
 * → `PUBLISHED_BY`, `rel("DESCRIBES", "EVALUATES")` → `DESCRIBES|EVALUATES`. The compiler checks
 * every name, so a type renamed or removed in `@rrn/model` is an error where a query uses it,
 * and the lint rule `rrn/no-raw-relationship-types` refuses the names written out in strings.
 */
export function rel(...types: readonly RelationshipType[]): string {
  if (types.length === 0) throw new Error("rel() needs at least one relationship type");
  return types.join("|");
}
