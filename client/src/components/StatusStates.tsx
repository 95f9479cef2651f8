import type { ReactNode } from "react";
import type { CombinedError } from "urql";
import { Link } from "react-router-dom";
import { SearchBox } from "./search/SearchBox";
import "./StatusStates.css";

/** Placeholder shaped like the view it stands in for, announced politely to screen readers. */
export function LoadingState({ label = "Loading" }: { label?: string }) {
  return (
    <div className="state state-loading" role="status" aria-live="polite" data-testid="loading">
      <span className="visually-hidden">{label}…</span>
      <div className="skeleton skeleton-title" />
      <div className="skeleton skeleton-line" />
      <div className="skeleton skeleton-line short" />
      <div className="skeleton skeleton-block" />
    </div>
  );
}

function describe(error: CombinedError): string {
  if (error.networkError) return "The explorer could not reach the server. Check your connection and try again.";
  return error.graphQLErrors[0]?.message ?? error.message;
}

export function ErrorState({ error, onRetry }: { error: CombinedError; onRetry: () => void }) {
  return (
    <div className="state state-error" role="alert" data-testid="error">
      <h2>Something went wrong</h2>
      <p>{describe(error)}</p>
      <button type="button" className="button primary" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state state-empty" data-testid="empty">
      <h2>{title}</h2>
      {children}
    </div>
  );
}

export function TruncationNotice({
  data,
  showMoreHref,
}: {
  /** A view's graph: the notice shows only when the API left nodes out. */
  data: { nodes: readonly unknown[]; truncated?: boolean; total?: number | null };
  /** The same view with a higher `limit`: a link, so it works without scripts too. */
  showMoreHref: string;
}) {
  if (!data.truncated) return null;
  const shown = data.nodes.length;
  const total = data.total;
  const of = total && total > shown ? ` of ${total.toLocaleString("en-GB")}` : "";
  return (
    <div className="truncation" role="status" data-testid="truncated">
      <span>
        Showing {shown.toLocaleString("en-GB")}
        {of} nodes.
      </span>
      <Link className="button link" to={showMoreHref} preventScrollReset>
        Show more
      </Link>
    </div>
  );
}

export function NotFound({ what = "page" }: { what?: string }) {
  return (
    <div className="state state-empty not-found" data-testid="not-found">
      <h1>We couldn’t find that {what}</h1>
      <p>It may have been renamed or removed. Search for it:</p>
      <div className="not-found-search">
        <SearchBox
          label="Search for something else"
          placeholder="A toolkit, an organisation, a framework…"
          testId="not-found-search"
        />
      </div>
      <p>Or start from one of these:</p>
      <ul className="suggestions">
        <li>
          <Link to="/node/six-core-strategies/lineage">What derives from the Six Core Strategies</Link>
        </li>
        <li>
          <Link to="/coverage">Coverage of restraint types across settings</Link>
        </li>
        <li>
          <Link to="/">The whole graph</Link>
        </li>
      </ul>
    </div>
  );
}
