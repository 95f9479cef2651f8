import { useRef, type KeyboardEvent } from "react";

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
}

const NEXT: Record<string, 1 | -1> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/**
 * One choice of a few, shown side by side: a WAI-ARIA radio group. Tab reaches the chosen
 * option only; the arrow keys choose the next or previous one (wrapping), as radio buttons do.
 */
export function Segmented<T extends string>({ label, value, options, onChange }: SegmentedProps<T>) {
  const refs = useRef(new Map<T, HTMLButtonElement>());
  const chosen = options.some((o) => o.value === value) ? value : options[0]?.value;

  const onKeyDown = (e: KeyboardEvent) => {
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
      {options.map((o) => (
        <button
          key={o.value}
          ref={(el) => {
            if (el) refs.current.set(o.value, el);
            else refs.current.delete(o.value);
          }}
          type="button"
          role="radio"
          aria-checked={o.value === chosen}
          tabIndex={o.value === chosen ? 0 : -1}
          onClick={() => onChange(o.value)}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}
