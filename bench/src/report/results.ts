import type { ImportComparison } from "../measure/import.js";
import type { LoadResult } from "../measure/load.js";
import type { QueryMeasurement } from "../measure/queries.js";
import type { UiMeasurement } from "../measure/ui.js";
import type { BundleSizes } from "../measure/bundle.js";
import type { ReadMeasurement } from "../measure/read.js";

/** Everything one run measured, before it is shaped into the report. */
export interface RunData {
  date: string;
  machine: string;
  mode: "quick" | "full" | "partial";
  sizes: number[];
  /** Load average at start and end: the machine is shared, so the numbers are noisy. */
  loadAverage: { start: number[]; end: number[] };
  durationSec: number;
  queries: QueryMeasurement[];
  imports: ImportComparison[];
  loadSize: number;
  ui: UiMeasurement[];
  uiSize: number;
  load: LoadResult[];
  bundle: BundleSizes;
  counts: Record<string, { nodes: number; relationships: number; importSec: number; relsPerSec: number }>;
  /** The read path on the seed graph; absent when the section failed. */
  read?: ReadMeasurement;
}

/** The comparable shape (bench/results/latest.json), with detail kept alongside. */
export function toReportJson(run: RunData): Record<string, unknown> {
  const largest = Math.max(...run.sizes);
  const names = [...new Set(run.queries.map((q) => q.name))];
  const queries = Object.fromEntries(
    names.map((name) => {
      const bySize = run.queries.filter((q) => q.name === name);
      const top = bySize.find((q) => q.size === largest)!;
      const smallest = bySize.reduce((a, b) => (b.size < a.size ? b : a));
      // p50 per returned element at the largest size over the same at the smallest: 1 when a
      // query's cost grows only with its answer.
      const perElement = (q: QueryMeasurement) => (q.elements > 0 ? q.graphql.p50 / q.elements : Number.NaN);
      return [
        name,
        {
          size: largest,
          graphqlP50Ms: top.graphql.p50,
          rawP50Ms: top.raw.p50,
          ratio: top.ratio,
          p50BySize: Object.fromEntries(bySize.map((q) => [String(q.size), q.graphql.p50])),
          rawP50BySize: Object.fromEntries(bySize.map((q) => [String(q.size), q.raw.p50])),
          graphqlP95Ms: top.graphql.p95,
          rawP95Ms: top.raw.p95,
          addedMs: top.addedMs,
          repetitions: top.graphql.n,
          elementsBySize: Object.fromEntries(bySize.map((q) => [String(q.size), q.elements])),
          perElementGrowth:
            smallest.size === top.size ? null : Math.round((perElement(top) / perElement(smallest)) * 100) / 100,
        },
      ];
    }),
  );
  const imp = run.imports.at(-1);
  return {
    date: run.date,
    machine: run.machine,
    mode: run.mode,
    queries,
    import: imp
      ? {
          projectRelsPerSec: Math.round(imp.project.relsPerSec),
          baselineRelsPerSec: Math.round(imp.baseline.relsPerSec),
          ratio: Math.round(imp.ratio * 100) / 100,
          size: imp.size,
          relationships: imp.relationships,
        }
      : null,
    ui: Object.fromEntries(
      run.ui.map((u) => [
        String(u.target),
        {
          appMs: u.app.p50,
          bareMs: u.bare.p50,
          ratio: u.ratio,
          elements: u.elements,
          nodes: u.nodes,
          appP95Ms: u.app.p95,
          bareP95Ms: u.bare.p95,
          ...(u.frameP50Ms !== undefined ? { frameP50Ms: u.frameP50Ms } : {}),
          ...(u.webgl ? { webgl: u.webgl } : {}),
          phasesP50Ms: u.phases,
        },
      ]),
    ),
    load: Object.fromEntries(
      run.load.map((l) => [String(l.connections), { rps: l.rps, p99Ms: l.p99Ms, errors: l.errors, p50Ms: l.p50Ms }]),
    ),
    bundle: { initialGzipBytes: run.bundle.initialGzipBytes, chunks: run.bundle.chunks, initial: run.bundle.initial },
    read: run.read
      ? {
          ...run.read,
          // UI time to a drawn graph vs bare Cytoscape, from section d (same measurement).
          ui: Object.fromEntries(
            run.ui.map((u) => [String(u.target), { appMs: u.app.p50, bareMs: u.bare.p50, ratio: u.ratio }]),
          ),
        }
      : null,
    context: {
      sizes: run.sizes,
      graphs: run.counts,
      loadAverage: run.loadAverage,
      durationSec: run.durationSec,
      uiMeasuredAtSize: run.uiSize,
      loadMeasuredAtSize: run.loadSize,
    },
  };
}
