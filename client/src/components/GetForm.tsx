import type { ReactNode } from "react";
import { useLocation, useSearchParams } from "react-router-dom";

export interface GetFormProps {
  /** The query parameters this form's own fields send; every other current one rides along hidden. */
  fields: readonly string[];
  /** Where the form goes; the current page by default. */
  action?: string;
  /** The no-script submit button's text. */
  submit?: string;
  className?: string;
  "aria-label"?: string;
  role?: "search";
  "data-testid"?: string;
  children: ReactNode;
}

/**
 * A form whose fields are URL state: with scripts its controls write the URL as they change (the
 * form never submits); without scripts it is a plain GET form with an Apply button, so the
 * browser asks the server for the same URL the script would have written. The URL's other
 * parameters are kept as hidden fields, because a GET form replaces the whole query string.
 */
export function GetForm({
  fields,
  action,
  submit = "Apply",
  className,
  role,
  children,
  "aria-label": label,
  "data-testid": testId,
}: GetFormProps) {
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const kept = [...params].filter(([key]) => !fields.includes(key));
  return (
    <form
      method="get"
      action={action ?? pathname}
      className={className}
      role={role}
      aria-label={label}
      data-testid={testId}
      onSubmit={(e) => e.preventDefault()}
    >
      {kept.map(([key, value], i) => (
        <input key={`${key}-${i}`} type="hidden" name={key} value={value} />
      ))}
      {children}
      {/* Scripts apply each change at once; without them the reader applies the lot. */}
      <noscript>
        <button type="submit" className="button">
          {submit}
        </button>
      </noscript>
    </form>
  );
}
