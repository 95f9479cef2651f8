import { scaleBand, scaleLinear } from "d3-scale";
import type { MouseEvent } from "react";
import { useNavigate } from "react-router-dom";
import "./BarChart.css";

export interface Bar {
  key: string;
  label: string;
  value: number;
  /** Where the bar leads (a filtered overview, a node); no link when absent. */
  href?: string;
  /** Words for the value in the bar's accessible name: "7 resources". */
  valueText: string;
}

export interface BarChartProps {
  bars: readonly Bar[];
  /** The chart's accessible name (the figure's title). */
  label: string;
  /** Bars left to right by year, or top to bottom by category. */
  orientation?: "horizontal" | "vertical";
  colour?: string;
}

const WIDTH = 640;
const BAR = 22;
const GAP = 6;
const LABEL_WIDTH = 230;
const VALUE_ROOM = 40;
const MAX_LABEL = 34;

const shorten = (text: string) => (text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text);

/** Whole-number ticks for counts: d3's nice ticks, without fractions for small maxima. */
function countTicks(max: number): number[] {
  return scaleLinear()
    .domain([0, max])
    .nice()
    .ticks(Math.min(5, Math.max(1, max)))
    .filter(Number.isInteger);
}

/**
 * A bar chart drawn as SVG with d3-scale (scales and ticks only; React draws). Every bar is a
 * link with an accessible name ("Toolkit: 7 resources") and its value written at its end, so
 * nothing depends on reading lengths or colours; the view offers the same data as a table.
 */
export function BarChart({ bars, label, orientation = "horizontal", colour = "var(--accent)" }: BarChartProps) {
  const navigate = useNavigate();
  const max = Math.max(1, ...bars.map((b) => b.value));
  const follow = (href: string) => (e: MouseEvent) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    void navigate(href);
  };

  const barShape = (
    b: Bar,
    x: number,
    y: number,
    w: number,
    h: number,
    text: { x: number; y: number; anchor: "start" | "middle" | "end" },
  ) => {
    const body = (
      <>
        <rect x={x} y={y} width={Math.max(w, b.value > 0 ? 2 : 0)} height={h} rx={2} fill={colour} />
        <text x={text.x} y={text.y} textAnchor={text.anchor} className="bar-value">
          {b.value}
        </text>
      </>
    );
    return b.href ? (
      <a
        key={b.key}
        href={b.href}
        className="bar-link"
        aria-label={`${b.label}: ${b.valueText}`}
        onClick={follow(b.href)}
        data-key={b.key}
      >
        {body}
      </a>
    ) : (
      <g key={b.key} role="img" aria-label={`${b.label}: ${b.valueText}`}>
        {body}
      </g>
    );
  };

  if (orientation === "vertical") {
    const height = 220;
    const top = 18;
    const bottom = 28;
    const left = 36;
    const x = scaleBand<string>()
      .domain(bars.map((b) => b.key))
      .range([left, WIDTH - 8])
      .padding(0.2);
    const y = scaleLinear()
      .domain([0, max])
      .nice()
      .range([height - bottom, top]);
    const every = Math.ceil(bars.length / 16);
    return (
      <svg className="bar-chart" viewBox={`0 0 ${WIDTH} ${height}`} role="group" aria-label={label}>
        {countTicks(max).map((t) => (
          <g key={t} className="tick" aria-hidden="true">
            <line x1={left} x2={WIDTH - 8} y1={y(t)} y2={y(t)} />
            <text x={left - 6} y={y(t) + 4} textAnchor="end">
              {t}
            </text>
          </g>
        ))}
        {bars.map((b, i) => {
          const bx = x(b.key) ?? 0;
          const by = y(b.value);
          return (
            <g key={b.key}>
              {barShape(b, bx, by, x.bandwidth(), height - bottom - by, {
                x: bx + x.bandwidth() / 2,
                y: by - 4,
                anchor: "middle",
              })}
              {i % every === 0 && (
                <text x={bx + x.bandwidth() / 2} y={height - bottom + 16} textAnchor="middle" aria-hidden="true">
                  {b.label}
                </text>
              )}
            </g>
          );
        })}
      </svg>
    );
  }

  const height = bars.length * (BAR + GAP) + 24;
  const x = scaleLinear()
    .domain([0, max])
    .nice()
    .range([LABEL_WIDTH, WIDTH - VALUE_ROOM]);
  return (
    <svg className="bar-chart" viewBox={`0 0 ${WIDTH} ${height}`} role="group" aria-label={label}>
      {countTicks(max).map((t) => (
        <g key={t} className="tick" aria-hidden="true">
          <line x1={x(t)} x2={x(t)} y1={0} y2={height - 20} />
          <text x={x(t)} y={height - 6} textAnchor="middle">
            {t}
          </text>
        </g>
      ))}
      {bars.map((b, i) => {
        const y = i * (BAR + GAP);
        return (
          <g key={b.key}>
            <text x={LABEL_WIDTH - 8} y={y + BAR / 2 + 4} textAnchor="end" className="bar-label" aria-hidden="true">
              <title>{b.label}</title>
              {shorten(b.label)}
            </text>
            {barShape(b, LABEL_WIDTH, y, x(b.value) - LABEL_WIDTH, BAR, {
              x: x(b.value) + 6,
              y: y + BAR / 2 + 4,
              anchor: "start",
            })}
          </g>
        );
      })}
    </svg>
  );
}
