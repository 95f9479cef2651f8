/**
 * How a relationship is known: what its evidence quote does for it. The seed validator, curator
 * writes, the API (`enum EvidenceBasis`) and the explorer (which marks every non-STATED link)
 * all read this list, so a reader can always tell a quoted fact from a reading of one.
 */
export const EVIDENCE_BASES = ["STATED", "TITLE", "INFERRED", "GENERAL_KNOWLEDGE"] as const;
export type EvidenceBasis = (typeof EVIDENCE_BASES)[number];

export const EVIDENCE_BASIS_MEANINGS: Record<EvidenceBasis, string> = {
  STATED: "The evidence quote says it.",
  TITLE: "Read from a title or name: the quote is a title that names the other end, not a sentence that says it.",
  INFERRED: "A reasonable reading of the quote rather than what it says outright; `reasoning` says why, in a line.",
  GENERAL_KNOWLEDGE:
    "Known from outside the source document (source general-knowledge); the quote is not from the page.",
};

/** INFERRED relationships say why in one line, in our own words. */
export const MAX_REASONING_LENGTH = 200;
