import { useId, type ReactNode } from "react";
import { Link, useSearchParams } from "react-router-dom";
import { useQuery } from "urql";
import { graphql } from "../__generated__";
import type { CentralityMeasure, CoverageSplit, InsightsQuery } from "../__generated__/graphql";
import { BarChart, type Bar } from "../components/charts/BarChart";
import { CopyLinkButton } from "../components/CopyLinkButton";
import { ErrorState, LoadingState } from "../components/StatusStates";
import { kindFamily } from "../graph/kind-colours";
import { humanise } from "../graph/visual-encoding";
import { routes } from "../navigation/routes";
import { csv } from "../export/csv";
import { downloadFile } from "../export/download-file";
import { ViewHeader } from "./ViewHeader";
import "./InsightsView.css";

const InsightsQueryDocument = graphql(`
  query Insights($split: CoverageSplit!, $rankBy: CentralityMeasure!) {
    insights(split: $split, rankBy: $rankBy) {
      resourceCount
      undated
      withoutJurisdiction
      betweennessComputed
      byYear {
        year
        count
      }
      byKind {
        key
        label
        count
      }
      byJurisdiction {
        key
        label
        count
      }
      byOrganisation {
        key
        label
        count
      }
      mostConnectedResources {
        degree
        betweenness
        node {
          id
          type
          label
          kind
        }
      }
      mostConnectedFrameworks {
        degree
        betweenness
        node {
          id
          type
          label
          kind
        }
      }
      coverage {
        splitBy
        rows {
          key
          label
          count
        }
        columns {
          key
          label
          count
        }
        parts {
          key
          label
          count
        }
        cells {
          row
          column
          count
          parts {
            key
            label
            count
          }
        }
      }
    }
  }
`);

type Insights = InsightsQuery["insights"];
type Cell = string | number | null;

/** An overview URL with the facets given (the overview's own parameter names). */
function overviewWith(facets: Record<string, string | number>): string {
  const params = new URLSearchParams(Object.entries(facets).map(([k, v]) => [k, String(v)]));
  return `${routes.overview()}?${params.toString()}`;
}

const resources = (n: number) => `${n} ${n === 1 ? "resource" : "resources"}`;

function downloadCsv(name: string, rows: Cell[][]): void {
  downloadFile(`rrn-insights-${name}.csv`, new Blob([csv(rows)], { type: "text/csv" }));
}

interface FigureProps {
  id: string;
  title: string;
  note?: ReactNode;
  asTable: boolean;
  chart: ReactNode;
  /** Header row first; a cell that is a link is given as [text, href]. */
  table: (Cell | [string, string])[][];
  controls?: ReactNode;
}

/**
 * One plot: its title, the chart or (chosen at the top of the view) the same numbers as a
 * table, and the data as CSV. Bars and table rows link to what they count.
 */
