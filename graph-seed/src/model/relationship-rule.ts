import { z } from "zod";
import {
  DERIVATION_HOWS,
  MAX_EVIDENCE_LENGTH,
  RELATIONSHIP_TYPES,
  type DerivationHow,
  type RelationshipType,
} from "./relationship-types.js";

/**
 * The one rule every relationship is held to, wherever it comes from: a seed file, a curator's
 * new resource, or a connect in a generated mutation. Each caller adds what is its own (the
 * seed's `from`/`to` slugs and source id; a curator's `targetId` and free-text source) to these
 * fields and checks with `withRelationshipRule`.
 */

/** Entity ids are kebab-case slugs: lower-case letters and digits, single dashes. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const entityId = z.string().regex(ID_PATTERN, { error: "must be a kebab-case slug (a-z, 0-9, single dashes)" });

/** A short verbatim quote that justifies the relationship. */
export const evidenceQuote = z
  .string()
  .trim()
  .min(1, { error: "must not be empty" })
  .max(MAX_EVIDENCE_LENGTH, {
    error: (issue) => `is ${String((issue.input as string).length)} characters; quote at most ${MAX_EVIDENCE_LENGTH}`,
  });

export const relationshipType = z.enum(RELATIONSHIP_TYPES);
export const derivationHow = z.enum(DERIVATION_HOWS);

/** The fields every relationship has, as a zod shape to spread into a caller's object schema. */
export const relationshipFields = {
  type: relationshipType,
  how: derivationHow.optional(),
  evidence: evidenceQuote,
};

/** Messages of the `how` rule, so every caller words it the same way. */
export const HOW_MESSAGES = {
  missing: `DERIVES_FROM needs \`how\` (${DERIVATION_HOWS.join(", ")})`,
  misplaced: "`how` belongs on DERIVES_FROM only",
} as const;

/** The `how` rule: exactly DERIVES_FROM carries one. */
export function howProblem(r: { type: RelationshipType; how?: DerivationHow | null }): string | null {
  if (r.type === "DERIVES_FROM" && !r.how) return HOW_MESSAGES.missing;
  if (r.type !== "DERIVES_FROM" && r.how) return HOW_MESSAGES.misplaced;
  return null;
}

/** Adds the cross-field rules to an object schema built from `relationshipFields`. */
export function withRelationshipRule<S extends z.ZodType<{ type: RelationshipType; how?: DerivationHow | null }>>(
  schema: S,
): S {
  return schema.superRefine((r: { type: RelationshipType; how?: DerivationHow | null }, ctx) => {
    const problem = howProblem(r);
    if (problem) ctx.addIssue({ code: "custom", message: problem, path: [] });
  });
}
