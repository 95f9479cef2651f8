import { useMemo } from "react";
import { Link } from "react-router-dom";
import { useQuery } from "urql";
import { isPlainClick } from "../../components/plain-click";
import { ErrorState, LoadingState } from "../../components/StatusStates";
import { NodeTypeBadge } from "../../components/TypeIcons";
import { HEAT_SHADES, shadeFor } from "../../graph/heat-scale";
import { nodeHref, overviewWith } from "../../navigation/routes";
import { resourcesCount } from "../../navigation/facet-words";
import { NOT_RECORDED } from "../../navigation/url-state";
import { humanise } from "../../graph/visual-encoding";
import { ViewHeader } from "../../components/ViewHeader";
import { useViewState } from "../../hooks/use-view-state";
import "./CoverageView.css";
import { CoverageQuery, CellResourcesQuery } from "./operations";

/** What a count is made of, in words: "3 resources and 1 framework". */
function countedText(count: number, frameworks: number): string {
  const resources = count - frameworks;
  const parts = [
    ...(resources > 0 || frameworks === 0 ? [`${resources} ${resources === 1 ? "resource" : "resources"}`] : []),
    ...(frameworks > 0 ? [`${frameworks} ${frameworks === 1 ? "framework" : "frameworks"}`] : []),
  ];
  return parts.join(" and ");
}

/**
 * /coverage — restraint types × settings: where the resources and frameworks are. Frameworks
 * count beside resources (they address restraint types and name settings themselves); every count
 * says how many of it are frameworks. An empty cell is "nothing recorded", never a gap by itself:
 * the last column and row count each row's and column's resources whose setting or restraint type
 * is not recorded, which could fill it.
 */
export default function CoverageView() {
  const [result, reexecute] = useQuery({ query: CoverageQuery });
  const { state, update, href } = useViewState();
  const { row, column: col } = state;

  const matrix = result.data?.coverage;
  const cells = useMemo(() => new Map(matrix?.cells.map((c) => [`${c.row}|${c.column}`, c])), [matrix]);
  const max = useMemo(() => Math.max(0, ...(matrix?.cells.map((c) => c.count) ?? [])), [matrix]);
  const rowLabel = matrix?.rows.find((r) => r.id === row)?.label;
  const colLabel = matrix?.columns.find((c) => c.id === col)?.label;
  const rowUnrecorded = useMemo(() => new Map(matrix?.rowsUnrecorded.map((u) => [u.id, u.count])), [matrix]);
  const colUnrecorded = useMemo(() => new Map(matrix?.columnsUnrecorded.map((u) => [u.id, u.count])), [matrix]);
  const chosenCell = row && col ? cells.get(`${row}|${col}`) : undefined;

  const [cellResult] = useQuery({
    query: CellResourcesQuery,
    variables: { row: row ?? "", column: col ?? "" },
    pause: !row || !col,
  });
  const cell = cellResult.data?.coverageCell;
  const resources = cell?.resources ?? [];

  if (result.error && !result.data)
    return <ErrorState error={result.error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />;
  if (!matrix) return <LoadingState label="Loading coverage" />;

  const choose = (r: string, c: string) => update({ row: r, column: c }, "push");

  return (
    <>
      <ViewHeader
        title="Coverage: restraint types × settings"
        description={`How many resources and frameworks address each type of restraint in each setting; a cell marked ◆ includes frameworks. A dash means nothing is recorded there, not that none exists: ${resourcesCount(matrix.withoutRowType)} have no restraint type recorded and ${matrix.withoutColumnType} no setting; the last column and row count them. Choose a cell to list what it counts.`}
      />
      <div className="coverage-layout">
        <div className="coverage-scroll surface">
          <table className="heatmap" data-testid="coverage-matrix">
            <caption className="visually-hidden">
              Number of resources and frameworks per restraint type (rows) and setting (columns)
            </caption>
            <thead>
              <tr>
                <td />
                {matrix.columns.map((c) => (
                  <th key={c.id} scope="col">
                    <span className="col-label">{c.label}</span>
                  </th>
                ))}
                <th scope="col" className="unrecorded-head">
                  <span className="col-label">No setting recorded</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {matrix.rows.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{r.label}</th>
                  {matrix.columns.map((c) => {
                    const cell = cells.get(`${r.id}|${c.id}`);
                    const count = cell?.count ?? 0;
                    const frameworks = cell?.frameworks ?? 0;
                    const shade = shadeFor(count, max);
                    const isChosen = r.id === row && c.id === col;
                    return (
                      <td key={c.id}>
                        {/* A link to the cell's URL, so a reader without scripts can choose it too. */}
                        <a
                          href={href({ row: r.id, column: c.id })}
                          className={`heat-cell${isChosen ? " chosen" : ""}`}
                          style={shade}
                          aria-current={isChosen ? "true" : undefined}
                          aria-label={`${r.label} in ${c.label}: ${countedText(count, frameworks)}`}
                          title={count > 0 ? countedText(count, frameworks) : undefined}
                          data-row={r.id}
                          data-col={c.id}
                          data-count={count}
                          data-frameworks={frameworks}
                          onClick={(e) => {
                            if (!isPlainClick(e)) return;
                            e.preventDefault();
                            choose(r.id, c.id);
                          }}
                        >
                          {count === 0 ? "–" : count}
                          {frameworks > 0 && <span aria-hidden="true"> ◆</span>}
                        </a>
                      </td>
                    );
                  })}
                  <td>
                    <UnrecordedCell
                      count={rowUnrecorded.get(r.id) ?? 0}
                      href={overviewWith({ restraint: r.id, setting: NOT_RECORDED })}
                      label={`${r.label}: ${resourcesCount(rowUnrecorded.get(r.id) ?? 0)} with no setting recorded`}
                      axis="row"
                      id={r.id}
                    />
                  </td>
                </tr>
              ))}
              <tr className="unrecorded-row">
                <th scope="row">No restraint type recorded</th>
                {matrix.columns.map((c) => (
                  <td key={c.id}>
                    <UnrecordedCell
                      count={colUnrecorded.get(c.id) ?? 0}
                      href={overviewWith({ setting: c.id, restraint: NOT_RECORDED })}
                      label={`${c.label}: ${resourcesCount(colUnrecorded.get(c.id) ?? 0)} with no restraint type recorded`}
                      axis="column"
                      id={c.id}
                    />
                  </td>
                ))}
                <td />
              </tr>
            </tbody>
          </table>
          <div className="heat-key" aria-hidden="true">
            <span>Fewer</span>
            {HEAT_SHADES.slice(1).map((shade) => (
              <span key={shade} className="heat-swatch" style={{ background: shade }} />
            ))}
            <span>More resources and frameworks</span>
            <span className="heat-gap">◆ includes frameworks</span>
            <span className="heat-gap">– nothing recorded</span>
          </div>
        </div>
        <aside className="coverage-cell-panel surface" aria-live="polite" data-testid="coverage-cell">
          {!row || !col ? (
            <div className="detail-hint">
              <h2>Choose a cell</h2>
              <p>
                Darker cells have more resources and frameworks; ◆ marks a cell with frameworks in it. A dash means
                nothing is recorded for the pair; the last column and row count the resources whose setting or
                restraint type is not recorded, which may cover it.
              </p>
            </div>
          ) : (
            <>
              <h2>
                {rowLabel} <span className="muted">in</span> {colLabel}
              </h2>
              {cellResult.fetching && !cellResult.data && <LoadingState label="Loading resources" />}
              {!cellResult.fetching && cellResult.data && resources.length === 0 && (
                <EmptyCell
                  rowId={row}
                  columnId={col}
                  rowLabel={rowLabel ?? row}
                  colLabel={colLabel ?? col}
                  rowUnrecorded={rowUnrecorded.get(row) ?? 0}
                  colUnrecorded={colUnrecorded.get(col) ?? 0}
                />
              )}
              {chosenCell && chosenCell.count > 0 && (
                <p className="muted" data-testid="coverage-cell-counted">
                  {countedText(chosenCell.count, chosenCell.frameworks)}
                </p>
              )}
              <ul className="resource-list">
                {resources.map((n) => (
                  <li key={n.id}>
                    <Link to={nodeHref(n)}>{n.label}</Link>
                    <div className="resource-meta">
                      <NodeTypeBadge type={n.type} />
                      {n.kind && <span>{humanise(n.kind)}</span>}
                      {n.year && <span>{n.year}</span>}
                    </div>
                  </li>
                ))}
              </ul>
              {cell?.truncated && (
                <p className="muted">
                  The {resources.length.toLocaleString("en-GB")} best-connected of {cell.count.toLocaleString("en-GB")}.
                </p>
              )}
            </>
          )}
        </aside>
      </div>
    </>
  );
}