function Figure({ id, title, note, asTable, chart, table, controls }: FigureProps) {
  const headingId = useId();
  const [head = [], ...body] = table;
  const plain = table.map((row) => row.map((c) => (Array.isArray(c) ? c[0] : c)));
  return (
    <section className="insight" aria-labelledby={headingId} data-figure={id}>
      <div className="insight-head">
        <h2 id={headingId}>{title}</h2>
        <div className="insight-actions">
          {controls}
          <button type="button" className="button" onClick={() => downloadCsv(id, plain)}>
            Download data (CSV)<span className="visually-hidden">: {title}</span>
          </button>
        </div>
      </div>
      {note && <p className="insight-note">{note}</p>}
      {asTable ? (
        <div className="insight-table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                {head.map((h, i) => (
                  <th key={i} scope="col">
                    {Array.isArray(h) ? h[0] : h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {body.map((row, r) => (
                <tr key={r}>
                  {row.map((c, i) => {
                    const content = Array.isArray(c) ? <Link to={c[1]}>{c[0]}</Link> : c;
                    return i === 0 ? (
                      <th key={i} scope="row">
                        {content}
                      </th>
                    ) : (
                      <td key={i} className={typeof c === "number" ? "numeric" : undefined}>
                        {content}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        chart
      )}
    </section>
  );
}

/** Every year from the first to the last, with 0 where none: the axis keeps time honest. */
function yearBars(byYear: Insights["byYear"]): Bar[] {
  const first = byYear[0]?.year;
  const last = byYear.at(-1)?.year;
  if (first === undefined || last === undefined) return [];
  const counts = new Map(byYear.map((y) => [y.year, y.count]));
  return Array.from({ length: last - first + 1 }, (_, i) => {
    const year = first + i;
    const value = counts.get(year) ?? 0;
    return {
      key: String(year),
      label: String(year),
      value,
      valueText: resources(value),
      ...(value > 0 ? { href: overviewWith({ yearFrom: year, yearTo: year }) } : {}),
    };
  });
}

function kindLabel(kind: string): string {
  return kind ? humanise(kind) : "Kind not given";
}

/** A categorical palette for audiences (Okabe–Ito, darkened for 3:1 on white), names always beside it. */
const AUDIENCE_COLOURS = ["#0072B2", "#B06A00", "#009E73", "#CC79A7", "#D55E00", "#6A5ACD", "#5B7A8C", "#8A6D3B"];

function CoverageMatrix({ coverage, asTable }: { coverage: Insights["coverage"]; asTable: boolean }) {
  const byKind = coverage.splitBy === "KIND";
  const colourOf = new Map(
    coverage.parts.map((p, i) => [
      p.key,
      byKind ? kindFamily(p.key).colour : p.key === "" ? "#888888" : AUDIENCE_COLOURS[i % AUDIENCE_COLOURS.length],
    ]),
  );
  const partName = (p: { key: string; label: string }) =>
    byKind ? kindLabel(p.key) : p.key === "" ? "No audience stated" : p.label;
  const rowName = new Map(coverage.rows.map((r) => [r.key, r.label]));
  const columnName = new Map(coverage.columns.map((c) => [c.key, c.label]));
  const cells = new Map(coverage.cells.map((c) => [`${c.row}|${c.column}`, c]));
  const link = (row: string, column: string, part?: string) =>
    overviewWith({
      restraint: row,
      setting: column,
      ...(part ? { [byKind ? "kind" : "audience"]: part } : {}),
    });

  if (asTable) {
    return (
      <table className="data-table">
        <caption className="visually-hidden">
          Resources per restraint type, setting and {byKind ? "kind" : "audience"}
        </caption>
        <thead>
          <tr>
            <th scope="col">Restraint type</th>
            <th scope="col">Setting</th>
            <th scope="col">{byKind ? "Kind" : "Audience"}</th>
            <th scope="col">Resources</th>
          </tr>
        </thead>
        <tbody>
          {coverage.cells.flatMap((c) =>
            c.parts.map((p) => (
              <tr key={`${c.row}|${c.column}|${p.key}`}>
                <th scope="row">{rowName.get(c.row)}</th>
                <td>{columnName.get(c.column)}</td>
                <td>{partName(p)}</td>
                <td className="numeric">
                  <Link to={link(c.row, c.column, p.key || undefined)}>{p.count}</Link>
                </td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    );
  }

  return (
    <div className="insight-table-scroll">
      <table className="split-matrix" data-testid="split-matrix">
        <caption className="visually-hidden">
          Resources per restraint type (rows) and setting (columns), each cell split by {byKind ? "kind" : "audience"}
        </caption>
        <thead>
          <tr>
            <td />
            {coverage.columns.map((c) => (
              <th key={c.key} scope="col">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {coverage.rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              {coverage.columns.map((c) => {
                const cell = cells.get(`${r.key}|${c.key}`);
                return (
                  <td key={c.key} className={cell ? "filled" : "gap"}>
                    {cell ? (
                      <>
                        <Link
                          to={link(r.key, c.key)}
                          className="cell-total"
                          aria-label={`${r.label} in ${c.label}: ${resources(cell.count)}`}
                        >
                          {cell.count}
                        </Link>
                        <ul className="cell-parts">
                          {cell.parts.map((p) => (
                            <li key={p.key}>
                              <Link
                                to={link(r.key, c.key, p.key || undefined)}
                                aria-label={`${r.label} in ${c.label}, ${partName(p)}: ${resources(p.count)}`}
                                title={`${partName(p)}: ${p.count}`}
                                data-part={p.key}
                              >
                                <span className="part-swatch" style={{ background: colourOf.get(p.key) }} />
                                <span className="part-name">{partName(p)}</span> {p.count}
                              </Link>
                            </li>
                          ))}
                        </ul>
                      </>
                    ) : (
                      <span aria-label={`${r.label} in ${c.label}: no resources`}>–</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Segmented<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: T;
  options: { value: T; label: string }[];
  onChange: (v: T) => void;
}) {
  return (
    <div className="segmented" role="group" aria-label={label}>
      {options.map((o) => (
        <button key={o.value} type="button" aria-pressed={value === o.value} onClick={() => onChange(o.value)}>
          {o.label}
        </button>
      ))}
    </div>
  );
}

/**
 * /insights — the bank described: resources by year, kind, jurisdiction and organisation, the
 * best-connected resources and frameworks, and coverage split by kind or audience. Its state
 * (`as=table`, `split=audience`, `rank=betweenness`) lives in the URL.
 */
export default function InsightsView() {
  const [params, setParams] = useSearchParams();
  const asTable = params.get("as") === "table";
  const split: CoverageSplit = params.get("split") === "audience" ? "AUDIENCE" : "KIND";
  const rankBy: CentralityMeasure = params.get("rank") === "betweenness" ? "BETWEENNESS" : "DEGREE";
  const [result, reexecute] = useQuery({ query: InsightsQueryDocument, variables: { split, rankBy } });
  const set = (key: string, value: string | undefined) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === undefined) next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );

  const header = (
    <ViewHeader
      title="Insights"
      description="The bank at a glance: when resources were made, what kinds they are, where they apply, who made them, which are most connected, and where the gaps are. Choose a bar or a cell to see those resources in the graph."
    >
      <Segmented
        label="Show as"
        value={asTable ? "table" : "chart"}
        options={[
          { value: "chart", label: "Charts" },
          { value: "table", label: "Tables" },
        ]}
        onChange={(v) => set("as", v === "table" ? "table" : undefined)}
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

  const kindBars: Bar[] = data.byKind.map((k) => ({
    key: k.key,
    label: kindLabel(k.key),
    value: k.count,
    valueText: resources(k.count),
    ...(k.key ? { href: overviewWith({ kind: k.key }) } : {}),
  }));
  const entityBars = (list: Insights["byJurisdiction"], param: string): Bar[] =>
    list.map((t) => ({
      key: t.key,
      label: t.label,
      value: t.count,
      valueText: resources(t.count),
      ...(t.count > 0 ? { href: overviewWith({ [param]: t.key }) } : {}),
    }));
  const centralityBars = (list: Insights["mostConnectedResources"]): Bar[] =>
    list.map((c) => ({
      key: c.node.id,
      label: c.node.label,
      value: rankBy === "BETWEENNESS" ? Math.round((c.betweenness ?? 0) * 1000) / 1000 : c.degree,
      valueText:
        rankBy === "BETWEENNESS"
          ? `betweenness ${(c.betweenness ?? 0).toFixed(3)}`
          : `${c.degree} ${c.degree === 1 ? "connection" : "connections"}`,
      href: `${routes.node(c.node.id)}?selected=${encodeURIComponent(c.node.id)}`,
    }));
  const centralityTable = (list: Insights["mostConnectedResources"]): (Cell | [string, string])[][] => [
    ["Name", "Connections (degree)", "Betweenness"],
    ...list.map((c): (Cell | [string, string])[] => [
      [c.node.label, `${routes.node(c.node.id)}?selected=${encodeURIComponent(c.node.id)}`],
      c.degree,
      c.betweenness === null ? null : Number(c.betweenness.toFixed(4)),
    ]),
  ];
  const tallyTable = (
    head: string,
    list: Insights["byKind"],
    href: (t: Insights["byKind"][number]) => string | undefined,
    name: (t: Insights["byKind"][number]) => string = (t) => t.label,
  ): (Cell | [string, string])[][] => [
    [head, "Resources"],
    ...list.map((t): (Cell | [string, string])[] => {
      const to = href(t);
      return [to ? [name(t), to] : name(t), t.count];
    }),
  ];
  const rankControl = (
    <Segmented
      label="Rank by"
      value={rankBy}
      options={[
        { value: "DEGREE", label: "Connections" },
        ...(data.betweennessComputed ? [{ value: "BETWEENNESS" as const, label: "Bridging" }] : []),
      ]}
      onChange={(v) => set("rank", v === "BETWEENNESS" ? "betweenness" : undefined)}
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
        jurisdiction.
      </p>
      <div className="insights-grid">
        <Figure
          id="by-year"
          title="Resources by year"
          note={`${data.undated} of ${data.resourceCount} resources give no year and are not shown here; the timeline has them in a lane of their own.`}
          asTable={asTable}
          chart={<BarChart bars={yearBars(data.byYear)} label="Resources by year" orientation="vertical" />}
          table={[
            ["Year", "Resources"],
            ...data.byYear.map((y): (Cell | [string, string])[] => [
              [String(y.year), overviewWith({ yearFrom: y.year, yearTo: y.year })],
              y.count,
            ]),
            ["No year given", data.undated],
          ]}
        />
        <Figure
          id="by-kind"
          title="Resources by kind"
          asTable={asTable}
          chart={<BarChart bars={kindBars} label="Resources by kind" />}
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
          chart={<BarChart bars={centralityBars(data.mostConnectedResources)} label="Most-connected resources" />}
          table={centralityTable(data.mostConnectedResources)}
        />
        <Figure
          id="connected-frameworks"
          title="Most-connected frameworks"
          note={centralityNote}
          asTable={asTable}
          chart={
            <BarChart
              bars={centralityBars(data.mostConnectedFrameworks)}
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
            Each cell counts the resources about a type of restraint in a setting, split by{" "}
            {split === "KIND" ? "kind" : "who they are for (a resource for two audiences counts under both)"}. A dash is
            a gap. The <Link to={routes.coverage()}>coverage view</Link> lists each cell&rsquo;s resources.
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
            onChange={(v) => set("split", v === "AUDIENCE" ? "audience" : undefined)}
          />
        }
        asTable={false}
        chart={<CoverageMatrix coverage={data.coverage} asTable={asTable} />}
        table={[
          ["restraint_type", "setting", split === "KIND" ? "kind" : "audience", "resources"],
          ...data.coverage.cells.flatMap((c) =>
            c.parts.map((p): Cell[] => [
              c.row,
              c.column,
              p.key || (split === "KIND" ? "not given" : "none stated"),
              p.count,
            ]),
          ),
        ]}
      />
    </>
  );
}
