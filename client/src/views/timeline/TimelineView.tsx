import { Suspense, useCallback, useMemo } from "react";
import { useQuery } from "urql";
import type { GraphFilter, RelationshipType } from "../../__generated__/graphql";
import { GetForm } from "../../components/GetForm";
import { FacetPanel } from "../../components/FacetPanel";
import { UnrecordedHint } from "../../components/UnrecordedHint";
import { LazyGraphWorkspace } from "../../components/LazyGraphWorkspace";
import { EmptyState, ErrorState, LoadingState } from "../../components/StatusStates";
import { YearRange } from "../../components/YearRange";
import type { GraphData, GraphNode } from "../../graph/elements";
import { KIND_FAMILIES, OTHER_KIND_FAMILY, kindFamily } from "../../graph/kind-colours";
import { timelineLayout } from "../../graph/timeline-layout";
import { humanise } from "../../graph/visual-encoding";
import { useDraft } from "../../hooks/use-draft";
import { useViewState } from "../../hooks/use-view-state";
import { facetsToFilter } from "../../navigation/url-state";
import { ViewHeader } from "../../components/ViewHeader";
import "./TimelineView.css";
import { TimelineQuery } from "./operations";

/** Resources only; more than this is no longer a picture anyone can read. */
const LIMIT = 1000;

/**
 * Lineage between resources: DERIVES_FROM, whose `how` (adapts, follows on from, …) labels the
 * edge. Other relationships among resources (parts, references) would hide the lines of descent.
 */
const TIMELINE_EDGES: readonly RelationshipType[] = ["DERIVES_FROM"];

/** Kind and year in words under each title: the colour is never the only way to tell. */
function decorate(n: GraphNode): { colour: string; caption: string } {
  return {
    colour: kindFamily(n.kind).colour,
    caption: `${n.label}\n${n.kind ? humanise(n.kind) : "Kind not given"} · ${n.year ?? "no year"}`,
  };
}

/**
 * /timeline — the resources on a year axis: one column per year, undated resources in a lane
 * of their own, coloured by kind, with lineage drawn between them. The overview's facets choose
 * the resources (sent to the API, so they mean the same); the year range narrows the picture
 * and the List tab in the browser, keeping the undated lane unless it is switched off.
 */
