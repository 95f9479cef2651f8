import type { IdFacet } from "./url-state";

/** How each id facet reads in a sentence: "no restraint type recorded", "resources for schools". */
export const FACET_WORDS: Record<IdFacet, { noun: string; legend: string }> = {
  restraintTypes: { noun: "restraint type", legend: "Restraint type" },
  settings: { noun: "setting", legend: "Setting" },
  audiences: { noun: "audience", legend: "Audience" },
  jurisdictions: { noun: "jurisdiction", legend: "Jurisdiction" },
  organisations: { noun: "organisation", legend: "Organisation" },
};

/** "no restraint type recorded" */
export function noneRecorded(facet: IdFacet): string {
  return `no ${FACET_WORDS[facet].noun} recorded`;
}

/** "1 resource", "9 resources" */
export function resourcesCount(n: number): string {
  return `${n.toLocaleString("en-GB")} ${n === 1 ? "resource" : "resources"}`;
}
