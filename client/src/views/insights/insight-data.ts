import type { CentralityMeasure, CoverageSplit, InsightsQuery } from "../../__generated__/graphql";
import type { Bar } from "../../components/charts/BarChart";
import { humanise } from "../../graph/visual-encoding";
import { overviewWith, routes } from "../../navigation/routes";

/**
 * The insights' numbers turned into what the figures draw: bars for the charts, rows for the
 * tables and CSV files, each bar or row linking to the overview narrowed to what it counts.
 */
export type Insights = InsightsQuery["insights"];
export type Cell = string | number | null;
/** A table cell; one that is a link is given as [text, href]. */
export type TableCell = Cell | [string, string];
/** Header row first. */
export type Table = TableCell[][];

type Tally = Insights["byKind"][number];
type Centrality = Insights["mostConnectedResources"][number];

export { overviewWith };

export const resources = (n: number) => `${n} ${n === 1 ? "resource" : "resources"}`;
/** What a coverage cell counts: resources and frameworks alike. */
export const resourcesOrFrameworks = (n: number) =>
  n === 1 ? "1 resource or framework" : `${n} resources and frameworks`;

/** The kind split's part for frameworks, which have no kind (the server's name for it). */
export const FRAMEWORK_PART = "FRAMEWORK";

export function kindLabel(kind: string): string {
  if (kind === FRAMEWORK_PART) return "Frameworks";
  return kind ? humanise(kind) : "Kind not given";
}

/** Every year from the first to the last, with 0 where none: the axis keeps time honest. */
export function yearBars(byYear: Insights["byYear"]): Bar[] {
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

export function yearTable(data: Insights): Table {
  return [
    ["Year", "Resources"],
    ...data.byYear.map((y): TableCell[] => [
      [String(y.year), overviewWith({ yearFrom: y.year, yearTo: y.year })],
      y.count,
    ]),
    ["No year given", data.undated],
  ];
}

export function kindBars(byKind: Insights["byKind"]): Bar[] {
  return byKind.map((k) => ({
    key: k.key,
    label: kindLabel(k.key),
    value: k.count,
    valueText: resources(k.count),
    ...(k.key ? { href: overviewWith({ kind: k.key }) } : {}),
  }));
}

/** Bars for nodes counted by how many resources they have, linking to the overview by `param`. */
export function entityBars(list: Insights["byJurisdiction"], param: string): Bar[] {
  return list.map((t) => ({
    key: t.key,
    label: t.label,
    value: t.count,
    valueText: resources(t.count),
    ...(t.count > 0 ? { href: overviewWith({ [param]: t.key }) } : {}),
  }));
}

const nodeLink = (id: string) => `${routes.node(id)}?selected=${encodeURIComponent(id)}`;

export function centralityBars(list: readonly Centrality[], rankBy: CentralityMeasure): Bar[] {
  return list.map((c) => ({
    key: c.node.id,
    label: c.node.label,
    value: rankBy === "BETWEENNESS" ? Math.round((c.betweenness ?? 0) * 1000) / 1000 : c.degree,
    valueText:
      rankBy === "BETWEENNESS"
        ? `betweenness ${(c.betweenness ?? 0).toFixed(3)}`
        : `${c.degree} ${c.degree === 1 ? "connection" : "connections"}`,
    href: nodeLink(c.node.id),
  }));
}

export function centralityTable(list: readonly Centrality[]): Table {
  return [
    ["Name", "Connections (degree)", "Betweenness"],
    ...list.map((c): TableCell[] => [
      [c.node.label, nodeLink(c.node.id)],
      c.degree,
      c.betweenness === null ? null : Number(c.betweenness.toFixed(4)),
    ]),
  ];
}

/** A count per thing: its name (a link when `href` gives one) and how many resources. */
export function tallyTable(
  head: string,
  list: readonly Tally[],
  href: (t: Tally) => string | undefined,
  name: (t: Tally) => string = (t) => t.label,
): Table {
  return [
    [head, "Resources"],
    ...list.map((t): TableCell[] => {
      const to = href(t);
      return [to ? [name(t), to] : name(t), t.count];
    }),
  ];
}

/** The coverage cells as CSV rows, one per cell part, under the API's keys. */
export function coverageRows(coverage: Insights["coverage"], split: CoverageSplit): Cell[][] {
  const byKind = split === "KIND";
  return [
    ["restraint_type", "setting", byKind ? "kind" : "audience", "resources"],
    ...coverage.cells.flatMap((c) =>
      c.parts.map((p): Cell[] => [c.row, c.column, p.key || (byKind ? "not given" : "not recorded"), p.count]),
    ),
  ];
}
