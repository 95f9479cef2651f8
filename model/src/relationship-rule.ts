import { z } from "zod";
import { EVIDENCE_BASES, MAX_REASONING_LENGTH, type EvidenceBasis } from "./evidence-bases.js";
import {
  DERIVATION_HOWS,
  GENERAL_KNOWLEDGE,
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
export const evidenceBasis = z.enum(EVIDENCE_BASES);

/** Why an INFERRED relationship is a reasonable reading: one line in our own words. */
export const reasoningText = z
  .string()
  .trim()
  .min(1, { error: "must not be empty" })
  .max(MAX_REASONING_LENGTH, {
    error: (issue) =>
      `is ${String((issue.input as string).length)} characters; say why in one line of at most ${MAX_REASONING_LENGTH}`,
  })
  .refine((text) => !text.includes("\n"), { error: "must be one line" });

/** The fields every relationship has, as a zod shape to spread into a caller's object schema. */
export const relationshipFields = {
  type: relationshipType,
  how: derivationHow.optional(),
  evidence: evidenceQuote,
  basis: evidenceBasis,
  reasoning: reasoningText.optional(),
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

/** Messages of the basis rule, so every caller words it the same way. */
export const BASIS_MESSAGES = {
  reasoningMissing: "basis INFERRED needs `reasoning`: one line saying why the quote supports the relationship",
  reasoningMisplaced: "`reasoning` belongs on basis INFERRED only (the other bases need no explanation)",
  generalKnowledgeSource: `basis GENERAL_KNOWLEDGE needs source "${GENERAL_KNOWLEDGE}"`,
  generalKnowledgeBasis: `source "${GENERAL_KNOWLEDGE}" needs basis GENERAL_KNOWLEDGE`,
} as const;

/**
 * The basis rule: `reasoning` exactly on INFERRED, and GENERAL_KNOWLEDGE exactly when the
 * source is general knowledge (a page quote is never "general knowledge", and a fact from
 * outside the page never claims the page states it).
 */
export function basisProblem(r: {
  basis: EvidenceBasis;
  reasoning?: string | null;
  source: string;
}): { field: "basis" | "reasoning"; message: string } | null {
  if (r.basis === "INFERRED" && !r.reasoning) return { field: "reasoning", message: BASIS_MESSAGES.reasoningMissing };
  if (r.basis !== "INFERRED" && r.reasoning) return { field: "reasoning", message: BASIS_MESSAGES.reasoningMisplaced };
  const generalSource = r.source === GENERAL_KNOWLEDGE;
  if (r.basis === "GENERAL_KNOWLEDGE" && !generalSource) {
    return { field: "basis", message: BASIS_MESSAGES.generalKnowledgeSource };
  }
  if (r.basis !== "GENERAL_KNOWLEDGE" && generalSource) {
    return { field: "basis", message: BASIS_MESSAGES.generalKnowledgeBasis };
  }
  return null;
}

/** What the cross-field rules read; each caller's schema adds its own ends and source format. */
export interface RuledRelationship {
  type: RelationshipType;
  how?: DerivationHow | null;
  basis: EvidenceBasis;
  reasoning?: string | null;
  source: string;
}

/** Adds the cross-field rules (`how`, basis) to an object schema built from `relationshipFields`. */
export function withRelationshipRule<S extends z.ZodType<RuledRelationship>>(schema: S): S {
  return schema.superRefine((r: RuledRelationship, ctx) => {
    const how = howProblem(r);
    if (how) ctx.addIssue({ code: "custom", message: how, path: [] });
    const basis = basisProblem(r);
    if (basis) ctx.addIssue({ code: "custom", message: basis.message, path: [] });
  });
}
