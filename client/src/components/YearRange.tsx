import { useDraft } from "../hooks/use-draft";
import "./YearRange.css";

export interface YearRangeProps {
  min: number;
  max: number;
  from: number;
  to: number;
  /** The year of every item, for the little histogram behind the range. */
  counts: readonly number[];
  onChange: (range: { from: number; to: number }) => void;
}

/**
 * A year-range brush made of two native range inputs, so it works with the keyboard (arrows,
 * Home, End, Page Up/Down) and screen readers out of the box; the bars above show how many
 * items each year has, the chosen years darker. The ends never cross: moving one past the
 * other takes it along.
 */
export function YearRange({ min, max, from: fromProp, to: toProp, counts, onChange }: YearRangeProps) {
  // Shown at once, whatever the URL's transition is doing (see useDraft).
  const [draft, setDraft] = useDraft({ from: fromProp, to: toProp }, (a, b) => a.from === b.from && a.to === b.to);
  const { from, to } = draft;
  const change = (range: { from: number; to: number }) => {
    setDraft(range);
    onChange(range);
  };
  const perYear = new Map<number, number>();
  for (const y of counts) perYear.set(y, (perYear.get(y) ?? 0) + 1);
  const most = Math.max(1, ...perYear.values());
  const years = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  const single = min === max;
  return (
    <fieldset className="year-range" data-testid="year-range">
      <legend>
        Years: <strong>{from === to ? from : `${from} to ${to}`}</strong>
      </legend>
      <div className="year-bars" aria-hidden="true">
        {years.map((y) => (
          <span
            key={y}
            className={y >= from && y <= to ? "in-range" : undefined}
            style={{ height: `${Math.round(((perYear.get(y) ?? 0) / most) * 100)}%` }}
            title={`${y}: ${perYear.get(y) ?? 0}`}
          />
        ))}
      </div>
      <div className="year-inputs">
        <label>
          From
          <input
            type="range"
            min={min}
            max={max}
            step={1}
            name="yearFrom"
            value={from}
            disabled={single}
            aria-valuetext={`from ${from}`}
            onChange={(e) => {
              const v = Number(e.target.value);
              change({ from: v, to: Math.max(v, to) });
            }}
          />
        </label>
        <label>
          To
          <input
            type="range"
            min={min}
            max={max}
            step={1}
            name="yearTo"
            value={to}
            disabled={single}
            aria-valuetext={`to ${to}`}
            onChange={(e) => {
              const v = Number(e.target.value);
              change({ from: Math.min(from, v), to: v });
            }}
          />
        </label>
        <span className="year-ends" aria-hidden="true">
          <span>{min}</span>
          <span>{max}</span>
        </span>
      </div>
    </fieldset>
  );
}
