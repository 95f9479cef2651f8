import { RESOURCE_KINDS } from "@rrn/model";
import { describe, expect, it } from "vitest";
import { buildCslItem, CSL_TYPE_OF_KIND, cslType, SOURCE_NOTE, type CitationFacts } from "./csl-item.js";

const facts = (over: Partial<CitationFacts> = {}): CitationFacts => ({
  id: "post-incident-toolkit",
  type: "RESOURCE",
  title: "Post-Incident Debriefing and Support Toolkit",
  kind: "TOOLKIT",
  year: null,
  url: null,
  descriptiveTitle: false,
  generalKnowledge: [],
  publishedBy: [],
  developedWith: [],
  commissionedBy: [],
  ...over,
});
const split = (name: string) => {
  const parts = name.split(" ");
  return { given: parts.slice(0, -1).join(" "), family: parts.at(-1) ?? "" };
};

describe("CSL-JSON from graph facts", () => {
  it("maps every resource kind the seed allows to a CSL type", () => {
    expect(Object.keys(CSL_TYPE_OF_KIND).sort()).toEqual([...RESOURCE_KINDS].sort());
    expect(cslType({ type: "RESOURCE", kind: "VIDEO" })).toBe("motion_picture");
    expect(cslType({ type: "RESOURCE", kind: "PODCAST" })).toBe("broadcast");
    expect(cslType({ type: "RESOURCE", kind: "BOOK" })).toBe("book");
    expect(cslType({ type: "RESOURCE", kind: "SOMETHING_NEW" })).toBe("document");
    expect(cslType({ type: "RESOURCE", kind: null })).toBe("document");
    expect(cslType({ type: "LEGISLATION", kind: null })).toBe("legislation");
  });

  it("takes publishers as authors, people split into names, the first organisation as publisher", () => {
    const item = buildCslItem(
      facts({
        year: 2019,
        publishedBy: [
          { name: "Alexis Quinn", person: true },
          { name: "Restraint Reduction Network", person: false },
        ],
        developedWith: [{ name: "NHS England", person: false }],
        commissionedBy: [{ name: "Health Education England", person: false }],
      }),
      split,
    );
    expect(item).toMatchObject({
      id: "post-incident-toolkit",
      "citation-key": "post_incident_toolkit",
      type: "report",
      title: "Post-Incident Debriefing and Support Toolkit",
      author: [{ given: "Alexis", family: "Quinn" }, { literal: "Restraint Reduction Network" }],
      publisher: "Restraint Reduction Network",
      issued: { "date-parts": [[2019]] },
    });
    expect(item.note).toBe(`Developed with NHS England. Commissioned by Health Education England. ${SOURCE_NOTE}`);
  });

  it("lets DEVELOPED_WITH partners stand in as authors when no publisher is recorded", () => {
    const item = buildCslItem(
      facts({
        developedWith: [
          { name: "Mersey Care", person: false },
          { name: "Joy Duxbury", person: true },
        ],
      }),
      split,
    );
    expect(item.author).toEqual([{ literal: "Mersey Care" }, { given: "Joy", family: "Duxbury" }]);
    expect(item.publisher).toBeUndefined();
    expect(item.note).toBe(SOURCE_NOTE);
  });

  it("adds nothing the graph does not hold, and says what is ours or general knowledge", () => {
    const bare = buildCslItem(facts(), split);
    expect(bare).not.toHaveProperty("author");
    expect(bare).not.toHaveProperty("issued");
    expect(bare).not.toHaveProperty("URL");
    expect(bare).not.toHaveProperty("publisher");

    const flagged = buildCslItem(
      facts({
        descriptiveTitle: true,
        year: 2014,
        generalKnowledge: ["year"],
        title: "Video about blanket restrictions",
      }),
      split,
    );
    expect(flagged.title).toBe("[Video about blanket restrictions]");
    expect(flagged.note).toContain("not the item’s own title");
    expect(flagged.note).toContain("year is from general knowledge");
  });

  it("cites http(s) links only", () => {
    expect(buildCslItem(facts({ url: "https://example.org/toolkit.pdf" }), split).URL).toBe(
      "https://example.org/toolkit.pdf",
    );
    expect(buildCslItem(facts({ url: "javascript:alert(1)" }), split)).not.toHaveProperty("URL");
    expect(buildCslItem(facts({ url: "not a url" }), split)).not.toHaveProperty("URL");
  });

  it("keeps the credited order, and names an author's affiliation in the note rather than as an author", () => {
    const item = buildCslItem(
      facts({
        developedWith: [
          { id: "joy-duxbury", name: "Joy Duxbury", person: true, affiliatedWith: ["uclan"] },
          { id: "uclan", name: "University of Central Lancashire", person: false },
          { id: "julie-cullen", name: "Julie Cullen", person: true, affiliatedWith: ["aqua"] },
          { id: "aqua", name: "AQuA", person: false },
          { id: "nhs-england", name: "NHS England", person: false },
        ],
      }),
      split,
    );
    expect(item.author).toEqual([
      { given: "Joy", family: "Duxbury" },
      { given: "Julie", family: "Cullen" },
      { literal: "NHS England" },
    ]);
    expect(item.note).toContain("Authors’ affiliations: University of Central Lancashire and AQuA.");
  });

  it("gives an accessed date only with a URL", () => {
    const accessed = { year: 2026, month: 12, day: 7 };
    expect(buildCslItem(facts({ url: "https://example.org/t.pdf" }), split, accessed).accessed).toEqual({
      "date-parts": [[2026, 12, 7]],
    });
    expect(buildCslItem(facts(), split, accessed)).not.toHaveProperty("accessed");
  });
});
