import type { ChangeCounts } from "./plan-changes.js";
import type { ImportSummary } from "./import-seed.js";

function row(name: string, c: ChangeCounts): string {
  const cells = [c.total, c.created, c.updated, c.unchanged, c.deleted].map((n) => String(n).padStart(10));
  return `${name.padEnd(18)}${cells.join("")}`;
}

function table(title: string, entries: [string, ChangeCounts][], total: ChangeCounts): string[] {
  const header = `${title.padEnd(18)}${["in seed", "created", "updated", "unchanged", "deleted"].map((h) => h.padStart(10)).join("")}`;
  return [
    header,
    ...entries.filter(([, c]) => c.total + c.deleted > 0).map(([n, c]) => row(n, c)),
    row("total", total),
  ];
}

/** The import's closing summary: counts by label and by relationship type. */
export function formatImportSummary(summary: ImportSummary): string {
  const lines = [
    ...table("Label", Object.entries(summary.nodes), summary.totals.nodes),
    "",
    ...table("Relationship", Object.entries(summary.relationships), summary.totals.relationships),
  ];
  if (summary.released.length > 0) {
    lines.push(
      "",
      `Kept for curators (removed from the files, but curator relationships point at them; no longer seed-owned):`,
      ...summary.released.map((r) => `  ${r.label} ${r.id}`),
    );
  }
  return lines.join("\n");
}
