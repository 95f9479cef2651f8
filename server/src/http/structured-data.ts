import { RESOURCE_KINDS, type ResourceKind } from "@rrn/model";
import { CSL_TYPE_OF_KIND, type CslType } from "../citation/csl-item.js";
import type { PageMetadata, PageParty } from "../queries/page-metadata.js";
import { isHttpUrl } from "../schema/http-url.js";

/**
 * What machines read in a node page's head, built only from values the graph holds:
 *
 * - schema.org JSON-LD (search engines, link unfurlers): a resource as its CreativeWork type with
 *   name, description, publisher, funder (COMMISSIONED_BY), `isBasedOn` (DERIVES_FROM) and
 *   `about` (ADDRESSES: restraint types); an organisation as an Organization.
 * - Highwire Press `citation_*` tags, which Zotero's connector reads with its "Embedded
 *   Metadata" translator, plus `DC.type` for the item type.
 *
 * How Zotero reads them decided what goes where: every `citation_author` goes through its
 * person-name splitter (cleanAuthor), which would save "NHS England" as given name "NHS",
 * family name "England"; so only people are authors, and an organisation that published the
 * resource is `citation_publisher` (and, for report-like kinds, the issuing
 * `citation_technical_report_institution`, which makes Zotero's item a report). Without a type
 * Zotero guesses "journal article" from `citation_title`, so `DC.type` names the Zotero item type
 * that matches the kind (the same mapping as the API's citations, server/src/citation).
 */

export interface HeadTag {
  attribute: "name" | "property";
  key: string;
  content: string;
}

/** The schema.org type each resource kind honestly is; CreativeWork where no narrower type fits. */
export const SCHEMA_TYPE_OF_KIND: Record<ResourceKind, string> = {
  TOOLKIT: "CreativeWork",
  GUIDANCE: "CreativeWork",
  STANDARD: "CreativeWork",
  REPORT: "Report",
  POSITION_PAPER: "Report",
  RESEARCH: "Report",
  CHECKLIST: "CreativeWork",
  TOOL: "CreativeWork",
  SURVEY: "CreativeWork",
  COURSE: "Course",
  COLLECTION: "Collection",
  EVENT: "CreativeWork",
  BOOK: "Book",
  VIDEO: "VideoObject",
  FILM: "Movie",
  ANIMATION: "VideoObject",
  PODCAST: "PodcastSeries",
  INFOGRAPHIC: "ImageObject",
  WEBINAR: "VideoObject",
  PAPER: "Article",
  WEBSITE: "WebSite",
};

/** Zotero's item type (DC.type) for each CSL type the citations give a kind. */
const ZOTERO_TYPE_OF_CSL: Record<CslType, string> = {
  report: "report",
  document: "document",
  book: "book",
  motion_picture: "videoRecording",
  broadcast: "podcast",
  graphic: "artwork",
  speech: "presentation",
  // Zotero would file a bare "article" as a journal article, which a paper here need not be.
  article: "document",
  webpage: "webpage",
  legislation: "statute",
};

/** Zotero's item type for each kind: the citations' CSL type (CSL_TYPE_OF_KIND), with a film as a film. */
export const ZOTERO_TYPE_OF_KIND = Object.fromEntries(
  RESOURCE_KINDS.map((kind) => [kind, kind === "FILM" ? "film" : ZOTERO_TYPE_OF_CSL[CSL_TYPE_OF_KIND[kind]]]),
) as Record<ResourceKind, string>;

const isKind = (kind: string | null): kind is ResourceKind => kind !== null && kind in SCHEMA_TYPE_OF_KIND;

/** Open Graph's type for a node's page: its video and book types where the kind is one, else an article. */
export function openGraphType(meta: Pick<PageMetadata, "nodeLabel" | "properties">): string {
  if (meta.nodeLabel !== "Resource") return "website";
  const kind = meta.properties.kind;
  if (kind === "VIDEO" || kind === "FILM" || kind === "ANIMATION") return "video.other";
  if (kind === "BOOK") return "book";
  return "article";
}

