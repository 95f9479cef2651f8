import { formatPhases } from "../measure/ui.js";
import type { ReadMeasurement } from "../measure/read.js";
import type { RunData } from "./results.js";
import { checkTargets } from "./targets.js";

const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;
const mark = (holds: boolean | null): string => (holds === null ? "—" : holds ? "holds" : "**MISS**");

/** bench/results/latest.md: the run as readable tables, then each target and whether it held. */
export function toMarkdown(run: RunData, notes: string): string {
  const sizes = run.sizes;
  const largest = Math.max(...sizes);
  const lines: string[] = [];
  lines.push(`# Benchmark results (${run.mode} run)`, "");
  lines.push(
    `${run.date} on ${run.machine}. Took ${Math.round(run.durationSec / 60)} min. ` +
      `Load average ${run.loadAverage.start.join(" / ")} at the start and ${run.loadAverage.end.join(" / ")} at the end ` +
      `(2 cores shared with other test runs: expect noise; every figure is a p50 or p95 of alternating repetitions after a warm-up).`,
    "",
  );
  lines.push(
    "## Graphs",
    "",
    "| resources | nodes | relationships | project import | rels/s |",
    "|---:|---:|---:|---:|---:|",
  );
  for (const [size, c] of Object.entries(run.counts)) {
    lines.push(
      `| ${size} | ${c.nodes} | ${c.relationships} | ${c.importSec.toFixed(1)} s | ${Math.round(c.relsPerSec)} |`,
    );
  }
  lines.push(
    "",
    `## a. GraphQL over HTTP (response cache off) vs the same Cypher through neo4j-driver (${largest} resources)`,
    "",
  );
  lines.push(
    "| query | GraphQL p50 | p95 | raw p50 | p95 | ratio | added | n |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
  );
  for (const q of run.queries.filter((x) => x.size === largest)) {
    lines.push(
      `| ${q.name} | ${q.graphql.p50} ms | ${q.graphql.p95} ms | ${q.raw.p50} ms | ${q.raw.p95} ms | ×${q.ratio} | +${q.addedMs} ms | ${q.graphql.n} |`,
    );
  }
  lines.push("", "## b. Growth: GraphQL p50 (raw p50) by size", "");
  lines.push(`| query | ${sizes.join(" | ")} |`, `|---|${sizes.map(() => "---:").join("|")}|`);
  for (const name of [...new Set(run.queries.map((q) => q.name))]) {
    const cells = sizes.map((s) => {
      const q = run.queries.find((x) => x.name === name && x.size === s);
      return q ? `${q.graphql.p50} (${q.raw.p50}) ms` : "—";
    });
    lines.push(`| ${name} | ${cells.join(" | ")} |`);
  }
  lines.push("", "## c. Import: project importer vs bare `UNWIND $rows MERGE`", "");
  lines.push("| resources | relationships | importer | baseline | ratio |", "|---:|---:|---:|---:|---:|");
  for (const i of run.imports) {
    lines.push(
      `| ${i.size} | ${i.relationships} | ${Math.round(i.project.relsPerSec)} rels/s (${i.project.seconds.toFixed(1)} s) | ${Math.round(i.baseline.relsPerSec)} rels/s (${i.baseline.seconds.toFixed(1)} s) | ×${i.ratio.toFixed(2)} |`,
    );
  }
  lines.push(
    "",
    `## d. UI: navigation → laid-out, painted graph in headless Chromium (${run.uiSize}-resource graph)`,
    "",
  );
  lines.push(
    "| target | elements (nodes) | app p50 | p95 | bare Cytoscape p50 | p95 | ratio |",
    "|---:|---:|---:|---:|---:|---:|---:|",
  );
  for (const u of run.ui) {
    lines.push(
      `| ${u.target} | ${u.elements} (${u.nodes}) | ${u.app.p50} ms | ${u.app.p95} ms | ${u.bare.p50} ms | ${u.bare.p95} ms | ×${u.ratio} |`,
    );
  }
  if (run.ui.length > 0) {
    lines.push("", "Where the time goes (p50 ms after navigation; `fetch X a→b` is a request's start and end):", "");
    for (const u of run.ui) {
      lines.push(
        `- ~${u.target}, app: ${formatPhases(u.phases.app)}`,
        `- ~${u.target}, bare: ${formatPhases(u.phases.bare)}`,
      );
    }
  }
  const gl = run.ui.find((u) => u.webgl)?.webgl;
  if (gl?.error) {
    lines.push("", `WebGL renderer on the bare page at the largest size: did not draw within 60 s (${gl.error}).`);
  } else if (gl) {
    lines.push(
      "",
      `WebGL renderer on the bare page at the largest size (WebGL2 ${gl.available ? "available (software, --disable-gpu)" : "not available"}): ` +
        `drawn p50 ${gl.drawn.p50} ms; mean frame while zooming ${gl.frameMsWebgl} ms vs ${gl.frameMsCanvas} ms with the canvas renderer.`,
    );
  }
  lines.push("", `## e. Load: \`neighbourhood\` over loopback, response cache off (${run.loadSize} resources)`, "");
  lines.push("| connections | req/s | p50 | p99 | errors |", "|---:|---:|---:|---:|---:|");
  for (const l of run.load) lines.push(`| ${l.connections} | ${l.rps} | ${l.p50Ms} ms | ${l.p99Ms} ms | ${l.errors} |`);
  lines.push("", "## f. Client bundle (gzip -9)", "", `First view: **${kb(run.bundle.initialGzipBytes)}**`, "");
  lines.push("| file | gzip | loaded |", "|---|---:|---|");
  for (const [n, s] of Object.entries(run.bundle.initial)) lines.push(`| ${n} | ${kb(s)} | first view |`);
  for (const [n, s] of Object.entries(run.bundle.chunks)) lines.push(`| ${n} | ${kb(s)} | lazy |`);
  if (run.read) lines.push(...readSection(run.read));
  lines.push("", "## Targets", "", "| target | result | |", "|---|---|---|");
  for (const v of checkTargets(run)) lines.push(`| ${v.target} | ${v.detail} | ${mark(v.holds)} |`);
  lines.push("", notes.trim(), "");
  return lines.join("\n");
}