export default function TimelineView() {
  const { state, update } = useViewState();
  const filter = useMemo<GraphFilter>(
    () => ({
      ...facetsToFilter({ ...state.facets, types: [], yearFrom: undefined, yearTo: undefined }),
      types: ["RESOURCE"],
    }),
    [state.facets],
  );
  const [result, reexecute] = useQuery({ query: TimelineQuery, variables: { filter, limit: LIMIT } });
  const graph = result.data?.graph;

  const data = useMemo<GraphData | undefined>(
    () => graph && { ...graph, edges: graph.edges.filter((e) => TIMELINE_EDGES.includes(e.type)) },
    [graph],
  );
  const layout = useMemo(
    () => data && timelineLayout(data.nodes.map((n) => ({ id: n.id, label: n.label, year: n.year, kind: n.kind }))),
    [data],
  );
  const span = layout?.span ?? null;
  const from = span ? Math.min(Math.max(state.facets.yearFrom ?? span.from, span.from), span.to) : undefined;
  const to = span ? Math.max(Math.min(state.facets.yearTo ?? span.to, span.to), from ?? span.from) : undefined;
  const [showUndated, setShowUndated] = useDraft(state.showUndated);

  const visible = useMemo<GraphData | undefined>(() => {
    if (!data) return undefined;
    const nodes = data.nodes.filter((n) =>
      n.year === null ? showUndated : from === undefined || to === undefined || (n.year >= from && n.year <= to),
    );
    const ids = new Set(nodes.map((n) => n.id));
    return { ...data, nodes, edges: data.edges.filter((e) => ids.has(e.source) && ids.has(e.target)) };
  }, [data, from, to, showUndated]);

  const parentsOfVisible = layout?.parents;
  const groups = useMemo(() => {
    if (!layout || !visible) return [];
    const used = new Set(visible.nodes.map((n) => layout.parents.get(n.id)));
    return layout.groups.filter((g) => used.has(g.data.id));
  }, [layout, visible]);

  const families = useMemo(() => {
    const counts = new Map<string, number>();
    for (const n of visible?.nodes ?? [])
      counts.set(kindFamily(n.kind).id, (counts.get(kindFamily(n.kind).id) ?? 0) + 1);
    return [...KIND_FAMILIES, OTHER_KIND_FAMILY]
      .filter((f) => counts.has(f.id))
      .map((f) => ({ ...f, count: counts.get(f.id) ?? 0 }));
  }, [visible]);

  const setRange = useCallback(
    (range: { from: number; to: number }) => {
      if (!span) return;
      update({
        facets: {
          yearFrom: range.from === span.from ? undefined : range.from,
          yearTo: range.to === span.to ? undefined : range.to,
        },
      });
    },
    [span, update],
  );
  const toggleUndated = (show: boolean) => {
    setShowUndated(show);
    update({ showUndated: show });
  };

  const undatedCount = data?.nodes.filter((n) => n.year === null).length ?? 0;
  const datedShown = visible?.nodes.filter((n) => n.year !== null).length ?? 0;

  return (
    <>
      <ViewHeader
        title="Timeline"
        description="Resources on a year axis, coloured by kind, with the lines of descent between them: what adapts, builds on or follows on from what. Narrow the years with the range below; resources without a year have their own lane."
      />
      <div className="overview-layout timeline-layout">
        <FacetPanel
          facets={state.facets}
          showTypes={false}
          showYears={false}
          onChange={(facets) => update({ facets, selected: undefined }, "push")}
        />
        <div className="overview-main">
          {result.error && !result.data && (
            <ErrorState error={result.error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
          )}
          {!result.data && !result.error && <LoadingState label="Loading the timeline" />}
          {data && data.nodes.length === 0 && (
            <EmptyState title="No resource is recorded as matching these filters">
              <p>That is what the graph records, not proof that none exists. Try removing a filter.</p>
            </EmptyState>
          )}
          {data && <UnrecordedHint filter={filter} empty={data.nodes.length === 0} />}
          {data && visible && layout && data.nodes.length > 0 && (
            <>
              <GetForm
                fields={["yearFrom", "yearTo", "undated"]}
                className="timeline-controls"
                aria-label="Timeline years"
                data-testid="timeline-controls"
              >
                {span && from !== undefined && to !== undefined && (
                  <YearRange
                    min={span.from}
                    max={span.to}
                    from={from}
                    to={to}
                    counts={data.nodes.flatMap((n) => (n.year === null ? [] : [n.year]))}
                    onChange={setRange}
                  />
                )}
                <label className="check">
                  <input
                    type="checkbox"
                    name="undated"
                    value="show"
                    checked={showUndated}
                    onChange={(e) => toggleUndated(e.target.checked)}
                  />
                  Show resources without a year ({undatedCount})
                </label>
                {/* Without scripts an unticked box sends nothing: this sends the "hide" (read only when alone, the URL takes the first). */}
                <input type="hidden" name="undated" value="hide" />
                <p className="timeline-status" role="status" data-testid="timeline-status">
                  Showing {visible.nodes.length} of {data.nodes.length} resources
                  {span && from !== undefined && to !== undefined
                    ? `: ${datedShown} from ${from === to ? from : `${from} to ${to}`}`
                    : ""}
                  {showUndated && undatedCount > 0 ? `, ${undatedCount} without a year` : ""}.
                </p>
              </GetForm>
              <Suspense fallback={<LoadingState label="Loading the timeline" />}>
                <LazyGraphWorkspace
                  title="Timeline"
                  data={visible}
                  drawing={{
                    defaultLayout: "grid",
                    positions: layout.positions,
                    ...(parentsOfVisible ? { parents: parentsOfVisible } : {}),
                    groupElements: groups,
                    edgeLabels: true,
                    decorateNode: decorate,
                  }}
                />
              </Suspense>
              <section className="kind-key" aria-labelledby="kind-key-heading">
                <h2 id="kind-key-heading" className="section-heading">
                  Colours: kinds of resource
                </h2>
                <ul>
                  {families.map((f) => (
                    <li key={f.id}>
                      <span className="kind-swatch" style={{ background: f.colour }} aria-hidden="true" />
                      <strong>{f.label}</strong> ({f.count})
                      {f.kinds.length > 0 && (
                        <span className="muted"> — {f.kinds.map((k) => humanise(k).toLowerCase()).join(", ")}</span>
                      )}
                    </li>
                  ))}
                </ul>
              </section>
            </>
          )}
        </div>
      </div>
    </>
  );
}
