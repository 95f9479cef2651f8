import type { EvidenceBasis } from "../__generated__/graphql";
import { basisText, EVIDENCE_BASIS_LOOK, isStated } from "../graph/visual-encoding";
import "./BasisNote.css";

/**
 * How a relationship is known, in words: "Stated", "From the title", "Inferred: <why>",
 * "General knowledge". A weaker link also carries the hollow circle the canvas draws at its
 * middle, so the list and the picture mark it the same way (and never by colour alone).
 */
export function BasisNote({ edge }: { edge: { basis: EvidenceBasis; reasoning?: string | null } }) {
  const stated = isStated(edge.basis);
  return (
    <span
      className={stated ? "basis" : "basis unstated"}
      data-basis={edge.basis}
      title={EVIDENCE_BASIS_LOOK[edge.basis].description}
    >
      {!stated && (
        <svg className="basis-mark" width="10" height="10" viewBox="0 0 10 10" aria-hidden="true" focusable="false">
          <circle cx="5" cy="5" r="3.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
        </svg>
      )}
      {basisText(edge)}
    </span>
  );
}
