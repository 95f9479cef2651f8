import { useMemo, useRef, useState } from "react";
import { CITABLE_TYPES } from "../api/cite";
import { useProvenance } from "../api/provenance";
import type { GraphData } from "../graph/elements";
import { edgeLook, howLabel, humanise, isStated, nodeLook } from "../graph/visual-encoding";
import { BasisNote } from "./BasisNote";
import { CitePanel } from "./CitePanel";
import { isPlainClick } from "./plain-click";
import { OpenSetLink } from "./set/AddToSet";
import { toggleInWorkingSet, useWorkingSet } from "./set/working-set";
import { NodeTypeBadge } from "./TypeIcons";
import "./ListTables.css";
import { compareLabels } from "../graph/label-order";

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
  /** The URL that selects a node: names are links, so a reader without scripts can select too. */
  selectHref: (id: string) => string;
  /** Only the relationships their quote states outright (kept in the URL by the caller). */
  statedOnly?: boolean;
  onStatedOnlyChange?: (statedOnly: boolean) => void;
}

/**
 * The List tab: the same nodes and relationships as the canvas, as tables a screen reader and a
 * keyboard can use. Column headers are sort buttons (aria-sort); row selection syncs with the
 * canvas through the URL. Resources and legislation have a checkbox: the checked ones, or every
 * one in the view, can be cited together, and the checked ones added to the set being built.
 */
export function ListTables({
  data,
  selectedId,
  onSelect,
  selectHref,
  statedOnly = false,
  onStatedOnlyChange,
}: ListTablesProps) {
  const [sort, setSort] = useState<SortState>({ key: "label", dir: "ascending" });
  const labels = useMemo(() => new Map(data.nodes.map((n) => [n.id, n.label])), [data.nodes]);
  // The drawing came without evidence; the tab asks for it once it is open.
  const nodeIds = useMemo(() => data.nodes.map((n) => n.id), [data.nodes]);
  const provenance = useProvenance(nodeIds);
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [citing, setCiting] = useState<{ ids: string[]; what: string }>();
  const citeBarRef = useRef<HTMLDivElement>(null);
  const workingSet = useWorkingSet();

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
      const cmp = typeof va === "number" && typeof vb === "number" ? va - vb : compareLabels(String(va), String(vb));
      return cmp * sign || compareLabels(a.label, b.label);
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

  // In table order, so a reference list follows what the reader sees.
  const citable = rows.filter((n) => CITABLE_TYPES.has(n.type));
  const chosen = citable.filter((n) => checked.has(n.id));
  const check = (id: string, on: boolean) =>
    setChecked((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const closeCite = () => {
    setCiting(undefined);
    citeBarRef.current?.querySelector<HTMLButtonElement>("button:not(:disabled)")?.focus();
  };

  return (
    <div className="list-tables" data-testid="list-view">
      {citable.length > 0 && (
        <div className="cite-bar" role="group" aria-label="Cite resources" ref={citeBarRef}>
          <button
            type="button"
            className="button"
            disabled={chosen.length === 0}
            onClick={() =>
              setCiting({
                ids: chosen.map((n) => n.id),
                what: `${chosen.length} selected ${chosen.length === 1 ? "item" : "items"}`,
              })
            }
          >
            Cite selection{chosen.length > 0 ? ` (${chosen.length})` : ""}
          </button>
          <button
            type="button"
            className="button"
            onClick={() =>
              setCiting({
                ids: citable.map((n) => n.id),
                what: `all ${citable.length} ${citable.length === 1 ? "item" : "items"} in view`,
              })
            }
          >
            Cite all in view ({citable.length})
          </button>
          <button
            type="button"
            className="button"
            disabled={chosen.length === 0}
            onClick={() =>
              toggleInWorkingSet(
                chosen.map((n) => n.id),
                true,
              )
            }
            data-testid="add-ticked-to-set"
          >
            Add to set{chosen.length > 0 ? ` (${chosen.length})` : ""}
          </button>
          {workingSet.length > 0 && <OpenSetLink ids={workingSet} />}
          {chosen.length > 0 && (
            <button type="button" className="button link" onClick={() => setChecked(new Set())}>
              Clear selection
            </button>
          )}
          <span className="caption-hint">
            Tick resources and legislation below to cite just those or add them to a set.
          </span>
        </div>
      )}
      {citing && <CitePanel key={citing.ids.join(",")} ids={citing.ids} what={citing.what} onClose={closeCite} />}
      <table className="data-table">
        <caption>
          {data.nodes.length} {data.nodes.length === 1 ? "node" : "nodes"}
          <span className="caption-hint"> — choose a name to select it</span>
        </caption>
        <thead>
          <tr>
            <th scope="col" className="cite-col">
              <span className="visually-hidden">Select to cite</span>
            </th>
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
                <td className="cite-col">
                  {CITABLE_TYPES.has(n.type) && (
                    <input
                      type="checkbox"
                      checked={checked.has(n.id)}
                      onChange={(e) => check(n.id, e.target.checked)}
                      aria-label={`Select ${n.label} to cite`}
                    />
                  )}
                </td>
                <th scope="row">
                  <a
                    href={selectHref(n.id)}
                    className="row-select"
                    aria-current={selected ? "true" : undefined}
                    onClick={(e) => {
                      if (!isPlainClick(e)) return;
                      e.preventDefault();
                      onSelect(n.id);
                    }}
                  >
                    {n.label}
                  </a>
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
