import { useState } from "react";
import { useFacetOptions } from "../api/facet-options";
import type { NodeType } from "../__generated__/graphql";
import {
  EMPTY_FACETS,
  FACET_PARAMS,
  hasActiveFacets,
  NOT_RECORDED,
  type Facets,
  type ListFacet,
} from "../navigation/url-state";
import { KNOWN_KINDS } from "../graph/kind-colours";
import { humanise, NODE_TYPES, nodeLook } from "../graph/visual-encoding";
import { GetForm } from "./GetForm";
import { NodeShapeIcon } from "./TypeIcons";
import "./FacetPanel.css";
import { compareLabels } from "../graph/label-order";

export interface FacetPanelProps {
  facets: Facets;
  onChange: (patch: Partial<Facets>) => void;
  /** The node-type checkboxes; off where only resources are drawn (the timeline). */
  showTypes?: boolean;
  /** The year fields; off where the view has its own year control (the timeline's range). */
  showYears?: boolean;
}

function toggle<T extends string>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

/** The URL parameters this panel's fields send (see GetForm). */
const FIELDS = [...Object.values(FACET_PARAMS), "yearFrom", "yearTo"];

function CheckboxGroup({
  name,
  legend,
  options,
  chosen,
  onToggle,
}: {
  /** The URL parameter the checked boxes send without scripts. */
  name: string;
  legend: string;
  options: { id: string; label: string }[];
  chosen: readonly string[];
  onToggle: (id: string) => void;
}) {
  // Open with something chosen, and then as the reader leaves it: un-ticking the last box must not
  // fold the group away from under the focus. A URL that brings choices in opens it again.
  const [open, setOpen] = useState(chosen.length > 0);
  const [chosenBefore, setChosenBefore] = useState(chosen.length);
  if (chosen.length !== chosenBefore) {
    setChosenBefore(chosen.length);
    if (chosenBefore === 0 && !open) setOpen(true);
  }
  return (
    <details className="facet" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {legend}
        {chosen.length > 0 && <span className="count">{chosen.length}</span>}
      </summary>
      <fieldset>
        <legend className="visually-hidden">{legend}</legend>
        {options.map((o) => (
          <label key={o.id} className="check">
            <input
              type="checkbox"
              name={name}
              value={o.id}
              checked={chosen.includes(o.id)}
              onChange={() => onToggle(o.id)}
            />
            {o.label}
          </label>
        ))}
      </fieldset>
    </details>
  );
}

function YearField({
  name,
  label,
  value,
  onYear,
}: {
  name: "yearFrom" | "yearTo";
  label: string;
  value: number | undefined;
  onYear: (year: number | undefined) => void;
}) {
  return (
    <label>
      {label}
      <input
        type="number"
        name={name}
        inputMode="numeric"
        min={1950}
        max={2100}
        defaultValue={value ?? ""}
        // Commit only whole years (or clearing), so typing "20…" doesn't refetch each key.
        onChange={(e) => {
          const v = e.target.value;
          if (v === "" || v.length === 4) onYear(v ? Number(v) : undefined);
        }}
      />
    </label>
  );
}

/** Narrow the overview: all chosen facets must hold; options within one facet are alternatives. */
export function FacetPanel({ facets, onChange, showTypes = true, showYears = true }: FacetPanelProps) {
  const [options] = useFacetOptions();
  // Each id facet ends with "Not recorded": the resources with no value of it, so a reader can
  // see what an empty or short answer leaves out (an alternative like any other value).
  const sorted = (nodes: { id: string; label: string }[] | undefined) =>
    nodes
      ? [...[...nodes].sort((a, b) => compareLabels(a.label, b.label)), { id: NOT_RECORDED, label: "Not recorded" }]
      : [];
  const groups: { facet: ListFacet; legend: string; options: { id: string; label: string }[] }[] = [
    { facet: "restraintTypes", legend: "Restraint type", options: sorted(options.data?.restraintTypes.nodes) },
    { facet: "settings", legend: "Setting", options: sorted(options.data?.settings.nodes) },
    { facet: "audiences", legend: "Audience", options: sorted(options.data?.audiences.nodes) },
    { facet: "jurisdictions", legend: "Jurisdiction", options: sorted(options.data?.jurisdictions.nodes) },
    {
      facet: "organisations",
      legend: "Organisation",
      options: sorted(options.data?.organisations.nodes.filter((o) => o.degree > 1)),
    },
    { facet: "kinds", legend: "Kind of resource", options: KNOWN_KINDS.map((k) => ({ id: k, label: humanise(k) })) },
  ];

  return (
    <GetForm fields={FIELDS} className="facet-panel surface" aria-label="Filters" data-testid="facets">
      <div className="facet-head">
        <h2>Filter</h2>
        {/* Always in place, unseen while nothing is chosen: appearing, it made the row a pixel
            taller and moved every box below it under the reader's pointer. */}
        <button
          type="button"
          className={hasActiveFacets(facets) ? "button link" : "button link facet-clear-idle"}
          disabled={!hasActiveFacets(facets)}
          aria-hidden={!hasActiveFacets(facets)}
          onClick={() => onChange({ ...EMPTY_FACETS, yearFrom: undefined, yearTo: undefined })}
        >
          Clear all
        </button>
      </div>
      <details className="facet" open hidden={!showTypes}>
        <summary>
          Show
          {facets.types.length > 0 && <span className="count">{facets.types.length}</span>}
        </summary>
        <fieldset>
          <legend className="visually-hidden">Node types to show</legend>
          {NODE_TYPES.map((t: NodeType) => (
            <label key={t} className="check">
              <input
                type="checkbox"
                name={FACET_PARAMS.types}
                value={t}
                checked={facets.types.includes(t)}
                onChange={() => onChange({ types: toggle(facets.types, t) })}
              />
              <NodeShapeIcon type={t} size={14} />
              {nodeLook(t).plural}
            </label>
          ))}
        </fieldset>
      </details>
      {groups.map((g) => (
        <CheckboxGroup
          key={g.facet}
          name={FACET_PARAMS[g.facet]}
          legend={g.legend}
          options={g.options}
          chosen={facets[g.facet]}
          onToggle={(id) => onChange({ [g.facet]: toggle(facets[g.facet], id) })}
        />
      ))}
      <fieldset className="facet years" hidden={!showYears}>
        <legend>Year</legend>
        <YearField name="yearFrom" label="From" value={facets.yearFrom} onYear={(yearFrom) => onChange({ yearFrom })} />
        <YearField name="yearTo" label="To" value={facets.yearTo} onYear={(yearTo) => onChange({ yearTo })} />
      </fieldset>
    </GetForm>
  );
}
