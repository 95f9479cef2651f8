import { useMemo, useState } from "react";
import { Link, useParams } from "react-router-dom";
import { useQuery } from "urql";
import { GetForm } from "../../components/GetForm";
import { NarrowBy } from "../../components/NarrowBy";
import { SelectLink } from "../../components/SelectLink";
import { GraphWorkspace } from "../../components/GraphWorkspace";
import { SelectionDetail } from "../../components/detail/SelectionDetail";
import { ErrorState, LoadingState, NotFound, TruncationNotice } from "../../components/StatusStates";
import { NodeTypeBadge } from "../../components/TypeIcons";
import { affiliatedPeople, groupByOrgRole } from "@rrn/graph-layout";
import type { GraphData } from "../../graph/elements";
import { routes } from "../../navigation/routes";
import { EMPTY_FACETS, facetsToFilter, hasActiveFacets, type IdFacet } from "../../navigation/url-state";
import type { GraphFilter } from "../../__generated__/graphql";
import { UnrecordedHint } from "../../components/UnrecordedHint";
import { useNeighbourhoods } from "../neighbourhood/use-neighbourhoods";
import { useFocusSelection } from "../../hooks/use-focus-selection";
import { useKeptData } from "../../hooks/use-kept-data";
import { useViewState } from "../../hooks/use-view-state";
import { ViewHeader } from "../../components/ViewHeader";
import "./OrgView.css";
import { OrgResourcesQuery } from "./operations";
import { compareLabels } from "../../graph/label-order";

const NO_EXPANSIONS: string[] = [];
/** What "Narrow to" chooses; the organisation itself is no facet a reader chose. */
const NARROW_FACETS: readonly IdFacet[] = ["restraintTypes", "settings", "jurisdictions"];

/** The organisation and up to this many neighbours at first; the HTML shell preloads this request (see prerender/). */
export const ORG_LIMIT = 300;

/** Keeps the organisation, everything that is not a resource, and the resources that match. */
function narrow(data: GraphData, keep: ReadonlySet<string> | undefined): GraphData {
  if (!keep) return data;
  const nodes = data.nodes.filter((n) => n.type !== "RESOURCE" || keep.has(n.id));
  const ids = new Set(nodes.map((n) => n.id));
  return { ...data, nodes, edges: data.edges.filter((e) => ids.has(e.source) && ids.has(e.target)) };
}

/**
 * /org/:id — the organisation at the centre, what it published, commissioned and developed.
 * With "include affiliated people's work" (in the URL), the neighbourhoods of its affiliated
 * people are drawn too, grouped apart, since the page credits their work to them, not to it.
 */
