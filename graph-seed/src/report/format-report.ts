import type { CountRow, CoverageRow, SeedReport, UnstatedRow } from "./seed-report.js";

function counts(title: string, rows: CountRow[]): string[] {
  const width = Math.max(title.length, ...rows.map((r) => r.name.length)) + 2;
  return [
    `${title.padEnd(width)}${"total".padStart(7)}${"seed".padStart(7)}${"curator".padStart(9)}`,
    ...rows.map(
      (r) =>
        `${r.name.padEnd(width)}${String(r.count).padStart(7)}${String(r.seed).padStart(7)}${String(r.count - r.seed).padStart(9)}`,
    ),
  ];
}

function coverage(title: string, rows: CoverageRow[]): string[] {
  const width = Math.max(title.length, ...rows.map((r) => r.name.length)) + 2;
  return [
    `${title.padEnd(width)}${"resources".padStart(10)}`,
    ...rows.map((r) => `${r.name.padEnd(width)}${String(r.resources).padStart(10)}`),
  ];
}

/** One relationship to review: its basis and ends, then why (if inferred) and the quote. */
function unstated(r: UnstatedRow): string[] {
  const basis = r.basis ?? "NO BASIS";
  return [
    `  ${basis.padEnd(17)} ${r.from} -${r.type}-> ${r.to}${r.seed ? "" : "  (curator)"}`,
    ...(r.reasoning ? [`  ${"".padEnd(17)} why: ${r.reasoning}`] : []),
    `  ${"".padEnd(17)} quote: "${r.evidence ?? ""}"`,
  ];
}

/** The report as plain text for a terminal: fixed-width tables, one section per question. */
export function formatReport(report: SeedReport): string {
  const thin = report.publisherOnly.map((r) => `  ${r.title} (${r.id}) — published by ${r.publishers.join(", ")}`);
  return [
    ...counts("Label", report.labels),
    "",
    ...counts("Relationship type", report.relationships),
    "",
    ...coverage("Restraint type", report.resourcesPerRestraintType),
    "",
    ...coverage("Setting", report.resourcesPerSetting),
    "",
    `Resources whose only relationship is to a publisher (${report.publisherOnly.length}) — candidates for richer curation:`,
    ...(thin.length > 0 ? thin : ["  none"]),
    "",
    `Relationships their quote does not state outright (${report.unstated.length}) — review the basis (and why, when inferred):`,
    ...(report.unstated.length > 0 ? report.unstated.flatMap(unstated) : ["  none"]),
    "",
    `Resources with no setting, audience or restraint type (${report.unplaced.length}) — what they are for is unrecorded:`,
    ...(report.unplaced.length > 0 ? report.unplaced.map((r) => `  ${r.title} (${r.id})`) : ["  none"]),
  ].join("\n");
}