/** A count of resources no cell of the row (or column) holds, linking to them in the overview. */
function UnrecordedCell(props: { count: number; href: string; label: string; axis: "row" | "column"; id: string }) {
  if (props.count === 0) return <span className="unrecorded-cell none">0</span>;
  return (
    <Link
      to={props.href}
      className="unrecorded-cell"
      aria-label={props.label}
      data-unrecorded={props.axis}
      data-id={props.id}
      data-unrecorded-count={props.count}
    >
      {props.count}
    </Link>
  );
}

/**
 * An empty cell: "no resource recorded". Only when no resource of the row lacks a setting and
 * none of the column lacks a restraint type is it called a gap: otherwise those could fill it.
 */
function EmptyCell(props: {
  rowId: string;
  columnId: string;
  rowLabel: string;
  colLabel: string;
  rowUnrecorded: number;
  colUnrecorded: number;
}) {
  const { rowLabel, colLabel, rowUnrecorded, colUnrecorded } = props;
  return (
    <div className="empty-cell" data-testid="empty-cell">
      <p>
        <strong>No resource recorded</strong> for {rowLabel.toLowerCase()} in {colLabel.toLowerCase()}.
      </p>
      {rowUnrecorded + colUnrecorded > 0 ? (
        <p>
          That is not yet a gap:{" "}
          {colUnrecorded > 0 && (
            <>
              <Link to={overviewWith({ setting: props.columnId, restraint: NOT_RECORDED })}>
                {resourcesCount(colUnrecorded)} for {colLabel.toLowerCase()}
              </Link>{" "}
              {colUnrecorded === 1 ? "has" : "have"} no restraint type recorded
            </>
          )}
          {colUnrecorded > 0 && rowUnrecorded > 0 && ", and "}
          {rowUnrecorded > 0 && (
            <>
              <Link to={overviewWith({ restraint: props.rowId, setting: NOT_RECORDED })}>
                {resourcesCount(rowUnrecorded)} about {rowLabel.toLowerCase()}
              </Link>{" "}
              {rowUnrecorded === 1 ? "has" : "have"} no setting recorded
            </>
          )}
          ; any of them may cover it.
        </p>
      ) : (
        <p>
          Every resource for {colLabel.toLowerCase()} has a restraint type recorded and every one about{" "}
          {rowLabel.toLowerCase()} a setting, so this is a gap in the bank as recorded.
        </p>
      )}
    </div>
  );
}
