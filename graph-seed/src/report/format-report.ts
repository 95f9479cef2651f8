import type { CuratorChange } from "../curation/read-changes.js";
import type { SelectionFacet } from "@rrn/model";
import type { CheckRow, CountRow, CoverageRow, SeedReport, UnstatedRow } from "./seed-report.js";

const FACET_WORDS: Record<SelectionFacet, string> = {
  restraintTypes: "restraint type",
  settings: "setting",
  audiences: "audience",
  jurisdictions: "jurisdiction",
  organisations: "organisation (publisher, commissioner or partner)",
};

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

/** One stated relationship whose quote does not name its target: confirmed (and why), or to check. */
function check(r: CheckRow): string[] {
  return [
    `  ${(r.confirmedBy ? "confirmed" : "TO CHECK").padEnd(10)} ${r.from} -${r.type}-> ${r.to}${r.seed ? "" : "  (curator)"}`,
    ...(r.confirmedBy ? [`  ${"".padEnd(10)} why: ${r.confirmedBy}`] : []),
    `  ${"".padEnd(10)} quote: "${r.evidence ?? ""}"`,
  ];
}

const shown = (value: unknown): string => {
  const text = JSON.stringify(value ?? null);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
};

/** One curator change: where, what, who, and for a conflict what the files say. */
export function describeChange(c: CuratorChange): string {
  const rel = c.relationship ? `${c.relationship.from} -${c.relationship.type}-> ${c.relationship.to}` : "";
  const who = c.by ? ` (${c.by}${c.at ? `, ${c.at.slice(0, 10)}` : ""})` : "";
  const conflict = c.conflict ? `  CONFLICT: the files say ${shown(c.seedValue)}` : "";
  switch (c.kind) {
    case "PROPERTY":
      return `${c.label} ${c.entityId}: ${c.property} = ${shown(c.curatorValue)}${who}${conflict}`;
    case "RELATIONSHIP_EDITED":
      return `${rel}: ${c.property} = ${shown(c.curatorValue)}${who}${conflict}`;
    case "RELATIONSHIP_REMOVED":
      return `${rel}: removed${who}${c.conflict ? "  CONFLICT: the files have changed it since" : ""}`;
    case "NODE_DELETED":
      return `${c.label} ${c.entityId}: deleted${who}`;
    case "NODE_ADDED":
      return `${c.label} ${c.entityId}: added${who}`;
    case "RELATIONSHIP_ADDED":
      return `${rel}: added${who}`;
  }
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
    `Check these: stated relationships whose quote does not name the target (${report.checkThese.length}, ${
      report.checkThese.filter((r) => !r.confirmedBy).length
    } not yet confirmed) — confirm the quote says it (confirmedBy), quote one that names it, or relabel:`,
    ...(report.checkThese.length > 0 ? report.checkThese.flatMap(check) : ["  none"]),
    "",
    `Resources with no setting, audience or restraint type (${report.unplaced.length}) — what they are for is unrecorded:`,
    ...(report.unplaced.length > 0 ? report.unplaced.map((r) => `  ${r.title} (${r.id})`) : ["  none"]),
    "",
    ...report.lacking.flatMap(({ facet, resources }) => [
      `Resources with no ${FACET_WORDS[facet]} recorded (${resources.length}) — the explorer counts them as "not recorded"; add what the page states:`,
      ...(resources.length > 0 ? resources.map((r) => `  ${r.title} (${r.id})`) : ["  none"]),
      "",
    ]),
    `Curator changes the seed files do not say yet (${report.curatorChanges.length}, ${
      report.curatorChanges.filter((c) => c.conflict).length
    } conflicts) — the import keeps them; npm run seed:pull writes them to the files:`,
    ...(report.curatorChanges.length > 0 ? report.curatorChanges.map((c) => `  ${describeChange(c)}`) : ["  none"]),
  ].join("\n");
}
