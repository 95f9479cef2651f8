import { Suspense, useMemo } from "react";
import { Link } from "react-router-dom";
import { useQuery } from "urql";
import { FacetPanel } from "../../components/FacetPanel";
import { GuideCards } from "../guides/GuideCards";
import { LazyGraphWorkspace } from "../../components/LazyGraphWorkspace";
import { EmptyState, ErrorState, LoadingState, TruncationNotice } from "../../components/StatusStates";
import { UnrecordedHint } from "../../components/UnrecordedHint";
import { routes } from "../../navigation/routes";
import { facetsToFilter, hasActiveFacets } from "../../navigation/url-state";
import { useKeptData } from "../../hooks/use-kept-data";
import { useViewState } from "../../hooks/use-view-state";
import { ViewHeader } from "../../components/ViewHeader";
import "./OverviewView.css";
import { OverviewQuery, overviewVariables } from "./operations";

/** Where people start: the journeys most visitors come for, and the whole graph, filterable. */
export default function OverviewView() {
  const { state, update, href } = useViewState();
  const filter = useMemo(() => facetsToFilter(state.facets), [state.facets]);
  const variables = overviewVariables(filter, state.limit);
  const { limit } = variables;
  const [result, reexecute] = useQuery({ query: OverviewQuery, variables });
  const kept = useKeptData(result.data);
  // A failed fetch is said, not hidden behind the previous answer.
  const data = result.error && !result.data ? undefined : kept.data;
  const updating = kept.updating && !result.error;
  const filtered = hasActiveFacets(state.facets);

  return (
    <>
      <ViewHeader
        title="Restraint reduction resources, connected"
        description="Sixty-odd toolkits, guides, standards and films on reducing restraint, seclusion and other restrictive practices — and how they build on each other, who made them, and who they are for."
      />
      <GuideCards />
      <ul className="starters" aria-label="Popular starting points">
        <li>
          <Link to={routes.lineage("six-core-strategies")}>
            <strong>What derives from the Six Core Strategies?</strong>
            <span>Lineage of toolkits that adapt or build on it</span>
          </Link>
        </li>
        <li>
          <Link to={routes.org("mersey-care")}>
            <strong>What has Mersey Care developed?</strong>
            <span>Resources and frameworks by role</span>
          </Link>
        </li>
        <li>
          <Link to={routes.node("schools")}>
            <strong>Restraint in schools</strong>
            <span>Resources for school settings</span>
          </Link>
        </li>
        <li>
          <Link to={routes.coverage()}>
            <strong>What is covered where?</strong>
            <span>Restraint types × settings, and what is not recorded</span>
          </Link>
        </li>
      </ul>
      <div className="overview-layout">
        <FacetPanel facets={state.facets} onChange={(facets) => update({ facets, selected: undefined }, "push")} />
        <div className="overview-main kept-answer" aria-busy={updating}>
          {result.error && !data && (
            <ErrorState error={result.error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
          )}
          {!data && !result.error && <LoadingState label="Loading the graph" />}
          {data && data.graph.nodes.length === 0 && (
            <EmptyState title={filtered ? "No resource is recorded as matching all of these filters" : "Nothing here"}>
              <p>
                {filtered
                  ? "That is what the graph records, not proof that none exists. Try removing a filter — each one narrows the results further."
                  : "The graph is empty. Has it been seeded?"}
              </p>
            </EmptyState>
          )}
          {data && filter && <UnrecordedHint filter={filter} empty={data.graph.nodes.length === 0} />}
          {data && data.graph.nodes.length > 0 && (
            <Suspense
              fallback={
                // As tall as the workspace it stands for: a shorter box would shrink the page
                // under a reader working the filters, and the browser would scroll them away.
                <div className="workspace-placeholder">
                  <LoadingState label="Loading the graph" />
                </div>
              }
            >
              <LazyGraphWorkspace
                title={filtered ? "Filtered graph" : "Overview"}
                data={data.graph}
                drawing={{ defaultLayout: "fcose" }}
                notice={<TruncationNotice data={data.graph} showMoreHref={href({ limit: limit * 2 })} />}
              />
            </Suspense>
          )}
        </div>
      </div>
    </>
  );
}