export default function OrgView() {
  const { id = "" } = useParams();
  const viewState = useViewState();
  const { state, update, href } = viewState;
  const [attempt, setAttempt] = useState(0);
  // The people come from the organisation's own neighbourhood; the second round of requests
  // (their neighbourhoods) starts once they are known, and the first answer stays on screen.
  const [people, setPeople] = useState<{ orgId: string; ids: string[] }>({ orgId: id, ids: [] });
  const expansions = state.affiliated && people.orgId === id ? people.ids : NO_EXPANSIONS;
  const result = useNeighbourhoods(id, expansions, state.limit ?? ORG_LIMIT, attempt, "ORG_ROLES");
  const found = useMemo(() => (result.data ? affiliatedPeople(id, result.data) : []), [id, result.data]);
  if (!result.fetching && (people.orgId !== id || found.join(",") !== people.ids.join(","))) {
    setPeople({ orgId: id, ids: found });
  }
  useFocusSelection(id, viewState, Boolean(result.focus));
  const { restraintTypes, settings, jurisdictions } = state.facets;
  const narrowing = hasActiveFacets({ ...state.facets, types: [], audiences: [], organisations: [] });
  // People's work is not the organisation's, so with it included the narrowing asks for every
  // matching resource (up to the query's limit) rather than only the organisation's own.
  const matchingFilter = useMemo<GraphFilter>(
    () => ({
      ...facetsToFilter({ ...EMPTY_FACETS, restraintTypes, settings, jurisdictions }),
      types: ["RESOURCE"],
      ...(state.affiliated ? {} : { organisations: [id] }),
    }),
    [restraintTypes, settings, jurisdictions, state.affiliated, id],
  );
  const [matching] = useQuery({ query: OrgResourcesQuery, variables: { filter: matchingFilter }, pause: !narrowing });
  const keep = useMemo(
    () => (narrowing && matching.data ? new Set(matching.data.graph.nodes.map((n) => n.id)) : undefined),
    [narrowing, matching.data],
  );
  const shown = useMemo(() => (result.data ? narrow(result.data, keep) : undefined), [result.data, keep]);
  const groups = useMemo(() => (shown ? groupByOrgRole(id, shown) : undefined), [id, shown]);
  const orgOnly = useMemo(() => new Set([id]), [id]);
  const labels = useMemo(() => new Map(result.data?.nodes.map((n) => [n.id, n.label])), [result.data]);
  // While a narrowing is fetched, the picture before it stays, dimmed and busy (useKeptData), so
  // the page keeps its height: the select just changed keeps its focus and the reader their place.
  const awaitingNarrowing = narrowing && !matching.data && !matching.error;
  const picture = useMemo(
    () => (shown && groups && !awaitingNarrowing ? { shown, groups } : undefined),
    [shown, groups, awaitingNarrowing],
  );
  const kept = useKeptData(picture, id);

  if (result.error && !result.data) return <ErrorState error={result.error} onRetry={() => setAttempt((a) => a + 1)} />;
  if (!shown || !groups) return <LoadingState label="Loading organisation" />;
  const org = result.focus;
  if (!org) return <NotFound what="organisation" />;

  return (
    <>
      <ViewHeader title={org.label} eyebrow={<NodeTypeBadge type={org.type} />} description={org.summary ?? undefined}>
        <Link className="button" to={routes.node(org.id)}>
          Neighbourhood
        </Link>
      </ViewHeader>
      <GetForm fields={["affiliated"]} aria-label="Affiliated people">
        <label className="affiliated-toggle">
          <input
            type="checkbox"
            name="affiliated"
            value="include"
            checked={state.affiliated}
            onChange={(e) => update({ affiliated: e.target.checked, selected: undefined }, "push")}
            data-testid="include-affiliated"
          />
          Include affiliated people’s work{" "}
          <span className="muted">
            ({found.length} {found.length === 1 ? "person" : "people"} affiliated; what they made is credited to them,
            not to {org.label})
          </span>
        </label>
      </GetForm>
      <NarrowBy facets={state.facets} onChange={(facets) => update({ facets, selected: undefined }, "push")} />
      {keep?.size === 0 && (
        <p className="narrow-empty" role="status">
          None of {org.label}’s resources is recorded as matching these filters.{" "}
          <Link to={href({ facets: { restraintTypes: [], settings: [], jurisdictions: [] } })} preventScrollReset>
            Clear the filters
          </Link>
        </p>
      )}
      {narrowing && keep && <UnrecordedHint filter={matchingFilter} empty={keep.size === 0} only={NARROW_FACETS} />}
      {!kept.data ? (
        // A narrowed URL opened afresh: nothing earlier to keep on screen.
        <div className="narrowing-wait">
          <LoadingState label="Narrowing" />
        </div>
      ) : (
        <div className="org-picture kept-answer" aria-busy={kept.updating}>
          {kept.updating && (
            <p className="visually-hidden" role="status">
              Narrowing
            </p>
          )}
          <section className="role-summary" aria-label="By role">
            {kept.data.groups.roles.map((role) => (
              <details key={role.key} className="role-card surface" data-testid={`role-${role.key}`}>
                <summary>
                  <span className="role-count">{role.nodeIds.length}</span> {role.label}
                </summary>
                <ul>
                  {role.nodeIds
                    .map((nodeId) => ({ nodeId, label: labels.get(nodeId) ?? nodeId }))
                    .sort((a, b) => compareLabels(a.label, b.label))
                    .map(({ nodeId, label }) => (
                      <li key={nodeId}>
                        <SelectLink id={nodeId}>{label}</SelectLink>
                      </li>
                    ))}
                </ul>
              </details>
            ))}
          </section>
          <GraphWorkspace
            title={`${org.label} by role`}
            data={kept.data.shown}
            drawing={{
              defaultLayout: "fcose",
              rootId: org.id,
              parents: kept.data.groups.parents,
              groupElements: kept.data.groups.groupElements,
            }}
            notice={
              <TruncationNotice data={kept.data.shown} showMoreHref={href({ limit: (state.limit ?? ORG_LIMIT) * 2 })} />
            }
            aside={<SelectionDetail expandedIds={orgOnly} />}
            asideFirst
          />
        </div>
      )}
    </>
  );
}
