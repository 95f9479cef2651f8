import type { ResourceKind } from "@rrn/model";
import { isHttpUrl } from "../schema/http-url.js";

/**
 * A reference as CSL-JSON (the Citation Style Language's data format), built only from facts the
 * graph holds. Citation.js turns it into RIS, BibTeX and formatted references.
 */
export interface CslName {
  family?: string;
  given?: string;
  /** An organisation, or a name that does not split into given and family. */
  literal?: string;
}

export interface CslItem {
  id: string;
  type: CslType;
  title: string;
  author?: CslName[];
  publisher?: string;
  issued?: { "date-parts": [[number]] };
  URL?: string;
  /** When the citer looked at the URL (only with a URL): year, month, day. */
  accessed?: { "date-parts": [[number, number, number]] };
  note: string;
  /** BibTeX key: the graph's id with "_" for "-" (ids are kebab-case, so still unique and stable). */
  "citation-key": string;
}

/** The CSL types we map to; each has an RIS and a BibTeX equivalent in Citation.js. */
export type CslType =
  | "report"
  | "document"
  | "book"
  | "motion_picture"
  | "broadcast"
  | "graphic"
  | "article"
  | "speech"
  | "webpage"
  | "legislation";

/**
 * What each resource kind is as a citable item. Guidance, toolkits and position papers are
 * issued by organisations much as reports are; checklists, tools, surveys and courses are
 * documents without a closer CSL type; recorded webinars are presentations (`speech`).
 */
export const CSL_TYPE_OF_KIND: Record<ResourceKind, CslType> = {
  TOOLKIT: "report",
  GUIDANCE: "report",
  STANDARD: "report",
  REPORT: "report",
  POSITION_PAPER: "report",
  RESEARCH: "report",
  CHECKLIST: "document",
  TOOL: "document",
  SURVEY: "document",
  COURSE: "document",
  COLLECTION: "document",
  EVENT: "document",
  BOOK: "book",
  VIDEO: "motion_picture",
  FILM: "motion_picture",
  ANIMATION: "motion_picture",
  PODCAST: "broadcast",
  INFOGRAPHIC: "graphic",
  WEBINAR: "speech",
  PAPER: "article",
  WEBSITE: "webpage",
};

/** Where every resource in the graph is listed; each reference says so in its note. */
export const SOURCE_NOTE = "Listed on the Restraint Reduction Network’s “Tools and resources” page.";

/** One citable node and the people and organisations around it, as the graph records them. */
export interface CitationFacts {
  id: string;
  /** RESOURCE or LEGISLATION: the node types that are documents. */
  type: "RESOURCE" | "LEGISLATION";
  title: string;
  kind: string | null;
  year: number | null;
  url: string | null;
  /** The title is ours, describing an untitled item. */
  descriptiveTitle: boolean;
  generalKnowledge: readonly string[];
  publishedBy: readonly Party[];
  developedWith: readonly Party[];
  commissionedBy: readonly Party[];
}

export interface Party {
  /** The node's id; the affiliations below name organisations by it. */
  id?: string;
  name: string;
  /** People are split into given and family names; organisations stay whole. */
  person: boolean;
  /** Organisations the person is affiliated with (AFFILIATED_WITH), by id. */
  affiliatedWith?: readonly string[];
}

/** A calendar date, as the citer's own calendar gives it. */
export interface AccessDate {
  year: number;
  month: number;
  day: number;
}

export function cslType(facts: Pick<CitationFacts, "type" | "kind">): CslType {
  if (facts.type === "LEGISLATION") return "legislation";
  return isResourceKind(facts.kind) ? CSL_TYPE_OF_KIND[facts.kind] : "document";
}

function isResourceKind(kind: string | null): kind is ResourceKind {
  return kind !== null && Object.hasOwn(CSL_TYPE_OF_KIND, kind);
}

/**
 * Who the reference names as authors, in credit order: people as people, organisations as
 * corporate authors — except an organisation credited beside a person affiliated with it, which
 * is that person's affiliation ("Joy Duxbury (University of Central Lancashire)"), not a second
 * author; those are returned apart, for the note.
 */
export function authorsOf(parties: readonly Party[]): { authors: Party[]; affiliations: Party[] } {
  const ofPeople = new Set(parties.filter((p) => p.person).flatMap((p) => p.affiliatedWith ?? []));
  const isAffiliation = (p: Party) => !p.person && p.id !== undefined && ofPeople.has(p.id);
  return { authors: parties.filter((p) => !isAffiliation(p)), affiliations: parties.filter(isAffiliation) };
}

const names = (parties: readonly Party[]): string => {
  const list = parties.map((p) => p.name);
  return list.length <= 1 ? (list[0] ?? "") : `${list.slice(0, -1).join(", ")} and ${list.at(-1) ?? ""}`;
};

/**
 * The CSL-JSON item for one node. Authors are who published it (PUBLISHED_BY); when the graph
 * names no publisher, who developed it with others (DEVELOPED_WITH) stand in; either way in the
 * order the source page credits them (creditOrder). The publisher is the first publishing
 * organisation. `accessed` is the date the citer gives as the day they looked (Harvard and APA
 * print it after the URL). Nothing is added that the graph does not hold, and facts from
 * general knowledge are flagged in the note.
 */
export function buildCslItem(
  facts: CitationFacts,
  splitName: (name: string) => CslName,
  accessed?: AccessDate,
): CslItem {
  const { authors, affiliations } = authorsOf(facts.publishedBy.length > 0 ? facts.publishedBy : facts.developedWith);
  const notes: string[] = [];
  if (facts.publishedBy.length > 0 && facts.developedWith.length > 0) {
    notes.push(`Developed with ${names(facts.developedWith)}.`);
  }
  if (affiliations.length > 0) notes.push(`Authors’ affiliations: ${names(affiliations)}.`);
  if (facts.commissionedBy.length > 0) notes.push(`Commissioned by ${names(facts.commissionedBy)}.`);
  if (facts.descriptiveTitle) notes.push("The title describes the item; it is not the item’s own title.");
  if (facts.year !== null && facts.generalKnowledge.includes("year")) {
    notes.push("The year is from general knowledge, not the source page.");
  }
  notes.push(SOURCE_NOTE);

  const publisher = facts.publishedBy.find((p) => !p.person)?.name;
  // Only http(s) links are ever cited; anything else a hand-edited node carries is left out.
  const url = facts.url && isHttpUrl(facts.url) ? facts.url : null;
  return {
    id: facts.id,
    "citation-key": facts.id.replaceAll("-", "_"),
    type: cslType(facts),
    // Reference styles put a title supplied by the citer in square brackets.
    title: facts.descriptiveTitle ? `[${facts.title}]` : facts.title,
    ...(authors.length > 0 ? { author: authors.map((p) => (p.person ? splitName(p.name) : { literal: p.name })) } : {}),
    ...(publisher ? { publisher } : {}),
    ...(facts.year !== null ? { issued: { "date-parts": [[facts.year]] } } : {}),
    ...(url ? { URL: url } : {}),
    // An accessed date belongs to a link someone looked at: none without a URL.
    ...(url && accessed ? { accessed: { "date-parts": [[accessed.year, accessed.month, accessed.day]] } } : {}),
    note: notes.join(" "),
  };
}
