import type { SyncReport } from "./compare.js";

const clip = (text: string, max = 100) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** The report for a person: counts first, then what a curator would look at, one line each. */
export function formatSyncReport(report: SyncReport): string {
  const links = report.links.filter((l) => l.status !== "same");
  const lines = [
    `Matched ${new Set(report.matched.map((m) => m.resourceId)).size} resources in ${new Set(report.matched.map((m) => m.pageText)).size} page entries.`,
    `New on the page: ${report.new.length}. Changed: ${report.changed.length}. Missing from the page: ${report.missing.length}.`,
    `Links on the page for matched resources: ${report.links.length} (${links.length} not in the graph yet). Evidence quotes no longer on the page: ${report.evidenceDrift.length}.`,
  ];
  const section = (title: string, rows: string[]) => {
    if (rows.length > 0) lines.push("", `${title}:`, ...rows.map((r) => `  ${r}`));
  };
  section(
    "New entries (no resource yet)",
    report.new.map((n) => `${clip(n.pageTitle, 80)}${n.links.length ? ` <${n.links[0]!.url}>` : ""}`),
  );
  section(
    "Changed text",
    report.changed.map((c) => `${c.resourceId}: no longer says "${clip(c.quotes[0]!, 80)}"`),
  );
  section(
    "Missing from the page",
    report.missing.map((m) => `${m.resourceId} (${clip(m.title, 80)})`),
  );
  section(
    "Links to propose",
    links.map((l) => `${l.resourceId}: ${l.url}${l.currentUrl ? ` (graph has ${l.currentUrl})` : ""}`),
  );
  section(
    "Evidence drift",
    report.evidenceDrift.map((d) => `${d.from} -${d.type}-> ${d.to}: "${clip(d.quote, 80)}"`),
  );
  return lines.join("\n");
}