/** Where a node's page is on this site. */
export const nodePageUrl = (base: string, party: Pick<PageParty, "id" | "organisation">): string =>
  `${base}/${party.organisation ? "org" : "node"}/${encodeURIComponent(party.id)}`;

/** The title as the reference shows it: a descriptive title is ours, so in square brackets (as in citations). */
const citableTitle = (meta: PageMetadata): string =>
  meta.properties.descriptiveTitle ? `[${meta.label}]` : meta.label;

const agent = (base: string, party: PageParty) => ({
  "@type": party.person ? "Person" : "Organization",
  name: party.name,
  url: nodePageUrl(base, party),
});

/** The JSON-LD object for a resource or organisation page; undefined for other node types. */
export function jsonLdFor(meta: PageMetadata, base: string, pageUrl: string): Record<string, unknown> | undefined {
  const description = meta.summary ?? undefined;
  const aliases = meta.properties.aliases ?? [];
  if (meta.nodeLabel === "Organisation") {
    return compact({
      "@context": "https://schema.org",
      "@type": "Organization",
      "@id": pageUrl,
      name: meta.label,
      alternateName: aliases.length > 0 ? aliases : undefined,
      description,
      mainEntityOfPage: pageUrl,
      parentOrganization: list(meta.partOfOrganisations.map((p) => agent(base, p))),
      funder: list(meta.fundedBy.map((p) => agent(base, p))),
    });
  }
  if (meta.nodeLabel !== "Resource") return undefined;
  const { kind, year, url } = meta.properties;
  return compact({
    "@context": "https://schema.org",
    "@type": isKind(kind) ? SCHEMA_TYPE_OF_KIND[kind] : "CreativeWork",
    "@id": pageUrl,
    name: citableTitle(meta),
    alternateName: aliases.length > 0 ? aliases : undefined,
    description,
    url: url !== null && isHttpUrl(url) ? url : undefined,
    mainEntityOfPage: pageUrl,
    datePublished: year === null ? undefined : String(year),
    publisher: list(meta.publishedBy.map((p) => agent(base, p))),
    funder: list(meta.commissionedBy.map((p) => agent(base, p))),
    isBasedOn: list(
      meta.derivesFrom.map((p) => ({ "@type": "CreativeWork", name: p.name, url: nodePageUrl(base, p) })),
    ),
    about: list(meta.addresses.map((p) => ({ "@type": "DefinedTerm", name: p.name, url: nodePageUrl(base, p) }))),
  });
}

/** The Highwire `citation_*` tags (and DC.type) of a resource page; none for other node types. */
export function citationTags(meta: PageMetadata, pageUrl: string): HeadTag[] {
  if (meta.nodeLabel !== "Resource") return [];
  const tag = (key: string, content: string): HeadTag => ({ attribute: "name", key, content });
  const { kind, year, url } = meta.properties;
  const publisher = meta.publishedBy.find((p) => p.organisation);
  const tags = [tag("citation_title", citableTitle(meta))];
  for (const person of meta.publishedBy.filter((p) => p.person)) tags.push(tag("citation_author", person.name));
  if (year !== null) tags.push(tag("citation_publication_date", String(year)), tag("citation_date", String(year)));
  if (publisher) {
    tags.push(tag("citation_publisher", publisher.name));
    if (isKind(kind) && ZOTERO_TYPE_OF_KIND[kind] === "report") {
      tags.push(tag("citation_technical_report_institution", publisher.name));
    }
  }
  if (url !== null && isHttpUrl(url)) tags.push(tag("citation_public_url", url));
  tags.push(tag("citation_abstract_html_url", pageUrl));
  tags.push(tag("DC.type", isKind(kind) ? ZOTERO_TYPE_OF_KIND[kind] : "document"));
  return tags;
}

/**
 * JSON for inside `<script type="application/ld+json">`: nothing in it can end the script or
 * open a comment, whatever the graph's text holds (`<`, `>`, `&` and the line separators as
 * JSON escapes, which every JSON parser reads back as the same characters).
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

const list = <T>(items: T[]): T[] | undefined => (items.length > 0 ? items : undefined);

/** Drops the properties with no value, so nothing empty or undefined is written. */
function compact(object: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined));
}
