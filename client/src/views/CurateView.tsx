import { useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { graphql } from "../__generated__";
import { DerivationHow, ResourceRelationshipType, type PendingSuggestionsQuery } from "../__generated__/graphql";
import { useCurationStatus } from "../api/curation-status";
import { setCuratorToken, useCuratorToken } from "../api/curator-token";
import { ErrorState, LoadingState } from "../components/StatusStates";
import "../styles/curation.css";

const PendingSuggestionsQuery = graphql(`
  query PendingSuggestions {
    suggestions(status: PENDING, limit: 100) {
      id
      title
      url
      summary
      year
      relatedIds
      contact
      submittedAt
    }
  }
`);

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

// The schema's enums, generated as const objects: the server builds them from the seed model.
const RELATIONSHIP_TYPES = Object.values(ResourceRelationshipType);
const HOWS = Object.values(DerivationHow);

/** The option the user picked, as a value of the list it came from. */
function picked<T extends string>(options: readonly T[], value: string): T | undefined {
  return options.find((o) => o === value);
}

function SignIn() {
  const [token, setToken] = useState("");
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setCuratorToken(token.trim() || null);
  };
  return (
    <form className="form-stack" onSubmit={onSubmit} aria-label="Curator sign-in">
      <div>
        <label className="field-label" htmlFor="curator-token">
          Curator token
        </label>
        <textarea
          id="curator-token"
          rows={3}
          value={token}
          onChange={(e) => setToken(e.target.value)}
          aria-describedby="curator-token-hint"
          autoComplete="off"
          spellCheck={false}
        />
        <p className="field-hint" id="curator-token-hint">
          Paste the token from <code>npm run curator:token -- --name "Your Name"</code>. It is kept for this tab only.
        </p>
      </div>
      <div className="form-row">
        <button type="submit" className="button primary">
          Sign in
        </button>
      </div>
    </form>
  );
}

type PendingSuggestion = PendingSuggestionsQuery["suggestions"][number];

function SuggestionCard({ suggestion, onDecided }: { suggestion: PendingSuggestion; onDecided: () => void }) {
  const [approval, approve] = useMutation(ApproveMutation);
  const [rejection, reject] = useMutation(RejectMutation);
  const [type, setType] = useState<ResourceRelationshipType>("DERIVES_FROM");
  const [targetId, setTargetId] = useState(suggestion.relatedIds[0] ?? "");
  const [how, setHow] = useState<DerivationHow>("BASED_ON");
  const [evidence, setEvidence] = useState("");
  const [source, setSource] = useState(suggestion.url ?? "");
  const [reason, setReason] = useState("");
  const prefix = `s-${suggestion.id}`;
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
    <article className="suggestion-card" aria-labelledby={`${prefix}-title`} data-test-suggestion={suggestion.title}>
      <h3 id={`${prefix}-title`}>{suggestion.title}</h3>
      <dl>
        {suggestion.url && (
          <>
            <dt>Link</dt>
            <dd>
              <a href={suggestion.url} rel="noopener noreferrer nofollow" target="_blank">
                {suggestion.url}
              </a>
            </dd>
          </>
        )}
        {suggestion.summary && (
          <>
            <dt>Summary</dt>
            <dd>{suggestion.summary}</dd>
          </>
        )}
        {suggestion.year && (
          <>
            <dt>Year</dt>
            <dd>{suggestion.year}</dd>
          </>
        )}
        {suggestion.contact && (
          <>
            <dt>Contact</dt>
            <dd>{suggestion.contact}</dd>
          </>
        )}
        <dt>Sent</dt>
        <dd>{new Date(suggestion.submittedAt).toLocaleString()}</dd>
      </dl>
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
    </article>
  );
}

function ModerationQueue() {
  const [{ data, fetching, error }, refetch] = useQuery({
    query: PendingSuggestionsQuery,
    requestPolicy: "network-only",
  });
  const [announcement, setAnnouncement] = useState("");
  if (error) return <ErrorState error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />;
  if (fetching && !data) return <LoadingState />;
  const suggestions = data?.suggestions ?? [];
  return (
    <section aria-labelledby="queue-heading">
      <h2 id="queue-heading">Suggestions waiting ({suggestions.length})</h2>
      <p role="status" aria-live="polite">
        {announcement}
      </p>
      {suggestions.length === 0 && <p>Nothing waiting for review.</p>}
      {suggestions.map((s) => (
        <SuggestionCard
          key={s.id}
          suggestion={s}
          onDecided={() => {
            setAnnouncement(`Decided: ${s.title}`);
            refetch({ requestPolicy: "network-only" });
          }}
        />
      ))}
    </section>
  );
}

/** `/curate`: curator sign-in (token pasted in) and the moderation queue. */
export default function CurateView() {
  // A new token means a new identity: everything below is asked for again.
  const token = useCuratorToken();
  return <CuratePage key={token ?? "anonymous"} />;
}

function CuratePage() {
  const [{ data, fetching, error }, refetch] = useCurationStatus("network-only");
  const status = data?.curationStatus;
  return (
    <div className="curation-page">
      <h1>Curation</h1>
      {error && <ErrorState error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />}
      {fetching && !status && <LoadingState />}
      {status && !status.enabled && (
        <p className="form-message" role="status">
          Curation is not configured on this server (set <code>CURATOR_JWT_SECRET</code> or{" "}
          <code>CURATOR_JWKS_URL</code>).
        </p>
      )}
      {status?.enabled && !status.curator && (
        <>
          {status.tokenProblem && (
            <p className="form-message error" role="alert">
              That token was refused: {status.tokenProblem}.
            </p>
          )}
          {status.signedIn && !status.curator && (
            <p className="form-message error" role="alert">
              {status.name} is signed in but is not a curator.
            </p>
          )}
          <SignIn />
        </>
      )}
      {status?.curator && (
        <>
          <div className="form-row">
            <p>
              Signed in as <strong>{status.name}</strong>.
            </p>
            <button type="button" className="button" onClick={() => setCuratorToken(null)}>
              Sign out
            </button>
          </div>
          <ModerationQueue />
        </>
      )}
    </div>
  );
}
