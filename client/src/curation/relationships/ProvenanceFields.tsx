import type { RelationshipType } from "../../__generated__/graphql";
import { useState } from "react";
import {
  BASIS_CHOICES,
  GENERAL_KNOWLEDGE,
  HOW_CHOICES,
  MAX_EVIDENCE_LENGTH,
  MAX_REASONING_LENGTH,
  withBasis,
  type Provenance,
} from "./provenance";

interface Props {
  type: RelationshipType | null;
  value: Provenance;
  onChange: (value: Provenance) => void;
  idPrefix: string;
  problems: Partial<Record<keyof Provenance, string>>;
}

/** How it derives (DERIVES_FROM), the quote, its source, how the quote supports it, and why when inferred. */
export function ProvenanceFields({ type, value, onChange, idPrefix, problems }: Props) {
  // The page source typed last, brought back when the basis moves off general knowledge.
  const [pageSource, setPageSource] = useState(value.source === GENERAL_KNOWLEDGE ? "" : value.source);
  const set = (patch: Partial<Provenance>) => onChange({ ...value, ...patch });
  const attrs = (key: keyof Provenance, hint?: boolean) => {
    const id = `${idPrefix}-${key}`;
    const describedBy = [hint ? `${id}-hint` : "", problems[key] ? `${id}-problem` : ""].filter(Boolean).join(" ");
    return { id, "aria-invalid": problems[key] ? true : undefined, "aria-describedby": describedBy || undefined };
  };
  const problem = (key: keyof Provenance) =>
    problems[key] && (
      <p id={`${idPrefix}-${key}-problem`} className="field-problem">
        {problems[key]}
      </p>
    );
  return (
    <>
      {type === "DERIVES_FROM" && (
        <div>
          <label className="field-label" htmlFor={`${idPrefix}-how`}>
            How it derives
          </label>
          <select
            {...attrs("how", true)}
            value={value.how}
            onChange={(e) => set({ how: HOW_CHOICES.find((c) => c.value === e.target.value)?.value ?? "" })}
          >
            <option value="">Choose…</option>
            {HOW_CHOICES.map((c) => (
              <option key={c.value} value={c.value}>
                {c.text}
              </option>
            ))}
          </select>
          <p id={`${idPrefix}-how-hint`} className="field-hint">
            {HOW_CHOICES.find((c) => c.value === value.how)?.meaning ?? "How the resource comes from the other end."}
          </p>
          {problem("how")}
        </div>
      )}
      <div>
        <label className="field-label" htmlFor={`${idPrefix}-evidence`}>
          Evidence (the sentence, quoted exactly)
        </label>
        <textarea
          {...attrs("evidence", true)}
          rows={2}
          maxLength={MAX_EVIDENCE_LENGTH}
          value={value.evidence}
          onChange={(e) => set({ evidence: e.target.value })}
        />
        <p id={`${idPrefix}-evidence-hint`} className="field-hint">
          At most {MAX_EVIDENCE_LENGTH} characters, word for word from the source.
        </p>
        {problem("evidence")}
      </div>
      <div>
        <label className="field-label" htmlFor={`${idPrefix}-source`}>
          Source (web address or document)
        </label>
        <input
          {...attrs("source")}
          value={value.source}
          readOnly={value.basis === "GENERAL_KNOWLEDGE"}
          onChange={(e) => {
            set({ source: e.target.value });
            setPageSource(e.target.value);
          }}
        />
        {problem("source")}
      </div>
      <div>
        <label className="field-label" htmlFor={`${idPrefix}-basis`}>
          How the quote supports it
        </label>
        <select
          {...attrs("basis", true)}
          value={value.basis}
          onChange={(e) => {
            const basis = BASIS_CHOICES.find((c) => c.value === e.target.value)?.value;
            if (basis) onChange(withBasis(value, basis, pageSource));
          }}
        >
          {BASIS_CHOICES.map((c) => (
            <option key={c.value} value={c.value}>
              {c.text}
            </option>
          ))}
        </select>
        <p id={`${idPrefix}-basis-hint`} className="field-hint">
          {BASIS_CHOICES.find((c) => c.value === value.basis)?.meaning}
        </p>
        {problem("basis")}
      </div>
      {value.basis === "INFERRED" && (
        <div>
          <label className="field-label" htmlFor={`${idPrefix}-reasoning`}>
            Why the quote supports it (one line, your own words)
          </label>
          <input
            {...attrs("reasoning")}
            maxLength={MAX_REASONING_LENGTH}
            value={value.reasoning}
            onChange={(e) => set({ reasoning: e.target.value.replace(/\n/g, " ") })}
          />
          {problem("reasoning")}
        </div>
      )}
    </>
  );
}
