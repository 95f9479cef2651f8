import { useRef, type KeyboardEvent, type MouseEvent } from "react";
import { isPlainClick } from "./plain-click";

export interface SegmentedOption<T extends string> {
  value: T;
  label: string;
}

export interface SegmentedProps<T extends string> {
  /** The group's accessible name ("Show as", "Direction"). */
  label: string;
  value: T;
  options: readonly SegmentedOption<T>[];
  onChange: (value: T) => void;
  /**
   * The URL each option leads to, when the choice lives in the URL: the options are then links,
   * so they work without scripts; with scripts a plain click calls onChange instead.
   */
  hrefFor?: (value: T) => string;
}

const NEXT: Record<string, 1 | -1> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/**
 * One choice of a few, shown side by side: a WAI-ARIA radio group. Tab reaches the chosen
 * option only; the arrow keys choose the next or previous one (wrapping), as radio buttons do.
 */
export function Segmented<T extends string>({ label, value, options, onChange, hrefFor }: SegmentedProps<T>) {
  const refs = useRef(new Map<T, HTMLElement>());
  const chosen = options.some((o) => o.value === value) ? value : options[0]?.value;

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === " " && hrefFor) {
      // A radio is chosen with Space; a link would only scroll the page.
      const at = options.find((o) => refs.current.get(o.value) === e.target);
      if (at) onChange(at.value);
      e.preventDefault();
      return;
    }
    const step = NEXT[e.key];
    if (!step || options.length === 0) return;
    e.preventDefault();
    const at = options.findIndex((o) => o.value === chosen);
    const next = options[(at + step + options.length) % options.length];
    if (!next) return;
    onChange(next.value);
    refs.current.get(next.value)?.focus();
  };

  return (
    <div className="segmented" role="radiogroup" aria-label={label} onKeyDown={onKeyDown}>
      {options.map((o) => {
        const common = {
          ref: (el: HTMLElement | null) => {
            if (el) refs.current.set(o.value, el);
            else refs.current.delete(o.value);
          },
          role: "radio",
          "aria-checked": o.value === chosen,
          tabIndex: o.value === chosen ? 0 : -1,
        } as const;
        if (hrefFor) {
          const onClick = (e: MouseEvent) => {
            if (!isPlainClick(e)) return;
            e.preventDefault();
            onChange(o.value);
          };
          return (
            <a key={o.value} {...common} href={hrefFor(o.value)} onClick={onClick}>
              {o.label}
            </a>
          );
        }
        return (
          <button key={o.value} {...common} type="button" onClick={() => onChange(o.value)}>
            {o.label}
          </button>
        );
      })}
    </div>
  );
}
