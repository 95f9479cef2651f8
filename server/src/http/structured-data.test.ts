import { RESOURCE_KINDS } from "@rrn/model";
import { describe, expect, it } from "vitest";
import type { PageMetadata } from "../queries/page-metadata.js";
import { CSL_TYPE_OF_KIND } from "../citation/csl-item.js";
import {
  citationTags,
  jsonLdFor,
  openGraphType,
  SCHEMA_TYPE_OF_KIND,
  scriptSafeJson,
  ZOTERO_TYPE_OF_KIND,
} from "./structured-data.js";

const base = "https://rrn.example";
const party = (id: string, name: string, kind: "person" | "organisation" | "other" = "organisation") => ({
  id,
  name,
  person: kind === "person",
  organisation: kind === "organisation",
});
const resource = (
  over: Partial<PageMetadata> = {},
  properties: Partial<PageMetadata["properties"]> = {},
): PageMetadata => ({
  id: "post-incident-toolkit",
  label: "Post-Incident Debriefing and Support Toolkit",
  summary: "An RRN toolkit on debriefing.",
  nodeLabel: "Resource",
  properties: {
    kind: "TOOLKIT",
    year: null,
    url: null,
    aliases: null,
    descriptiveTitle: null,
    generalKnowledge: null,
    ...properties,
  },
  publishedBy: [],
  commissionedBy: [],
  derivesFrom: [],
  addresses: [],
  partOfOrganisations: [],
  fundedBy: [],
  ...over,
});

describe("structured data for a resource page", () => {
  it("maps every resource kind to a schema.org type and a Zotero item type", () => {
    expect(Object.keys(SCHEMA_TYPE_OF_KIND).sort()).toEqual([...RESOURCE_KINDS].sort());
    expect(Object.keys(ZOTERO_TYPE_OF_KIND).sort()).toEqual([...RESOURCE_KINDS].sort());
    // Reports for Zotero exactly where the API's citations say report.
    for (const kind of RESOURCE_KINDS) {
      expect(ZOTERO_TYPE_OF_KIND[kind] === "report", kind).toBe(CSL_TYPE_OF_KIND[kind] === "report");
    }
  });

  it("writes only what the graph holds: no date, url or authors when there are none", () => {
    const meta = resource();
    const ld = jsonLdFor(meta, base, `${base}/node/${meta.id}`)!;
    expect(ld).toEqual({
      "@context": "https://schema.org",
      "@type": "CreativeWork",
      "@id": `${base}/node/post-incident-toolkit`,
      name: meta.label,
      description: meta.summary,
      mainEntityOfPage: `${base}/node/post-incident-toolkit`,
    });
    expect(citationTags(meta, `${base}/node/${meta.id}`).map((t) => t.key)).toEqual([
      "citation_title",
      "citation_abstract_html_url",
      "DC.type",
    ]);
  });

  it("names publishers, funders, sources and restraint types, people alone as citation authors", () => {
    const meta = resource(
      {
        publishedBy: [party("alexis-quinn", "Alexis Quinn", "person"), party("rrn", "Restraint Reduction Network")],
        commissionedBy: [party("nhs-england", "NHS England")],
        derivesFrom: [party("six-core-strategies", "Six Core Strategies", "other")],
        addresses: [party("physical-restraint", "Physical restraint", "other")],
      },
      { year: 2019, url: "https://example.org/toolkit.pdf", aliases: ["PIDS"] },
    );
    const page = `${base}/node/${meta.id}`;
    const ld = jsonLdFor(meta, base, page)!;
    expect(ld.datePublished).toBe("2019");
    expect(ld.url).toBe("https://example.org/toolkit.pdf");
    expect(ld.alternateName).toEqual(["PIDS"]);
    expect(ld.publisher).toEqual([
      { "@type": "Person", name: "Alexis Quinn", url: `${base}/node/alexis-quinn` },
      { "@type": "Organization", name: "Restraint Reduction Network", url: `${base}/org/rrn` },
    ]);
    expect(ld.funder).toEqual([{ "@type": "Organization", name: "NHS England", url: `${base}/org/nhs-england` }]);
    expect(ld.isBasedOn).toEqual([
      { "@type": "CreativeWork", name: "Six Core Strategies", url: `${base}/node/six-core-strategies` },
    ]);
    expect(ld.about).toEqual([
      { "@type": "DefinedTerm", name: "Physical restraint", url: `${base}/node/physical-restraint` },
    ]);
    const tags = Object.fromEntries(citationTags(meta, page).map((t) => [t.key, t.content]));
    expect(tags).toEqual({
      citation_title: meta.label,
      citation_author: "Alexis Quinn",
      citation_publication_date: "2019",
      citation_date: "2019",
      citation_publisher: "Restraint Reduction Network",
      citation_technical_report_institution: "Restraint Reduction Network",
      citation_public_url: "https://example.org/toolkit.pdf",
      citation_abstract_html_url: page,
      "DC.type": "report",
    });
  });

  it("puts a descriptive title in square brackets, and gives videos and books their Open Graph types", () => {
    const meta = resource({}, { descriptiveTitle: true, kind: "VIDEO" });
    expect(citationTags(meta, "p")[0]!.content).toBe(`[${meta.label}]`);
    expect(citationTags(meta, "p").find((t) => t.key === "citation_technical_report_institution")).toBeUndefined();
    expect(jsonLdFor(meta, base, "p")!["@type"]).toBe("VideoObject");
    expect(openGraphType(meta)).toBe("video.other");
    expect(openGraphType(resource({}, { kind: "BOOK" }))).toBe("book");
    expect(openGraphType(resource({ nodeLabel: "Organisation" }))).toBe("website");
  });

  it("describes an organisation as an Organization, with its parent and funders; other node types get none", () => {
    const org = resource({
      id: "involve",
      label: "INVOLVE",
      nodeLabel: "Organisation",
      partOfOrganisations: [party("nihr", "National Institute for Health Research")],
      fundedBy: [party("nihr", "National Institute for Health Research")],
    });
    const ld = jsonLdFor(org, base, `${base}/org/involve`)!;
    expect(ld["@type"]).toBe("Organization");
    expect(ld.parentOrganization).toEqual([
      { "@type": "Organization", name: "National Institute for Health Research", url: `${base}/org/nihr` },
    ]);
    expect(citationTags(org, "p")).toEqual([]);
    expect(jsonLdFor(resource({ nodeLabel: "Framework" }), base, "p")).toBeUndefined();
  });
});

describe("scriptSafeJson", () => {
  it("cannot end its script element or open a comment, and parses back to the same value", () => {
    const value = { name: `</script><script>alert(1)</script><!-- & \u2028` };
    const text = scriptSafeJson(value);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});
