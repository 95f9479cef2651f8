import { useState, type FormEvent } from "react";
import { useMutation } from "urql";
import type { PendingSuggestionsQuery } from "../../__generated__/graphql";
import "../../styles/forms.css";
import { ApproveMutation } from "./operations";
import { RejectForm } from "./RejectForm";

type Proposal = Pick<PendingSuggestionsQuery["suggestions"][number], "id" | "type" | "title" | "url">;

/**
 * A curator's decision on a suggestion about a resource the graph has. A link is approved as
 * given or as the curator corrects it, and becomes the resource's `url` (audited); a changed text
 * or a resource gone from the page changes nothing when approved: the curator edits or deletes
 * the resource in its panel, and approving records that it was dealt with.
 */
export function ProposalDecision({
  suggestion,
  prefix,
  onDecided,
}: {
  suggestion: Proposal;
  prefix: string;
  onDecided: (message: string) => void;
}) {
  const [approval, approve] = useMutation(ApproveMutation);
  const [url, setUrl] = useState(suggestion.url ?? "");
  const [rejectError, setRejectError] = useState<string | null>(null);
  const isLink = suggestion.type === "LINK_FOR_RESOURCE";
  const error = approval.error?.graphQLErrors[0]?.message ?? rejectError;

  const onApprove = async (event: FormEvent) => {
    event.preventDefault();
    const res = await approve({ id: suggestion.id, input: isLink ? { url: url.trim() } : null });
    if (res.data)
      onDecided(isLink ? `Link approved: ${suggestion.title}` : `Marked as dealt with: ${suggestion.title}`);
  };

  return (
    <>
      {error && (
        <p className="form-message error" role="alert">
          {error}
        </p>
      )}
      <form
        className="form-stack"
        onSubmit={(e) => void onApprove(e)}
        aria-label={`${isLink ? "Approve the link for" : "Dealt with:"} ${suggestion.title}`}
      >
        {isLink ? (
          <div>
            <label className="field-label" htmlFor={`${prefix}-url`}>
              Link to set
            </label>
            <input
              id={`${prefix}-url`}
              type="url"
              required
              maxLength={500}
              value={url}
              aria-describedby={`${prefix}-url-hint`}
              onChange={(e) => setUrl(e.target.value)}
            />
            <p className="field-hint" id={`${prefix}-url-hint`}>
              Open it first. Approving makes it the resource’s link, shown as “Open ↗” on its page.
            </p>
          </div>
        ) : (
          <p className="field-hint">
            Approving changes nothing in the graph: edit or delete the resource in its panel first, then record here
            that it was dealt with.
          </p>
        )}
        <div className="form-row">
          <button type="submit" className="button primary" disabled={approval.fetching}>
            {isLink ? "Approve link" : "Dealt with"}
          </button>
        </div>
      </form>
      <RejectForm suggestion={suggestion} prefix={prefix} onDecided={onDecided} onError={setRejectError} />
    </>
  );
}
