import { useMemo, useState } from "react";
import { useProvenance } from "../api/provenance";
import type { GraphData } from "../graph/elements";
import { edgeLook, howLabel, humanise, isStated, nodeLook } from "../graph/visual-encoding";
import { BasisNote } from "./BasisNote";
import { NodeTypeBadge } from "./TypeIcons";
import "./ListTables.css";

type NodeSortKey = "label" | "type" | "kind" | "year" | "degree";
type SortDir = "ascending" | "descending";

interface SortState {
  key: NodeSortKey;
  dir: SortDir;
}

const COLUMNS: { key: NodeSortKey; label: string; numeric?: boolean }[] = [
  { key: "label", label: "Name" },
  { key: "type", label: "Type" },
  { key: "kind", label: "Kind" },
  { key: "year", label: "Year", numeric: true },
  { key: "degree", label: "Connections", numeric: true },
];

export interface ListTablesProps {
  data: GraphData;
  selectedId?: string;
  onSelect: (id: string) => void;
  /** Only the relationships their quote states outright (kept in the URL by the caller). */
  statedOnly?: boolean;
  onStatedOnlyChange?: (statedOnly: boolean) => void;
}

/**
 * The List tab: the same nodes and relationships as the canvas, as tables a screen reader and a
 * keyboard can use. Column headers are sort buttons (aria-sort); row selection syncs with the
 * canvas through the URL.
 */
export function ListTables({ data, selectedId, onSelect, statedOnly = false, onStatedOnlyChange }: ListTablesProps) {
  const [sort, setSort] = useState<SortState>({ key: "label", dir: "ascending" });
  const labels = useMemo(() => new Map(data.nodes.map((n) => [n.id, n.label])), [data.nodes]);
  // The drawing came without evidence; the tab asks for it once it is open.
  const nodeIds = useMemo(() => data.nodes.map((n) => n.id), [data.nodes]);
  const provenance = useProvenance(nodeIds);

  const rows = useMemo(() => {
    const sign = sort.dir === "ascending" ? 1 : -1;
    const value = (n: GraphData["nodes"][number]): string | number => {
      switch (sort.key) {
        case "label":
          return n.label;
        case "type":
          return nodeLook(n.type).label;
        case "kind":
          return n.kind ?? "";
        case "year":
          return n.year ?? -Infinity;
        case "degree":
          return n.degree;
      }
    };
    return [...data.nodes].sort((a, b) => {
      const va = value(a);
      const vb = value(b);
      const cmp = typeof va === "number" && typeof vb === "number" ? va - vb : String(va).localeCompare(String(vb));
      return cmp * sign || a.label.localeCompare(b.label);
    });
  }, [data.nodes, sort]);

  const shownEdges = useMemo(
    () =>
      data.edges
        .filter((e) => labels.has(e.source) && labels.has(e.target))
        .filter((e) => !selectedId || e.source === selectedId || e.target === selectedId),
    [data.edges, labels, selectedId],
  );
  const edges = useMemo(
    () => (statedOnly ? shownEdges.filter((e) => isStated(e.basis)) : shownEdges),
    [shownEdges, statedOnly],
  );
  const hidden = shownEdges.length - edges.length;

  const toggle = (key: NodeSortKey) =>
    setSort((s) => ({ key, dir: s.key === key && s.dir === "ascending" ? "descending" : "ascending" }));

  return (
    <div className="list-tables" data-testid="list-view">
      <table className="data-table">
        <caption>
          {data.nodes.length} {data.nodes.length === 1 ? "node" : "nodes"}
          <span className="caption-hint"> — choose a name to select it</span>
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th
                key={c.key}
                scope="col"
                aria-sort={sort.key === c.key ? sort.dir : "none"}
                className={c.numeric ? "numeric" : ""}
              >
                <button type="button" className="sort-button" onClick={() => toggle(c.key)}>
                  {c.label}
                  <span aria-hidden="true" className="sort-indicator">
                    {sort.key === c.key ? (sort.dir === "ascending" ? "▲" : "▼") : "↕"}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((n) => {
            const selected = n.id === selectedId;
            return (
              <tr key={n.id} className={selected ? "selected" : undefined} data-node-id={n.id}>
                <th scope="row">
                  <button type="button" className="row-select" aria-pressed={selected} onClick={() => onSelect(n.id)}>
                    {n.label}
                  </button>
                </th>
                <td>
                  <NodeTypeBadge type={n.type} />
                </td>
                <td>{n.kind ? humanise(n.kind) : ""}</td>
                <td className="numeric">{n.year ?? ""}</td>
                <td className="numeric">{n.degree}</td>
              </tr>
            );
          })}
        </tbody>
      </table>

      {onStatedOnlyChange && (
        <label className="stated-only">
          <input
            type="checkbox"
            checked={statedOnly}
            onChange={(e) => onStatedOnlyChange(e.target.checked)}
            data-testid="stated-only"
          />
          Stated only{" "}
          <span className="caption-hint">(hide links read from a title, inferred or general knowledge)</span>
        </label>
      )}
      <table className="data-table" data-testid="relationship-table">
        <caption>
          {edges.length} {edges.length === 1 ? "relationship" : "relationships"}
          {selectedId ? ` of ${labels.get(selectedId) ?? "the selected node"}` : ""}
          {statedOnly ? `, stated outright (${hidden} not stated hidden)` : ""}
        </caption>
        <thead>
          <tr>
            <th scope="col">From</th>
            <th scope="col">Relationship</th>
            <th scope="col">To</th>
            <th scope="col">Evidence</th>
            <th scope="col">Basis</th>
          </tr>
        </thead>
        <tbody>
          {edges.map((e) => (
            <tr key={e.id}>
              <td>{labels.get(e.source)}</td>
              <td>
                {edgeLook(e.type).forward.toLowerCase()}
                {e.how ? ` (${howLabel(e.how)})` : ""}
              </td>
              <td>{labels.get(e.target)}</td>
              <td className="evidence-cell" aria-busy={provenance === undefined}>
                {provenance?.get(e.id)?.evidence}
                {provenance?.get(e.id)?.generalKnowledge && e.basis !== "GENERAL_KNOWLEDGE" && (
                  <span className="badge general-knowledge">General knowledge</span>
                )}
              </td>
              <td className="basis-cell">
                <BasisNote edge={{ basis: e.basis, reasoning: provenance?.get(e.id)?.reasoning ?? null }} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
