import { useState, type FormEvent } from "react";
import { useMutation } from "urql";
import { graphql } from "../../__generated__";
import type {
  DerivationHow,
  EvidenceBasis,
  PendingSuggestionsQuery,
  ResourceRelationshipType,
} from "../../__generated__/graphql";
import { EVIDENCE_BASIS_LOOK } from "../../graph/visual-encoding";
import { BASES, HOWS, picked, RELATIONSHIP_TYPES } from "./relationship-options";
import "../../styles/forms.css";

const ApproveMutation = graphql(`
  mutation ApproveSuggestion($id: ID!, $input: ApproveSuggestionInput) {
    approveSuggestion(id: $id, input: $input) {
      id
      status
      resourceId
    }
  }
`);

const RejectMutation = graphql(`
  mutation RejectSuggestion($id: ID!, $reason: String!) {
    rejectSuggestion(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

/**
 * A curator's decision on one suggestion: approve it, optionally with one relationship and its
 * evidence, or reject it with a reason.
 */
export function ApprovalEditor({
  suggestion,
  prefix,
  onDecided,
}: {
  suggestion: Pick<PendingSuggestionsQuery["suggestions"][number], "id" | "title" | "url" | "relatedIds">;
  /** The card's id prefix, so field ids stay unique per suggestion. */
  prefix: string;
  onDecided: () => void;
}) {
  const [approval, approve] = useMutation(ApproveMutation);
  const [rejection, reject] = useMutation(RejectMutation);
  const [type, setType] = useState<ResourceRelationshipType>("DERIVES_FROM");
  const [targetId, setTargetId] = useState(suggestion.relatedIds[0] ?? "");
  const [how, setHow] = useState<DerivationHow>("BASED_ON");
  const [evidence, setEvidence] = useState("");
  const [source, setSource] = useState(suggestion.url ?? "");
  const [basis, setBasis] = useState<EvidenceBasis>("STATED");
  const [reasoning, setReasoning] = useState("");
  const [reason, setReason] = useState("");
  const error = (approval.error ?? rejection.error)?.graphQLErrors[0]?.message;

  const onApprove = async (event: FormEvent) => {
    event.preventDefault();
    const relationships = targetId.trim()
      ? [
          {
            type,
            targetId: targetId.trim(),
            how: type === "DERIVES_FROM" ? how : null,
            evidence: evidence.trim(),
            source: source.trim(),
            basis,
            reasoning: basis === "INFERRED" ? reasoning.trim() : null,
          },
        ]
      : [];
    const res = await approve({ id: suggestion.id, input: { relationships } });
    if (res.data) onDecided();
  };
  const onReject = async (event: FormEvent) => {
    event.preventDefault();
    const res = await reject({ id: suggestion.id, reason });
    if (res.data) onDecided();
  };

  return (
    <>
      {error && (
        <p className="form-message error" role="alert">
          {error}
        </p>
      )}
      <form className="form-stack" onSubmit={(e) => void onApprove(e)} aria-label={`Approve ${suggestion.title}`}>
        <fieldset>
          <legend>Relationship with evidence (optional)</legend>
          <div className="form-stack">
            <div>
              <label className="field-label" htmlFor={`${prefix}-type`}>
                Type
              </label>
              <select
                id={`${prefix}-type`}
                value={type}
                onChange={(e) => setType(picked(RELATIONSHIP_TYPES, e.target.value) ?? type)}
              >
                {RELATIONSHIP_TYPES.map((t) => (
                  <option key={t} value={t}>
                    {t}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label className="field-label" htmlFor={`${prefix}-target`}>
                Target id
              </label>
              <input id={`${prefix}-target`} value={targetId} onChange={(e) => setTargetId(e.target.value)} />
            </div>
            {type === "DERIVES_FROM" && (
              <div>
                <label className="field-label" htmlFor={`${prefix}-how`}>
                  How it derives
                </label>
                <select id={`${prefix}-how`} value={how} onChange={(e) => setHow(picked(HOWS, e.target.value) ?? how)}>
                  {HOWS.map((h) => (
                    <option key={h} value={h}>
                      {h}
                    </option>
                  ))}
                </select>
              </div>
            )}
            <div>
              <label className="field-label" htmlFor={`${prefix}-evidence`}>
                Evidence (a short quote)
              </label>
              <textarea
                id={`${prefix}-evidence`}
                rows={2}
                maxLength={300}
                value={evidence}
                onChange={(e) => setEvidence(e.target.value)}
              />
            </div>
            <div>
              <label className="field-label" htmlFor={`${prefix}-source`}>
                Source (URL or document title)
              </label>
              <input id={`${prefix}-source`} value={source} onChange={(e) => setSource(e.target.value)} />
            </div>
            <div>
              <label className="field-label" htmlFor={`${prefix}-basis`}>
                How the quote supports it
              </label>
              <select
                id={`${prefix}-basis`}
                value={basis}
                onChange={(e) => setBasis(picked(BASES, e.target.value) ?? basis)}
              >
                {BASES.map((b) => (
                  <option key={b} value={b}>
                    {EVIDENCE_BASIS_LOOK[b].label} — {EVIDENCE_BASIS_LOOK[b].description}
                  </option>
                ))}
              </select>
            </div>
            {basis === "INFERRED" && (
              <div>
                <label className="field-label" htmlFor={`${prefix}-reasoning`}>
                  Why (one line, your own words)
                </label>
                <input
                  id={`${prefix}-reasoning`}
                  maxLength={200}
                  value={reasoning}
                  onChange={(e) => setReasoning(e.target.value)}
                />
              </div>
            )}
          </div>
        </fieldset>
        <div className="form-row">
          <button type="submit" className="button primary" disabled={approval.fetching}>
            Approve
          </button>
        </div>
      </form>
      <form className="form-stack" onSubmit={(e) => void onReject(e)} aria-label={`Reject ${suggestion.title}`}>
        <div>
          <label className="field-label" htmlFor={`${prefix}-reason`}>
            Reason for rejecting
          </label>
          <input id={`${prefix}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} required />
        </div>
        <div className="form-row">
          <button type="submit" className="button" disabled={rejection.fetching}>
            Reject
          </button>
        </div>
      </form>
    </>
  );
}