/** Section g: the read path on the seed graph. */
function readSection(read: ReadMeasurement): string[] {
  const { warm, cold } = read;
  const lines = [
    "",
    `## g. Read path on the seed graph (${read.graph.nodes} nodes, ${read.graph.relationships} relationships)`,
    "",
    "| measurement | API | floor | ratio |",
    "|---|---:|---:|---:|",
    `| warm overview, ${warm.connections} connections (${warm.bytes} B ${warm.encoding}) | ${warm.api.rps} req/s, p50 ${warm.api.p50Ms} ms | bare Node server, same bytes: ${warm.floor.rps} req/s | ×${warm.ratio} |`,
    `| cold overview p50 (response cache off) | ${cold.api.p50} ms (p95 ${cold.api.p95}) | raw neo4j-driver fetch: ${cold.raw.p50} ms | ×${cold.ratio} |`,
    "",
    `First overview after start (layout for the graph version computed): ${cold.firstRequestMs} ms.`,
  ];
  const views = Object.entries(read.lighthouse);
  if (views.length > 0) {
    lines.push(
      "",
      "| view | mobile perf | a11y | best practices | SEO | FCP | LCP | TBT | CLS | desktop perf |",
      "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    );
    for (const [name, v] of views) {
      if ("error" in v) {
        lines.push(`| ${name} (\`${v.path}\`) | failed: ${v.error} | | | | | | | | |`);
        continue;
      }
      const m = v.mobile;
      lines.push(
        `| ${name} (\`${v.path}\`) | ${m.performance} | ${m.accessibility} | ${m.bestPractices} | ${m.seo} | ${m.fcpMs} ms | ${m.lcpMs} ms | ${m.tbtMs} ms | ${m.cls} | ${v.desktop.performance} |`,
      );
    }
  }
  return lines;
}
