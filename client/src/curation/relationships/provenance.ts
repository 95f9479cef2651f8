import {
  basisProblem,
  DERIVATION_HOW_MEANINGS,
  GENERAL_KNOWLEDGE,
  howProblem,
  MAX_EVIDENCE_LENGTH,
  MAX_REASONING_LENGTH,
} from "@rrn/model";
import { DerivationHow, EvidenceBasis, type RelationshipType } from "../../__generated__/graphql";
import { EVIDENCE_BASIS_LOOK, HOW_LABEL } from "../../graph/visual-encoding";

/** What a curator writes about a relationship: how it derives, the quote, its source, how it supports it. */
export interface Provenance {
  how: DerivationHow | "";
  evidence: string;
  source: string;
  basis: EvidenceBasis;
  reasoning: string;
}

export const EMPTY_PROVENANCE: Provenance = { how: "", evidence: "", source: "", basis: "STATED", reasoning: "" };

/** Short option names (a select is narrow in the panel); the chosen one's meaning is shown under it. */
export const HOW_CHOICES = Object.values(DerivationHow).map((how) => ({
  value: how,
  text: `${HOW_LABEL[how].charAt(0).toUpperCase()}${HOW_LABEL[how].slice(1)}`,
  meaning: DERIVATION_HOW_MEANINGS[how],
}));

export const BASIS_CHOICES = Object.values(EvidenceBasis).map((basis) => ({
  value: basis,
  text: EVIDENCE_BASIS_LOOK[basis].label,
  meaning: EVIDENCE_BASIS_LOOK[basis].description,
}));

export { GENERAL_KNOWLEDGE, MAX_EVIDENCE_LENGTH, MAX_REASONING_LENGTH };

/**
 * The basis changes the source with it: general knowledge has its own source id and no page.
 * Leaving general knowledge brings back the page source typed before (`remembered`), so moving
 * through the options with the arrow keys loses nothing.
 */
export function withBasis(p: Provenance, basis: EvidenceBasis, remembered = ""): Provenance {
  const source =
    basis === "GENERAL_KNOWLEDGE" ? GENERAL_KNOWLEDGE : p.source === GENERAL_KNOWLEDGE ? remembered : p.source;
  return { ...p, basis, source };
}

/**
 * The relationship rule as the seed and the server hold it (@rrn/model), checked
 * before sending so the form can point at the field; problems by field name.
 */
export function provenanceProblems(type: RelationshipType, p: Provenance): Partial<Record<keyof Provenance, string>> {
  const problems: Partial<Record<keyof Provenance, string>> = {};
  const evidence = p.evidence.trim();
  if (!evidence) problems.evidence = "Quote the sentence that supports the relationship.";
  else if (evidence.length > MAX_EVIDENCE_LENGTH)
    problems.evidence = `The quote is ${evidence.length} characters; quote at most ${MAX_EVIDENCE_LENGTH}.`;
  if (!p.source.trim()) problems.source = "Say where the quote comes from (a web address or document).";
  if (howProblem({ type, how: p.how || null })) problems.how = "Choose how the resource derives from it.";
  const reasoning = p.reasoning.trim();
  const basis = basisProblem({
    basis: p.basis,
    reasoning: p.basis === "INFERRED" ? reasoning : null,
    source: p.source.trim(),
  });
  if (basis?.field === "reasoning") problems.reasoning = "Say in one line why the quote supports it.";
  else if (basis) problems.basis = basis.message;
  if (p.basis === "INFERRED" && reasoning.length > MAX_REASONING_LENGTH)
    problems.reasoning = `At most ${MAX_REASONING_LENGTH} characters.`;
  return problems;
}

/** The API's input fields: `how` only on DERIVES_FROM, `reasoning` only when INFERRED. */
export function provenanceInput(type: RelationshipType, p: Provenance) {
  return {
    how: type === "DERIVES_FROM" && p.how ? p.how : null,
    evidence: p.evidence.trim(),
    source: p.source.trim(),
    basis: p.basis,
    reasoning: p.basis === "INFERRED" ? p.reasoning.trim() : null,
  };
}
