import { useId, type ReactNode } from "react";
import { Link } from "react-router-dom";
import { csv } from "../../export/csv";
import { downloadFile } from "../../export/download-file";
import type { Cell, Table } from "./insight-data";

interface FigureProps {
  id: string;
  title: string;
  note?: ReactNode;
  asTable: boolean;
  chart: ReactNode;
  table: Table;
  controls?: ReactNode;
}

function downloadCsv(name: string, rows: Cell[][]): void {
  downloadFile(`rrn-insights-${name}.csv`, new Blob([csv(rows)], { type: "text/csv" }));
}

/**
 * One plot: its title, the chart or (chosen at the top of the view) the same numbers as a
 * table, and the data as CSV. Bars and table rows link to what they count.
 */
export function Figure({ id, title, note, asTable, chart, table, controls }: FigureProps) {
  const headingId = useId();
  const [head = [], ...body] = table;
  const plain = table.map((row) => row.map((c) => (Array.isArray(c) ? c[0] : c)));
  return (
    <section className="insight surface" aria-labelledby={headingId} data-figure={id}>
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
