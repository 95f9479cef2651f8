import { useState, type FormEvent } from "react";
import { useMutation } from "urql";
import { useCurationStatus } from "../../api/curation-status";
import "../../styles/forms.css";
import { useViewState } from "../../hooks/use-view-state";
import { ClosedNotice } from "./ClosedNotice";
import { SuggestMutation } from "./operations";
import { SuggestLinkView } from "./SuggestLinkView";

interface Draft {
  title: string;
  url: string;
  summary: string;
  year: string;
  contact: string;
}

const empty: Draft = { title: "", url: "", summary: "", year: "", contact: "" };

/** The field a server message names ("input.url: must be an http(s) link."), if any. */
function fieldOf(message: string): keyof Draft | null {
  const match = /^input\.(\w+)/.exec(message);
  const name = match?.[1];
  return name && name in empty ? (name as keyof Draft) : null;
}

/**
 * `/suggest`: a new resource, or with `?resource=<id>` the link of one the graph has (the
 * resource page's "Suggest the link"). Open to everyone; curators review every suggestion
 * before it is shown.
 */
export default function SuggestView() {
  const { state } = useViewState();
  return state.linkFor ? <SuggestLinkView resourceId={state.linkFor} /> : <SuggestResourceView />;
}

function SuggestResourceView() {
  const [{ data: status }] = useCurationStatus();
  const [result, suggest] = useMutation(SuggestMutation);
  const [draft, setDraft] = useState<Draft>(empty);
  const [sentTitle, setSentTitle] = useState<string | null>(null);

  const error = result.error?.graphQLErrors[0]?.message ?? (result.error ? "The suggestion could not be sent." : null);
  const invalid = error ? fieldOf(error) : null;
  const closed = status?.curationStatus.enabled === false;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const year = draft.year.trim() ? Number(draft.year) : null;
    const res = await suggest({
      input: {
        title: draft.title,
        url: draft.url.trim() || null,
        summary: draft.summary.trim() || null,
        year: year !== null && Number.isInteger(year) ? year : null,
        contact: draft.contact.trim() || null,
      },
    });
    if (res.data) {
      setSentTitle(res.data.suggestResource.title);
      setDraft(empty);
    }
  };

  const field = (name: keyof Draft) => ({
    id: `suggest-${name}`,
    name,
    value: draft[name],
    "aria-invalid": invalid === name ? true : undefined,
    "aria-describedby": invalid === name ? "suggest-error" : `suggest-${name}-hint`,
    onChange: (e: { target: { value: string } }) => setDraft({ ...draft, [name]: e.target.value }),
  });

  return (
    <div className="curation-page">
      <h1>Suggest a resource</h1>
      <p>
        Know a toolkit, guidance document, film or report on reducing restrictive practice that is missing? Tell us. A
        curator checks every suggestion before it appears in the graph.
      </p>
      {closed && <ClosedNotice contact={status.curationStatus.contact ?? null} />}
      <div aria-live="polite">
        {sentTitle && (
          <p className="form-message" role="status" data-test-id="suggest-sent">
            Thank you: “{sentTitle}” is waiting for a curator’s review.
          </p>
        )}
      </div>
      {error && (
        <p className="form-message error" role="alert" id="suggest-error">
          {error}
        </p>
      )}
      {!closed && (
        <form className="form-stack" onSubmit={(e) => void onSubmit(e)} aria-label="Suggest a resource">
          <div>
            <label className="field-label" htmlFor="suggest-title">
              Title (required)
            </label>
            <input {...field("title")} required maxLength={200} />
            <p className="field-hint" id="suggest-title-hint">
              The resource’s name as its publisher gives it.
            </p>
          </div>
          <div>
            <label className="field-label" htmlFor="suggest-url">
              Link
            </label>
            <input {...field("url")} type="url" maxLength={500} placeholder="https://" />
            <p className="field-hint" id="suggest-url-hint">
              Where the resource can be found.
            </p>
          </div>
          <div>
            <label className="field-label" htmlFor="suggest-summary">
              What is it about?
            </label>
            <textarea {...field("summary")} rows={4} maxLength={2000} />
            <p className="field-hint" id="suggest-summary-hint">
              A sentence or two, in your own words (at most 2000 characters).
            </p>
          </div>
          <div>
            <label className="field-label" htmlFor="suggest-year">
              Year published
            </label>
            <input {...field("year")} inputMode="numeric" pattern="[0-9]{4}" maxLength={4} />
            <p className="field-hint" id="suggest-year-hint">
              Four digits, if you know it.
            </p>
          </div>
          <div>
            <label className="field-label" htmlFor="suggest-contact">
              Your contact (optional)
            </label>
            <input {...field("contact")} maxLength={200} autoComplete="email" />
            <p className="field-hint" id="suggest-contact-hint">
              Only curators see it, in case they have a question.
            </p>
          </div>
          <div className="form-row">
            <button type="submit" className="button primary" disabled={result.fetching}>
              {result.fetching ? "Sending…" : "Send suggestion"}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
