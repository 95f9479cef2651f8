import type { ChangeCounts, KeptChange } from "./plan-changes.js";
import type { ImportSummary } from "./import-seed.js";

const COLUMNS = ["total", "created", "updated", "unchanged", "deleted", "kept"] as const;
const HEADINGS = ["in seed", "created", "updated", "unchanged", "deleted", "kept"];

function row(name: string, c: ChangeCounts): string {
  const cells = COLUMNS.map((k) => String(c[k]).padStart(10));
  return `${name.padEnd(18)}${cells.join("")}`;
}

function table(title: string, entries: [string, ChangeCounts][], total: ChangeCounts): string[] {
  const header = `${title.padEnd(18)}${HEADINGS.map((h) => h.padStart(10)).join("")}`;
  return [
    header,
    ...entries.filter(([, c]) => c.total + c.deleted > 0).map(([n, c]) => row(n, c)),
    row("total", total),
  ];
}

const shown = (value: unknown): string => {
  const text = JSON.stringify(value ?? null);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
};

/** One line per kept change: what, where, and on a conflict what the files say. */
export function describeKept(c: KeptChange): string {
  const who = c.by ? ` (by ${c.by})` : "";
  const conflict = c.conflict ? `  CONFLICT: the files now say ${shown(c.fileValue)}` : "";
  switch (c.kind) {
    case "PROPERTY":
      return `${c.label} ${c.id}: ${c.property} = ${shown(c.curatorValue)}${who}${conflict}`;
    case "RELATIONSHIP_EDITED":
      return `${c.relationship}: ${c.property} = ${shown(c.curatorValue)}${who}${conflict}`;
    case "RELATIONSHIP_REMOVED":
      return `${c.relationship}: removed by a curator${c.conflict ? "  CONFLICT: the files have changed it since" : ""}`;
    case "NODE_DELETED":
      return `${c.label} ${c.id}: deleted by a curator (restoreEntity brings it back)`;
  }
}

/** The import's closing summary: counts by label and by relationship type, then what curators hold. */
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
  if (summary.kept.length > 0) {
    const conflicts = summary.kept.filter((c) => c.conflict).length;
    lines.push(
      "",
      `Curator changes kept (${summary.kept.length}, ${conflicts} conflict${conflicts === 1 ? "" : "s"}; npm run seed:pull writes them to the files):`,
      ...summary.kept.map((c) => `  ${describeKept(c)}`),
    );
  }
  if (summary.adopted.length > 0) {
    lines.push(
      "",
      "Adopted (made by curators, now in the files; the seed owns them):",
      ...summary.adopted.map((a) => `  ${a}`),
    );
  }
  return lines.join("\n");
}
