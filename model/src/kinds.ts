/** Enumerations a record's `kind` must come from (the kinds the source page uses). */
export const RESOURCE_KINDS = [
  "TOOLKIT",
  "GUIDANCE",
  "STANDARD",
  "REPORT",
  "CHECKLIST",
  "TOOL",
  "BOOK",
  "VIDEO",
  "FILM",
  "PODCAST",
  "INFOGRAPHIC",
  "ANIMATION",
  "SURVEY",
  "POSITION_PAPER",
  "COURSE",
  "WEBINAR",
  "PAPER",
  "EVENT",
  "COLLECTION",
  "WEBSITE",
  "RESEARCH",
] as const;

export const ORGANISATION_KINDS = [
  "CHARITY",
  "NHS_TRUST",
  "NHS_BODY",
  "REGULATOR",
  "GOVERNMENT",
  "PROFESSIONAL_BODY",
  "UNIVERSITY",
  "NETWORK",
  "PROVIDER",
  "SCHOOL",
  "INTERNATIONAL_BODY",
  "COMPANY",
  "RESEARCH_FUNDER",
  "CAMPAIGN",
  "OTHER",
] as const;

export type ResourceKind = (typeof RESOURCE_KINDS)[number];
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
