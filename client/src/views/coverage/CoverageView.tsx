import { useMemo } from "react";
import { Link } from "react-router-dom";
import { useQuery } from "urql";
import { isPlainClick } from "../../components/plain-click";
import { ErrorState, LoadingState } from "../../components/StatusStates";
import { NodeTypeBadge } from "../../components/TypeIcons";
import { HEAT_SHADES, shadeFor } from "../../graph/heat-scale";
import { nodeHref } from "../../navigation/routes";
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
 * /coverage — restraint types × settings: where the resources and frameworks are, and where the
 * gaps are. Frameworks count beside resources (they address restraint types and name settings
 * themselves); every count says how many of it are frameworks.
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
        description="How many resources and frameworks address each type of restraint in each setting; a cell marked ◆ includes frameworks. Empty cells are gaps. Choose a cell to list what it counts."
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
                </tr>
              ))}
            </tbody>
          </table>
          <div className="heat-key" aria-hidden="true">
            <span>Fewer</span>
            {HEAT_SHADES.slice(1).map((shade) => (
              <span key={shade} className="heat-swatch" style={{ background: shade }} />
            ))}
            <span>More resources and frameworks</span>
            <span className="heat-gap">◆ includes frameworks</span>
            <span className="heat-gap">– none yet</span>
          </div>
        </div>
        <aside className="coverage-cell-panel surface" aria-live="polite" data-testid="coverage-cell">
          {!row || !col ? (
            <div className="detail-hint">
              <h2>Choose a cell</h2>
              <p>
                Darker cells have more resources and frameworks; ◆ marks a cell with frameworks in it, and a dash a gap
                nobody has covered yet.
              </p>
            </div>
          ) : (
            <>
              <h2>
                {rowLabel} <span className="muted">in</span> {colLabel}
              </h2>
              {cellResult.fetching && !cellResult.data && <LoadingState label="Loading resources" />}
              {!cellResult.fetching && resources.length === 0 && (
                <p className="muted">No resources or frameworks yet — a gap worth knowing about.</p>
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
