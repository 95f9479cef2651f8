import { useState, type FormEvent } from "react";
import { useMutation } from "urql";
import { RejectMutation } from "./operations";

/** Rejecting a suggestion of any type, with the reason the curator gives. */
export function RejectForm({
  suggestion,
  prefix,
  onDecided,
  onError,
}: {
  suggestion: { id: string; title: string };
  prefix: string;
  onDecided: (message: string) => void;
  /** The server's refusal, for the card to show with the approval's. */
  onError: (message: string | null) => void;
}) {
  const [rejection, reject] = useMutation(RejectMutation);
  const [reason, setReason] = useState("");
  const onReject = async (event: FormEvent) => {
    event.preventDefault();
    const res = await reject({ id: suggestion.id, reason });
    onError(res.error?.graphQLErrors[0]?.message ?? null);
    if (res.data) onDecided(`Rejected: ${suggestion.title}`);
  };
  return (
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
  );
}
