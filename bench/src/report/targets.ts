import type { ReadMeasurement } from "../measure/read.js";
import type { RunData } from "./results.js";

export interface Verdict {
  target: string;
  holds: boolean | null;
  detail: string;
}

const fmt = (n: number): string => (Number.isFinite(n) ? String(Math.round(n * 100) / 100) : "n/a");

/** The targets, checked against this run's numbers (null: not measurable in this run). */
export function checkTargets(run: RunData): Verdict[] {
  const largest = Math.max(...run.sizes);
  const verdicts: Verdict[] = [];
  for (const q of run.queries.filter((x) => x.size === largest)) {
    if (q.error) {
      verdicts.push({ target: `${q.name}: answers at all at ${largest}`, holds: false, detail: `failed: ${q.error}` });
    } else if (q.raw.p50 >= 5) {
      verdicts.push({
        target: `${q.name}: GraphQL/raw ≤ 1.25 at ${largest}`,
        holds: q.ratio <= 1.25,
        detail: `×${fmt(q.ratio)} (${q.graphql.p50} vs ${q.raw.p50} ms)`,
      });
    } else {
      verdicts.push({
        target: `${q.name}: raw p50 < 5 ms, so added ms reported`,
        holds: null,
        detail: `+${fmt(q.addedMs)} ms (${q.graphql.p50} vs ${q.raw.p50} ms)`,
      });
    }
    if (q.name === "node") {
      verdicts.push({
        target: `node: adds ≤ 3 ms over raw at ${largest}`,
        holds: q.addedMs <= 3,
        detail: `+${fmt(q.addedMs)} ms (${q.graphql.p50} vs ${q.raw.p50} ms)`,
      });
    }
  }
  // Growth: the answer to the same question should cost the same at 100k as at 1k.
  const [from, to] = [1000, 100_000];
  for (const name of [...new Set(run.queries.map((q) => q.name))]) {
    const small = run.queries.find((q) => q.name === name && q.size === from);
    const big = run.queries.find((q) => q.name === name && q.size === to);
    if (!small || !big || small.error || big.error) {
      verdicts.push({ target: `${name}: p50 at 100k ≤ 1.5× p50 at 1k`, holds: null, detail: "needs both sizes" });
      continue;
    }
    const growth = big.graphql.p50 / small.graphql.p50;
    verdicts.push({
      target: `${name}: p50 at ${to} ≤ 1.5× p50 at ${from}`,
      holds: growth <= 1.5,
      detail: `×${fmt(growth)} (${small.graphql.p50} → ${big.graphql.p50} ms)`,
    });
  }
  const imp = run.imports.at(-1);
  if (imp) {
    verdicts.push({
      target: `importer ≥ 0.8× bare UNWIND MERGE (${imp.size} resources)`,
      holds: imp.ratio >= 0.8,
      detail: `×${fmt(imp.ratio)} (${Math.round(imp.project.relsPerSec)} vs ${Math.round(imp.baseline.relsPerSec)} rels/s)`,
    });
  }
  for (const u of run.ui) {
    verdicts.push({
      target: `UI ≤ 1.3× bare Cytoscape at ~${u.target} elements`,
      holds: u.ratio <= 1.3,
      detail: `×${fmt(u.ratio)} (${u.app.p50} vs ${u.bare.p50} ms, ${u.elements} elements)`,
    });
  }
  for (const u of run.ui.filter((x) => x.target <= 1000)) {
    verdicts.push({
      target: `read: UI ≤ 1.0× bare Cytoscape at ~${u.target} elements (preset positions)`,
      holds: u.ratio <= 1.0,
      detail: `×${fmt(u.ratio)}`,
    });
  }
  if (run.read) verdicts.push(...readTargets(run.read));
  verdicts.push({
    target: "first-view JavaScript ≤ 310 kB gzip",
    holds: run.bundle.initialGzipBytes <= 310_000,
    detail: `${(run.bundle.initialGzipBytes / 1000).toFixed(1)} kB`,
  });
  return verdicts;
}

/** The read path's targets: warm ≥ 0.5× static bytes, cold ≤ 25 ms, Lighthouse per view. */
function readTargets(read: ReadMeasurement): Verdict[] {
  const verdicts: Verdict[] = [
    {
      target: `read: warm overview ≥ 0.5× a bare server sending the same bytes (${read.warm.connections} connections)`,
      holds: read.warm.ratio >= 0.5,
      detail: `×${fmt(read.warm.ratio)} (${read.warm.api.rps} vs ${read.warm.floor.rps} req/s)`,
    },
    {
      target: "read: cold overview p50 ≤ 25 ms on the seed graph",
      holds: read.cold.api.p50 <= 25,
      detail: `${read.cold.api.p50} ms (raw driver ${read.cold.raw.p50} ms)`,
    },
  ];
  for (const [name, v] of Object.entries(read.lighthouse)) {
    if ("error" in v) {
      verdicts.push({ target: `read: Lighthouse ${name}`, holds: false, detail: `failed: ${v.error}` });
      continue;
    }
    const m = v.mobile;
    const ok = (x: number | null, min: number) => x !== null && x >= min;
    verdicts.push({
      target: `read: Lighthouse ${name} mobile perf ≥ 90, desktop ≥ 98, a11y 100, best practices 100`,
      holds:
        ok(m.performance, 90) && ok(v.desktop.performance, 98) && ok(m.accessibility, 100) && ok(m.bestPractices, 100),
      detail: `${m.performance} / ${v.desktop.performance} / ${m.accessibility} / ${m.bestPractices} (SEO ${m.seo})`,
    });
  }
  return verdicts;
}
