import { Link } from "react-router-dom";
import { useQuery } from "urql";
import { AddToSet } from "../../components/set/AddToSet";
import { EmptyState, ErrorState, LoadingState } from "../../components/StatusStates";
import { NodeShapeIcon } from "../../components/TypeIcons";
import { groupHits } from "../../graph/grouping";
import { nodeHref, routes } from "../../navigation/routes";
import { humanise, nodeLook } from "../../graph/visual-encoding";
import { ViewHeader } from "../../components/ViewHeader";
import { useViewState } from "../../hooks/use-view-state";
import "./SearchResultsView.css";
import { SearchPageQuery } from "./operations";

/** /search?q=… — every match, grouped by type, each with its summary. */
export default function SearchResultsView() {
  const q = (useViewState().state.query ?? "").trim();
  const [result, reexecute] = useQuery({ query: SearchPageQuery, variables: { query: q }, pause: !q });
  const hits = result.data?.search ?? [];

  return (
    <>
      <ViewHeader
        title={q ? `Results for “${q}”` : "Search"}
        description={q && result.data ? `${hits.length} matches` : undefined}
      />
      {!q && (
        <EmptyState title="Type something to search for">
          Use the search box above: a toolkit, an organisation, a type of restraint…
        </EmptyState>
      )}
      {q && result.error && (
        <ErrorState error={result.error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
      )}
      {q && result.fetching && !result.data && <LoadingState label="Searching" />}
      {q && result.data && hits.length === 0 && (
        <EmptyState title={`Nothing matches “${q}”`}>
          <p>
            Try a shorter word, or browse instead:{" "}
            <Link to={routes.coverage()}>coverage by restraint type and setting</Link>, or{" "}
            <Link to={routes.overview()}>the whole graph</Link>.
          </p>
        </EmptyState>
      )}
      <div className="search-results" data-testid="search-results">
        {groupHits(hits).map((group) => (
          <section key={group.type} aria-labelledby={`results-${group.type}`}>
            <h2 id={`results-${group.type}`} className="section-heading">
              <NodeShapeIcon type={group.type} /> {nodeLook(group.type).plural}{" "}
              <span className="count">{group.hits.length}</span>
            </h2>
            <ul className="result-list">
              {group.hits.map((hit) => (
                <li key={hit.id}>
                  <Link to={nodeHref(hit)} className="result-title">
                    {hit.label}
                  </Link>
                  <span className="result-meta">
                    {[hit.kind && humanise(hit.kind), hit.year].filter(Boolean).join(" · ")}
                  </span>
                  {hit.summary && <p className="result-summary">{hit.summary}</p>}
                  <AddToSet id={hit.id} label={hit.label} />
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
