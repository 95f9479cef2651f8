import { Link } from "react-router-dom";
import { useQuery } from "urql";
import { BarChart } from "../../components/charts/BarChart";
import { CopyLinkButton } from "../../components/CopyLinkButton";
import { Segmented } from "../../components/Segmented";
import { ErrorState, LoadingState } from "../../components/StatusStates";
import { ViewHeader } from "../../components/ViewHeader";
import { useViewState } from "../../hooks/use-view-state";
import { routes } from "../../navigation/routes";
import { noneRecorded } from "../../navigation/facet-words";
import { FACET_PARAMS, idFacetOf, NOT_RECORDED } from "../../navigation/url-state";
import { CoverageMatrix } from "./CoverageMatrix";
import { Figure } from "./Figure";
import {
  centralityBars,
  centralityTable,
  coverageRows,
  entityBars,
  kindBars,
  kindLabel,
  overviewWith,
  tallyTable,
  yearBars,
  yearTable,
} from "./insight-data";
import { InsightsQueryDocument } from "./operations";
import "./InsightsView.css";

/**
 * /insights — the bank described: resources by year, kind, jurisdiction and organisation, the
 * best-connected resources and frameworks, and coverage split by kind or audience. Its state
 * (`as=table`, `split=audience`, `rank=betweenness`) lives in the URL.
 */
export default function InsightsView() {
  const { state, update, href } = useViewState();
  const { asTable, split, rankBy } = state;
  const [result, reexecute] = useQuery({ query: InsightsQueryDocument, variables: { split, rankBy } });

  const header = (
    <ViewHeader
      title="Insights"
      description="The bank at a glance: when resources were made, what kinds they are, where they apply, who made them, which are most connected, and what is covered where (and what is not recorded). Choose a bar or a cell to see those resources in the graph."
    >
      <Segmented
        label="Show as"
        value={asTable ? "table" : "chart"}
        options={[
          { value: "chart", label: "Charts" },
          { value: "table", label: "Tables" },
        ]}
        onChange={(v) => update({ asTable: v === "table" })}
        hrefFor={(v) => href({ asTable: v === "table" })}
      />
      <CopyLinkButton />
    </ViewHeader>
  );

  if (result.error && !result.data)
    return (
      <>
        {header}
        <ErrorState error={result.error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
      </>
    );
  // Keep the previous numbers on screen while a new split or ranking loads.
  const data = result.data?.insights;
  if (!data)
    return (
      <>
        {header}
        <LoadingState label="Loading insights" />
      </>
    );

  const rankControl = (
    <Segmented
      label="Rank by"
      value={rankBy}
      options={[
        { value: "DEGREE", label: "Connections" },
        ...(data.betweennessComputed ? [{ value: "BETWEENNESS" as const, label: "Bridging" }] : []),
      ]}
      onChange={(v) => update({ rankBy: v })}
      hrefFor={(v) => href({ rankBy: v })}
    />
  );
  const centralityNote = data.betweennessComputed
    ? "Connections count every relationship. Bridging (betweenness) shows how often a node lies on the shortest paths between others: a high score links parts of the bank that would otherwise be far apart."
    : "Connections count every relationship. The graph is too large to compute betweenness for each request, so it is not shown.";

  return (
    <>
      {header}
      <p className="insights-summary" data-testid="insights-summary">
        {data.resourceCount} resources in the bank; {data.undated} give no year and {data.withoutJurisdiction} name no
        jurisdiction. Not recorded is not none:{" "}
        {data.unrecorded.map((u, i) => {
          const facet = idFacetOf(u.facet);
          return (
            <span key={u.facet}>
              {i > 0 && (i === data.unrecorded.length - 1 ? " and " : ", ")}
              <Link to={overviewWith({ [FACET_PARAMS[facet]]: NOT_RECORDED })} data-unrecorded={facet}>
                {u.count} have {noneRecorded(facet)}
              </Link>
            </span>
          );
        })}
        .
      </p>
      <div className="insights-grid">
        <Figure
          id="by-year"
          title="Resources by year"
          note={`${data.undated} of ${data.resourceCount} resources give no year and are not shown here; the timeline has them in a lane of their own.`}
          asTable={asTable}
          chart={<BarChart bars={yearBars(data.byYear)} label="Resources by year" orientation="vertical" />}
          table={yearTable(data)}
        />
        <Figure
          id="by-kind"
          title="Resources by kind"
          asTable={asTable}
          chart={<BarChart bars={kindBars(data.byKind)} label="Resources by kind" />}
          table={tallyTable(
            "Kind",
            data.byKind,
            (t) => (t.key ? overviewWith({ kind: t.key }) : undefined),
            (t) => kindLabel(t.key),
          )}
        />
        <Figure
          id="by-jurisdiction"
          title="Where resources apply"
          note={`${data.withoutJurisdiction} of ${data.resourceCount} resources name no jurisdiction.`}
          asTable={asTable}
          chart={<BarChart bars={entityBars(data.byJurisdiction, "jurisdiction")} label="Resources by jurisdiction" />}
          table={tallyTable("Jurisdiction", data.byJurisdiction, (t) =>
            t.count > 0 ? overviewWith({ jurisdiction: t.key }) : undefined,
          )}
        />
        <Figure
          id="by-organisation"
          title={`The ${data.byOrganisation.length} organisations behind the most resources`}
          note="Counting resources they published, commissioned or helped develop."
          asTable={asTable}
          chart={<BarChart bars={entityBars(data.byOrganisation, "org")} label="Resources by organisation" />}
          table={tallyTable("Organisation", data.byOrganisation, (t) => overviewWith({ org: t.key }))}
        />
        <Figure
          id="connected-resources"
          title="Most-connected resources"
          note={centralityNote}
          controls={rankControl}
          asTable={asTable}
          chart={
            <BarChart bars={centralityBars(data.mostConnectedResources, rankBy)} label="Most-connected resources" />
          }
          table={centralityTable(data.mostConnectedResources)}
        />
        <Figure
          id="connected-frameworks"
          title="Most-connected frameworks"
          note={centralityNote}
          asTable={asTable}
          chart={
            <BarChart
              bars={centralityBars(data.mostConnectedFrameworks, rankBy)}
              label="Most-connected frameworks"
              colour="#6b4c9a"
            />
          }
          table={centralityTable(data.mostConnectedFrameworks)}
        />
      </div>
      <Figure
        id="coverage"
        title={`Coverage: restraint types × settings, by ${split === "KIND" ? "kind" : "audience"}`}
        note={
          <>
            Each cell counts the resources and frameworks about a type of restraint in a setting, split by{" "}
            {split === "KIND"
              ? "kind (frameworks, which have no kind, are a part of their own)"
              : "who they are for (one for two audiences counts under both)"}
            . A dash means nothing is recorded there, not that none exists: the last column and row count the resources
            whose setting or restraint type is not recorded. The <Link to={routes.coverage()}>coverage view</Link> lists
            what each cell counts.
          </>
        }
        controls={
          <Segmented
            label="Split cells by"
            value={split}
            options={[
              { value: "KIND", label: "Kind" },
              { value: "AUDIENCE", label: "Audience" },
            ]}
            onChange={(v) => update({ split: v })}
            hrefFor={(v) => href({ split: v })}
          />
        }
        asTable={false}
        chart={<CoverageMatrix coverage={data.coverage} asTable={asTable} />}
        table={coverageRows(data.coverage, split)}
      />
    </>
  );
}
