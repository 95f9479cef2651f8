import { humanise } from "../../graph/visual-encoding";
import type { FieldSpec, FieldValue, FieldValues } from "../node-fields";
import "./NodeFields.css";

interface Props {
  fields: readonly FieldSpec[];
  values: FieldValues;
  onChange: (key: string, value: FieldValue) => void;
  /** Unique per form, so two forms on a page never share ids. */
  idPrefix: string;
  /** Problems by field key, shown under the field and announced with it. */
  problems: Readonly<Record<string, string>>;
}

/** One labelled control per model property: text, long text, year, link, list, kind, flag. */
export function NodeFields({ fields, values, onChange, idPrefix, problems }: Props) {
  const factOptions = fields.filter((f) => f.kind !== "facts" && f.kind !== "flag");
  return (
    <>
      {fields.map((field) => {
        const id = `${idPrefix}-${field.key}`;
        const problem = problems[field.key];
        const describedBy = [field.hint ? `${id}-hint` : "", problem ? `${id}-problem` : ""].filter(Boolean).join(" ");
        const common = {
          id,
          "aria-invalid": problem ? true : undefined,
          "aria-describedby": describedBy || undefined,
        };
        const value = values[field.key];
        const text = typeof value === "string" ? value : "";
        const list = Array.isArray(value) ? value : [];
        if (field.kind === "flag") {
          return (
            <div key={field.key} className="check-field">
              <input
                type="checkbox"
                {...common}
                checked={value === true}
                onChange={(e) => onChange(field.key, e.target.checked)}
              />
              <label htmlFor={id}>{field.label}</label>
            </div>
          );
        }
        if (field.kind === "facts") {
          return (
            <fieldset key={field.key} className="facts-field" aria-describedby={field.hint ? `${id}-hint` : undefined}>
              <legend>{field.label}</legend>
              {field.hint && (
                <p id={`${id}-hint`} className="field-hint">
                  {field.hint}
                </p>
              )}
              <div className="facts-options">
                {factOptions.map((option) => (
                  <div key={option.key} className="check-field">
                    <input
                      type="checkbox"
                      id={`${id}-${option.key}`}
                      checked={list.includes(option.key)}
                      onChange={(e) =>
                        onChange(
                          field.key,
                          e.target.checked ? [...list, option.key] : list.filter((k) => k !== option.key),
                        )
                      }
                    />
                    <label htmlFor={`${id}-${option.key}`}>{option.label}</label>
                  </div>
                ))}
              </div>
            </fieldset>
          );
        }
        return (
          <div key={field.key}>
            <label className="field-label" htmlFor={id}>
              {field.label}
              {field.required && <span className="required-mark"> (required)</span>}
            </label>
            {field.kind === "choice" ? (
              <select
                {...common}
                value={text}
                required={field.required}
                onChange={(e) => onChange(field.key, e.target.value)}
              >
                <option value="">Choose…</option>
                {(field.options ?? []).map((o) => (
                  <option key={o} value={o}>
                    {humanise(o)}
                  </option>
                ))}
              </select>
            ) : field.kind === "longtext" ? (
              <textarea {...common} rows={4} value={text} onChange={(e) => onChange(field.key, e.target.value)} />
            ) : field.kind === "list" ? (
              <textarea
                {...common}
                rows={2}
                value={list.join("\n")}
                onChange={(e) => onChange(field.key, e.target.value.split("\n"))}
              />
            ) : (
              <input
                {...common}
                type={field.kind === "url" ? "url" : "text"}
                inputMode={field.kind === "year" ? "numeric" : field.kind === "url" ? "url" : undefined}
                placeholder={field.kind === "url" ? "https://…" : undefined}
                value={text}
                onChange={(e) => onChange(field.key, e.target.value)}
              />
            )}
            {field.hint && (
              <p id={`${id}-hint`} className="field-hint">
                {field.hint}
              </p>
            )}
            {problem && (
              <p id={`${id}-problem`} className="field-problem">
                {problem}
              </p>
            )}
          </div>
        );
      })}
    </>
  );
}
