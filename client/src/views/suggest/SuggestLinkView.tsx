import { useState, type FormEvent } from "react";
import { Link } from "react-router-dom";
import { useMutation, useQuery } from "urql";
import { useCurationStatus } from "../../api/curation-status";
import { ErrorState, LoadingState } from "../../components/StatusStates";
import { routes } from "../../navigation/routes";
import { safeHttpUrl } from "../../navigation/resource-links";
import "../../styles/forms.css";
import { ClosedNotice } from "./ClosedNotice";
import { SuggestLinkMutation, SuggestLinkResourceQuery } from "./operations";

/**
 * "Know where this is? Suggest the link": a visitor gives the address of a resource the graph
 * has. It goes into the curators' queue as a link for that resource; only a curator's approval
 * makes it the resource's link ("Open ↗" on its page).
 */
export function SuggestLinkView({ resourceId }: { resourceId: string }) {
  const [{ data: status }] = useCurationStatus();
  const [{ data, fetching, error: loadError }, refetch] = useQuery({
    query: SuggestLinkResourceQuery,
    variables: { id: resourceId },
  });
  const [result, suggestLink] = useMutation(SuggestLinkMutation);
  const [url, setUrl] = useState("");
  const [contact, setContact] = useState("");
  const [sent, setSent] = useState(false);

  if (loadError) return <ErrorState error={loadError} onRetry={() => refetch({ requestPolicy: "network-only" })} />;
  if (fetching && !data) return <LoadingState />;
  const resource = data?.node?.type === "RESOURCE" ? data.node : null;
  if (!resource) {
    return (
      <div className="curation-page">
        <h1>Suggest the link</h1>
        <p role="status">
          There is no resource “{resourceId}” in the graph. <Link to={routes.search()}>Search for it</Link>, or{" "}
          <Link to="/suggest">suggest it as a new resource</Link>.
        </p>
      </div>
    );
  }

  const error = result.error?.graphQLErrors[0]?.message ?? (result.error ? "The suggestion could not be sent." : null);
  const closed = status?.curationStatus.enabled === false;
  const current = safeHttpUrl(resource.url);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const res = await suggestLink({ input: { resourceId, url: url.trim(), contact: contact.trim() || null } });
    if (res.data) {
      setSent(true);
      setUrl("");
    }
  };

  return (
    <div className="curation-page">
      <h1>Suggest the link</h1>
      <p>
        Know where <Link to={routes.node(resource.id)}>{resource.label}</Link> can be found? Give its address. A curator
        checks every link before it appears on the resource’s page.
      </p>
      {current && (
        <p>
          The graph records this link: <a href={current}>{current}</a>. Suggest another if it is wrong or has moved.
        </p>
      )}
      {closed && <ClosedNotice contact={status.curationStatus.contact ?? null} what="a link" />}
      <div aria-live="polite">
        {sent && (
          <p className="form-message" role="status" data-test-id="suggest-link-sent">
            Thank you: your link for “{resource.label}” is waiting for a curator’s review.
          </p>
        )}
      </div>
      {error && (
        <p className="form-message error" role="alert" id="suggest-link-error">
          {error}
        </p>
      )}
      {!closed && (
        <form className="form-stack" onSubmit={(e) => void onSubmit(e)} aria-label="Suggest the link">
          <noscript>
            <p className="form-message">Sending a suggestion needs JavaScript, which is off in this browser.</p>
          </noscript>
          <div>
            <label className="field-label" htmlFor="suggest-link-url">
              Link (required)
            </label>
            <input
              id="suggest-link-url"
              name="url"
              type="url"
              required
              maxLength={500}
              placeholder="https://"
              value={url}
              aria-invalid={error?.startsWith("input.url") ? true : undefined}
              aria-describedby={error?.startsWith("input.url") ? "suggest-link-error" : "suggest-link-url-hint"}
              onChange={(e) => setUrl(e.target.value)}
            />
            <p className="field-hint" id="suggest-link-url-hint">
              The page where the resource itself can be read or downloaded, starting with https:// or http://.
            </p>
          </div>
          <div>
            <label className="field-label" htmlFor="suggest-link-contact">
              Your contact (optional)
            </label>
            <input
              id="suggest-link-contact"
              name="contact"
              maxLength={200}
              autoComplete="email"
              value={contact}
              aria-describedby="suggest-link-contact-hint"
              onChange={(e) => setContact(e.target.value)}
            />
            <p className="field-hint" id="suggest-link-contact-hint">
              Only curators see it, in case they have a question.
            </p>
          </div>
          <div className="form-row">
            <button type="submit" className="button primary" disabled={result.fetching}>
              {result.fetching ? "Sending…" : "Send link"}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
