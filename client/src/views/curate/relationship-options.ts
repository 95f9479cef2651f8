import { DerivationHow, EvidenceBasis, ResourceRelationshipType } from "../../__generated__/graphql";

/**
 * The choices the approval editor offers for the relationship added with an approved
 * suggestion: the schema's enums, generated as const objects (the server builds them from the
 * seed model), so a relationship type added to the model appears here without an edit.
 */
export const RELATIONSHIP_TYPES: readonly ResourceRelationshipType[] = Object.values(ResourceRelationshipType);

/** How a DERIVES_FROM relationship derives. */
export const HOWS: readonly DerivationHow[] = Object.values(DerivationHow);

/** How the evidence supports the relationship (INFERRED needs a one-line reason). */
export const BASES: readonly EvidenceBasis[] = Object.values(EvidenceBasis);

/** The option the user picked, as a value of the list it came from. */
export function picked<T extends string>(options: readonly T[], value: string): T | undefined {
  return options.find((o) => o === value);
}
