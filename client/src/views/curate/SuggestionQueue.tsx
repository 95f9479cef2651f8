import { useQuery } from "urql";
import type { PendingSuggestionsQuery } from "../../__generated__/graphql";
import { ErrorState, LoadingState } from "../../components/StatusStates";
import { useAnnounce } from "../../curation/announcer";
import { Link } from "react-router-dom";
import { routes } from "../../navigation/routes";
import { ApprovalEditor } from "./ApprovalEditor";
import { ProposalDecision } from "./ProposalDecision";
import "./SuggestionQueue.css";
import { PendingSuggestions } from "./operations";

export type PendingSuggestion = PendingSuggestionsQuery["suggestions"][number];

/** What each type of suggestion asks of a curator, above its title. */
const TYPE_HEADING: Record<PendingSuggestion["type"], string> = {
  NEW_RESOURCE: "New resource",
  LINK_FOR_RESOURCE: "Link for a resource",
  CHANGED_TEXT: "The page describes this resource differently now",
  GONE_FROM_PAGE: "No longer on the source page",
};

/** One pending suggestion as sent, with the curator's decision form. */
function SuggestionCard({
  suggestion,
  onDecided,
}: {
  suggestion: PendingSuggestion;
  onDecided: (message: string) => void;
}) {
  const prefix = `s-${suggestion.id}`;
  return (
    <article
      className="suggestion-card"
      aria-labelledby={`${prefix}-title`}
      data-test-suggestion={suggestion.title}
      data-test-suggestion-type={suggestion.type}
    >
      <p className="suggestion-type">
        {TYPE_HEADING[suggestion.type]}
        {suggestion.source === "page-sync" && " · from the page sync"}
      </p>
      <h3 id={`${prefix}-title`}>
        {suggestion.targetId ? <Link to={routes.node(suggestion.targetId)}>{suggestion.title}</Link> : suggestion.title}
      </h3>
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
        {suggestion.pageText && (
          <>
            <dt>The page says</dt>
            <dd>
              <blockquote>{suggestion.pageText}</blockquote>
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
      {suggestion.type === "NEW_RESOURCE" ? (
        <ApprovalEditor suggestion={suggestion} prefix={prefix} onDecided={onDecided} />
      ) : (
        <ProposalDecision suggestion={suggestion} prefix={prefix} onDecided={onDecided} />
      )}
    </article>
  );
}

/** The moderation queue: every pending suggestion, re-asked for after each decision. */
export function SuggestionQueue() {
  const [{ data, fetching, error }, refetch] = useQuery({
    query: PendingSuggestions,
    requestPolicy: "network-only",
  });
  const announce = useAnnounce();
  if (error) return <ErrorState error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />;
  if (fetching && !data) return <LoadingState />;
  const suggestions = data?.suggestions ?? [];
  return (
    <section aria-labelledby="queue-heading">
      <h2 id="queue-heading">Suggestions waiting ({suggestions.length})</h2>
      {suggestions.length === 0 && <p>Nothing waiting for review.</p>}
      {suggestions.map((s) => (
        <SuggestionCard
          key={s.id}
          suggestion={s}
          onDecided={(message) => {
            announce(message);
            refetch({ requestPolicy: "network-only" });
          }}
        />
      ))}
    </section>
  );
}
