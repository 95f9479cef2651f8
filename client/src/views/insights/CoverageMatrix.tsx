import { Link } from "react-router-dom";
import { kindFamily } from "../../graph/kind-colours";
import { NOT_RECORDED } from "../../navigation/url-state";
import { routes } from "../../navigation/routes";
import {
  FRAMEWORK_PART,
  kindLabel,
  overviewWith,
  resources,
  resourcesOrFrameworks,
  type Insights,
} from "./insight-data";

/** A categorical palette for audiences (Okabe–Ito, darkened for 3:1 on white), names always beside it. */
const AUDIENCE_COLOURS = ["#0072B2", "#B06A00", "#009E73", "#CC79A7", "#D55E00", "#6A5ACD", "#5B7A8C", "#8A6D3B"];

/** Restraint types × settings, each cell split by kind or audience (or, as a table, one row per part). */
export function CoverageMatrix({ coverage, asTable }: { coverage: Insights["coverage"]; asTable: boolean }) {
  const byKind = coverage.splitBy === "KIND";
  const colourOf = new Map(
    coverage.parts.map((p, i) => [
      p.key,
      byKind ? kindFamily(p.key).colour : p.key === "" ? "#888888" : AUDIENCE_COLOURS[i % AUDIENCE_COLOURS.length],
    ]),
  );
  const partName = (p: { key: string; label: string }) =>
    byKind ? kindLabel(p.key) : p.key === "" ? "No audience recorded" : p.label;
  const rowName = new Map(coverage.rows.map((r) => [r.key, r.label]));
  const columnName = new Map(coverage.columns.map((c) => [c.key, c.label]));
  const cells = new Map(coverage.cells.map((c) => [`${c.row}|${c.column}`, c]));
  const rowUnrecorded = new Map(coverage.rowsUnrecorded.map((u) => [u.key, u.count]));
  const columnUnrecorded = new Map(coverage.columnsUnrecorded.map((u) => [u.key, u.count]));
  // Resources no cell holds: a row's with no setting recorded, a column's with no restraint type.
  const unrecordedLink = (count: number, facets: Record<string, string>, label: string, axis: string) =>
    count > 0 ? (
      <Link to={overviewWith(facets)} className="cell-total" aria-label={label} data-unrecorded={axis}>
        {count}
      </Link>
    ) : (
      <span className="muted">0</span>
    );
  // The overview lists resources only: a whole cell, and its frameworks, open the coverage view's
  // list of that cell, which holds exactly what the cell counts.
  const link = (row: string, column: string, part?: string) =>
    part === undefined || (byKind && part === FRAMEWORK_PART)
      ? `${routes.coverage()}?${new URLSearchParams({ row, col: column }).toString()}`
      : overviewWith({
          restraint: row,
          setting: column,
          ...(part ? { [byKind ? "kind" : "audience"]: part } : {}),
        });

  if (asTable) {
    return (
      <table className="data-table">
        <caption className="visually-hidden">
          Resources and frameworks per restraint type, setting and {byKind ? "kind" : "audience"}
        </caption>
        <thead>
          <tr>
            <th scope="col">Restraint type</th>
            <th scope="col">Setting</th>
            <th scope="col">{byKind ? "Kind" : "Audience"}</th>
            <th scope="col">Resources and frameworks</th>
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
          Resources and frameworks per restraint type (rows) and setting (columns), each cell split by{" "}
          {byKind ? "kind" : "audience"}
        </caption>
        <thead>
          <tr>
            <td />
            {coverage.columns.map((c) => (
              <th key={c.key} scope="col">
                {c.label}
              </th>
            ))}
            <th scope="col" className="unrecorded-head">
              No setting recorded
            </th>
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
                          aria-label={`${r.label} in ${c.label}: ${resourcesOrFrameworks(cell.count)}`}
                        >
                          {cell.count}
                        </Link>
                        <ul className="cell-parts">
                          {cell.parts.map((p) => (
                            <li key={p.key}>
                              <Link
                                to={link(r.key, c.key, p.key || undefined)}
                                aria-label={`${r.label} in ${c.label}, ${partName(p)}: ${resourcesOrFrameworks(p.count)}`}
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
                      <span aria-label={`${r.label} in ${c.label}: no resource or framework recorded`}>–</span>
                    )}
                  </td>
                );
              })}
              <td className="unrecorded">
                {unrecordedLink(
                  rowUnrecorded.get(r.key) ?? 0,
                  { restraint: r.key, setting: NOT_RECORDED },
                  `${r.label}: ${resources(rowUnrecorded.get(r.key) ?? 0)} with no setting recorded`,
                  "row",
                )}
              </td>
            </tr>
          ))}
          <tr className="unrecorded-row">
            <th scope="row">No restraint type recorded</th>
            {coverage.columns.map((c) => (
              <td key={c.key} className="unrecorded">
                {unrecordedLink(
                  columnUnrecorded.get(c.key) ?? 0,
                  { setting: c.key, restraint: NOT_RECORDED },
                  `${c.label}: ${resources(columnUnrecorded.get(c.key) ?? 0)} with no restraint type recorded`,
                  "column",
                )}
              </td>
            ))}
            <td />
          </tr>
        </tbody>
      </table>
    </div>
  );
}
