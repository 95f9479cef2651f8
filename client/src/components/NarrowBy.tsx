import { useFacetOptions } from "../api/facet-options";
import { FACET_PARAMS, NOT_RECORDED, type Facets } from "../navigation/url-state";
import { GetForm } from "./GetForm";
import "./NarrowBy.css";
import { compareLabels } from "../graph/label-order";

type NarrowFacet = "restraintTypes" | "settings" | "jurisdictions";

const FIELDS: { facet: NarrowFacet; label: string }[] = [
  { facet: "restraintTypes", label: "Restraint type" },
  { facet: "settings", label: "Setting" },
  { facet: "jurisdictions", label: "Jurisdiction" },
];

/** Single-choice narrowing for the organisation view: "…only their resources on seclusion". */
export function NarrowBy({ facets, onChange }: { facets: Facets; onChange: (patch: Partial<Facets>) => void }) {
  const [options] = useFacetOptions();
  return (
    <GetForm
      fields={FIELDS.map(({ facet }) => FACET_PARAMS[facet])}
      className="narrow-by"
      aria-label="Narrow resources"
      data-testid="narrow-by"
    >
      <span className="narrow-title">Narrow to</span>
      {FIELDS.map(({ facet, label }) => {
        const choices = [...(options.data?.[facet].nodes ?? [])].sort((a, b) => compareLabels(a.label, b.label));
        return (
          <label key={facet} className="narrow-field">
            <span>{label}</span>
            <select
              name={FACET_PARAMS[facet]}
              value={facets[facet][0] ?? ""}
              onChange={(e) => onChange({ [facet]: e.target.value ? [e.target.value] : [] })}
            >
              <option value="">Any</option>
              {choices.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
              {/* Its resources with none recorded: "not recorded" is a value to look at, not "none". */}
              <option value={NOT_RECORDED}>Not recorded</option>
            </select>
          </label>
        );
      })}
    </GetForm>
  );
}
