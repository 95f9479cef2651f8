import { describe, expect, it } from "vitest";
import { LABEL_FILES, NODE_LABELS, type NodeLabel } from "@rrn/model";
import { SourceText } from "./normalise-text.js";
import { formatProblem } from "./problems.js";
import type { RawSeed, RawSeedFile } from "./read-seed-files.js";
import { validateSeed } from "./validate-seed.js";

/**
 * A tiny valid seed, built in memory, that each test breaks in exactly one way. The source
 * text stands in for the RRN page.
 */
const SOURCE_ID = "test-page";
const SOURCE = [
  "The Calm Wards Toolkit helps staff reduce restraint on inpatient wards.",
  "It was published by the Example Network and adapts the Quiet Approach developed in the US.",
  "A second guide, “Calm Schools”, was written for teachers – and for parents.",
].join("\n");

type Rec = Record<string, unknown>;

function baseRecords(): Record<NodeLabel, Rec[]> & { relationships: Rec[] } {
  return {
    Resource: [
      { id: "calm-wards-toolkit", title: "Calm Wards Toolkit", kind: "TOOLKIT", summary: "A toolkit on calmer wards." },
      { id: "calm-schools", title: "Calm Schools", kind: "GUIDANCE", year: 2020, summary: "A guide for schools." },
    ],
    Organisation: [{ id: "example-network", name: "Example Network", kind: "NETWORK", summary: "A network." }],
    Framework: [{ id: "quiet-approach", name: "Quiet Approach", summary: "A US approach." }],
    RestraintType: [
      { id: "physical-restraint", name: "Physical restraint", definition: "Holding someone.", summary: "Holding." },
    ],
    Setting: [{ id: "inpatient", name: "Inpatient wards", summary: "Hospital wards." }],
    Audience: [{ id: "teachers", name: "Teachers", summary: "School staff." }],
    Jurisdiction: [{ id: "usa", name: "USA", summary: "The United States.", aliases: ["US"] }],
    Legislation: [{ id: "some-act", name: "Some Act", summary: "A law.", year: 2018 }],
    Person: [{ id: "jo-bloggs", name: "Jo Bloggs", role: "Author", summary: "An author." }],
    relationships: [
      {
        from: "calm-wards-toolkit",
        type: "PUBLISHED_BY",
        to: "example-network",
        evidence: "published by the Example Network",
        basis: "STATED",
      },
      {
        from: "calm-wards-toolkit",
        type: "DERIVES_FROM",
        to: "quiet-approach",
        how: "ADAPTS",
        evidence: "adapts the Quiet Approach",
        basis: "STATED",
      },
      {
        from: "calm-wards-toolkit",
        type: "FOR_SETTING",
        to: "inpatient",
        evidence: "on inpatient wards",
        basis: "STATED",
      },
      {
        from: "calm-wards-toolkit",
        type: "ADDRESSES",
        to: "physical-restraint",
        evidence: "reduce restraint",
        basis: "INFERRED",
        reasoning: "Calmer wards with less restraint are read as being about hands-on restraint.",
      },
      // Straight quotes and a hyphen, where the source has curly quotes and an en dash.
      {
        from: "calm-schools",
        type: "FOR_AUDIENCE",
        to: "teachers",
        evidence: 'A second guide, "Calm Schools", was written for teachers - and for parents.',
        basis: "STATED",
      },
      {
        from: "calm-schools",
        type: "APPLIES_IN",
        to: "usa",
        evidence: "developed in the US",
        source: SOURCE_ID,
        basis: "STATED",
      },
      {
        from: "calm-schools",
        type: "COMPLIES_WITH",
        to: "some-act",
        evidence: "Enacted in 2018.",
        source: "general-knowledge",
        basis: "GENERAL_KNOWLEDGE",
      },
      // Names neither end, so it says why it is stated all the same.
      {
        from: "calm-schools",
        type: "FEATURES",
        to: "jo-bloggs",
        evidence: "written for teachers",
        basis: "STATED",
        confirmedBy: "A made-up confirmation: the sentence about the second guide is read as about Jo Bloggs.",
      },
    ],
  };
}

type Records = ReturnType<typeof baseRecords>;

function problems(change: (r: Records) => void = () => undefined): string[] {
  const records = baseRecords();
  change(records);
  const files: RawSeedFile[] = NODE_LABELS.map((label) => ({
    file: `data/${LABEL_FILES[label]}`,
    label,
    records: records[label],
  }));
  files.push({ file: "data/relationships/all.yaml", records: records.relationships });
  // The default source id, so records without `source` are checked against this text.
  const sources = new Map([
    ["rrn-tools-and-resources", new SourceText(SOURCE)],
    [SOURCE_ID, new SourceText(SOURCE)],
  ]);
  const raw: RawSeed = { files, sources, problems: [] };
  return validateSeed(raw, "data").problems.map(formatProblem);
}

const resource = (r: Records): Rec => r.Resource[0]!;
const rel = (r: Records, type: string): Rec => r.relationships.find((x) => x.type === type)!;

describe("validateSeed", () => {
  it("accepts the valid mini seed, with typography normalised in evidence", () => {
    expect(problems()).toEqual([]);
  });

  describe("node records", () => {
    it.each<[string, (r: Records) => void, string]>([
      [
        "an id that is not a slug",
        (r) => (resource(r).id = "Calm Wards"),
        "data/resources.yaml: Calm Wards: id must be a kebab-case slug (a-z, 0-9, single dashes)",
      ],
      ["a missing title", (r) => delete resource(r).title, "data/resources.yaml: calm-wards-toolkit: missing title"],
      [
        "a missing summary",
        (r) => delete r.Framework[0]!.summary,
        "data/frameworks.yaml: quiet-approach: missing summary",
      ],
      [
        "an empty summary",
        (r) => (r.Setting[0]!.summary = "  "),
        "data/settings.yaml: inpatient: summary must not be empty",
      ],
      [
        "a resource kind outside the enum",
        (r) => (resource(r).kind = "TOOLKT"),
        'data/resources.yaml: calm-wards-toolkit: kind "TOOLKT" is not one of TOOLKIT, GUIDANCE,',
      ],
      [
        "an organisation kind outside the enum",
        (r) => (r.Organisation[0]!.kind = "charity"),
        'data/organisations.yaml: example-network: kind "charity" is not one of CHARITY, NHS_TRUST,',
      ],
      [
        "a misspelt key",
        (r) => (resource(r).titel = "x"),
        'data/resources.yaml: calm-wards-toolkit: unexpected key "titel"',
      ],
      [
        "a key another label has",
        (r) => (r.Setting[0]!.kind = "TOOLKIT"),
        'data/settings.yaml: inpatient: unexpected key "kind"',
      ],
      [
        "a year that is not whole",
        (r) => (resource(r).year = 2020.5),
        "calm-wards-toolkit: year must be a whole number",
      ],
      [
        "a year written as text",
        (r) => (r.Legislation[0]!.year = "2018"),
        "data/legislation.yaml: some-act: year must be a whole number",
      ],
      [
        "a flag set to false",
        (r) => (resource(r).easyRead = false),
        "calm-wards-toolkit: easyRead must be true when present (leave it out otherwise)",
      ],
      [
        "a url that is not http(s)",
        (r) => (resource(r).url = "ftp://x.org/a"),
        "calm-wards-toolkit: url must be an http(s) URL",
      ],
      [
        "aliases that are not a list",
        (r) => (resource(r).aliases = "CWT"),
        "calm-wards-toolkit: aliases must be a list of strings",
      ],
      [
        "an empty alias",
        (r) => (resource(r).aliases = ["CWT", ""]),
        "calm-wards-toolkit: aliases[1] must not be empty",
      ],
      [
        "a restraint type without definition",
        (r) => delete r.RestraintType[0]!.definition,
        "physical-restraint: missing definition",
      ],
      ["a person without role", (r) => delete r.Person[0]!.role, "data/people.yaml: jo-bloggs: missing role"],
      [
        "a record that is not a mapping",
        (r) => (r.Audience[0] = "teachers" as unknown as Rec),
        "data/audiences.yaml: #1: a record must be a mapping of keys to values",
      ],
      [
        "generalKnowledge naming a property the record lacks",
        (r) => (resource(r).generalKnowledge = ["year"]),
        'calm-wards-toolkit: generalKnowledge names "year", which is not a property of this record',
      ],
      [
        "a summary copied from the source",
        (r) => (resource(r).summary = "The Calm Wards Toolkit helps staff reduce restraint on inpatient wards."),
        'calm-wards-toolkit: summary is copied verbatim from source "rrn-tools-and-resources"',
      ],
      [
        "a summary sharing a 12-word run with the source",
        (r) =>
          (resource(r).summary =
            "In short, it was published by the Example Network and adapts the Quiet Approach developed elsewhere."),
        'shares a 12-word run with source "rrn-tools-and-resources" ("was published by the Example Network and adapts the Quiet Approach developed")',
      ],
      [
        "an id used twice, even across labels",
        (r) => (r.Framework[0]!.id = "calm-schools"),
        "data/frameworks.yaml: calm-schools: duplicate id: already used by a Resource in data/resources.yaml",
      ],
      [
        "an isolated node",
        (r) => r.Resource.push({ id: "lonely", title: "Lonely", kind: "TOOL", summary: "Alone." }),
        "data/resources.yaml: lonely: isolated node: no relationship connects it",
      ],
    ])("rejects %s", (_name, change, expected) => {
      const found = problems(change);
      expect(
        found.some((p) => p.includes(expected)),
        `expected "${expected}" in:\n${found.join("\n")}`,
      ).toBe(true);
    });
  });

  describe("relationship records", () => {
    const file = "data/relationships/all.yaml";
    it.each<[string, (r: Records) => void, string]>([
      [
        "an unknown type",
        (r) => (rel(r, "FEATURES").type = "FEATURED_IN"),
        `${file}: calm-schools -FEATURED_IN-> jo-bloggs: type "FEATURED_IN" is not one of PUBLISHED_BY,`,
      ],
      [
        "a missing end",
        (r) => (rel(r, "FEATURES").to = "nobody"),
        `${file}: calm-schools -FEATURES-> nobody: "to" names "nobody", which no node file defines`,
      ],
      [
        "an unknown start",
        (r) => (rel(r, "FEATURES").from = "nothing"),
        `${file}: nothing -FEATURES-> jo-bloggs: "from" names "nothing", which no node file defines`,
      ],
      [
        "a label pair the model does not allow",
        (r) => (rel(r, "FEATURES").to = "example-network"),
        `${file}: calm-schools -FEATURES-> example-network: FEATURES may not go from Resource to Organisation (only Resource → Person)`,
      ],
      [
        "DERIVES_FROM without how",
        (r) => delete rel(r, "DERIVES_FROM").how,
        "calm-wards-toolkit -DERIVES_FROM-> quiet-approach: DERIVES_FROM needs `how`",
      ],
      [
        "a how outside the enum",
        (r) => (rel(r, "DERIVES_FROM").how = "COPIES"),
        'how "COPIES" is not one of ADAPTS, ENCOMPASSES, IMPLEMENTS, BASED_ON, FOLLOWS_ON',
      ],
      [
        "how on another type",
        (r) => (rel(r, "FEATURES").how = "ADAPTS"),
        "calm-schools -FEATURES-> jo-bloggs: `how` belongs on DERIVES_FROM only",
      ],
      [
        "missing evidence",
        (r) => delete rel(r, "FEATURES").evidence,
        "calm-schools -FEATURES-> jo-bloggs: missing evidence",
      ],
      [
        "empty evidence",
        (r) => (rel(r, "FEATURES").evidence = " "),
        "calm-schools -FEATURES-> jo-bloggs: evidence must not be empty",
      ],
      [
        "evidence over 300 characters",
        (r) => (rel(r, "FEATURES").evidence = "word ".repeat(70)),
        "calm-schools -FEATURES-> jo-bloggs: evidence is 349 characters; quote at most 300",
      ],
      [
        "evidence the source does not contain",
        (r) => (rel(r, "FEATURES").evidence = "written for pupils"),
        'calm-schools -FEATURES-> jo-bloggs: evidence not found in source "rrn-tools-and-resources": "written for pupils"',
      ],
      [
        "evidence with a changed word case",
        (r) => (rel(r, "FEATURES").evidence = "Written for teachers"),
        "evidence not found in source",
      ],
      [
        "an unknown source",
        (r) => (rel(r, "FEATURES").source = "another-page"),
        'calm-schools -FEATURES-> jo-bloggs: unknown source "another-page": no graph-seed/sources/another-page.txt',
      ],
      [
        "an unexpected key",
        (r) => (rel(r, "FEATURES").note = "x"),
        'calm-schools -FEATURES-> jo-bloggs: unexpected key "note"',
      ],
      [
        "a duplicate relationship",
        (r) => r.relationships.push({ ...rel(r, "FEATURES"), evidence: "A second guide" }),
        `${file}: calm-schools -FEATURES-> jo-bloggs: duplicate relationship: already listed in ${file}`,
      ],
      ["a record without from/type/to", (r) => r.relationships.push({ evidence: "x" }), `${file}: #9: missing from`],
      [
        "a missing basis",
        (r) => delete rel(r, "FOR_SETTING").basis,
        "calm-wards-toolkit -FOR_SETTING-> inpatient: missing basis",
      ],
      [
        "a basis outside the enum",
        (r) => (rel(r, "FOR_SETTING").basis = "OBVIOUS"),
        'basis "OBVIOUS" is not one of STATED, TITLE, INFERRED, GENERAL_KNOWLEDGE',
      ],
      [
        "INFERRED without reasoning",
        (r) => delete rel(r, "ADDRESSES").reasoning,
        "calm-wards-toolkit -ADDRESSES-> physical-restraint: basis INFERRED needs `reasoning`",
      ],
      [
        "reasoning on a basis other than INFERRED",
        (r) => (rel(r, "FOR_SETTING").reasoning = "Because it says so."),
        "calm-wards-toolkit -FOR_SETTING-> inpatient: `reasoning` belongs on basis INFERRED only",
      ],
      [
        "reasoning longer than one line",
        (r) => (rel(r, "ADDRESSES").reasoning = "First line.\nSecond line."),
        "calm-wards-toolkit -ADDRESSES-> physical-restraint: reasoning must be one line",
      ],
      [
        "reasoning over 200 characters",
        (r) => (rel(r, "ADDRESSES").reasoning = "because ".repeat(30)),
        "reasoning is 239 characters; say why in one line of at most 200",
      ],
      [
        "GENERAL_KNOWLEDGE on a quote from the page",
        (r) => (rel(r, "FOR_SETTING").basis = "GENERAL_KNOWLEDGE"),
        'calm-wards-toolkit -FOR_SETTING-> inpatient: basis GENERAL_KNOWLEDGE needs source "general-knowledge"',
      ],
      [
        "a STATED quote that names neither end, unconfirmed",
        (r) => delete rel(r, "FEATURES").confirmedBy,
        "calm-schools -FEATURES-> jo-bloggs: basis STATED, but the quote names neither end",
      ],
      [
        "a STATED quote that names neither end by alias either",
        (r) => (r.Jurisdiction[0]!.aliases = ["United States"]),
        "calm-schools -APPLIES_IN-> usa: basis STATED, but the quote names neither end",
      ],
      [
        "confirmedBy on a basis other than STATED",
        (r) => (rel(r, "ADDRESSES").confirmedBy = "Checked."),
        "calm-wards-toolkit -ADDRESSES-> physical-restraint: `confirmedBy` belongs on basis STATED only",
      ],
      [
        "a framework addressing a setting through ADDRESSES",
        (r) =>
          r.relationships.push({
            from: "quiet-approach",
            type: "ADDRESSES",
            to: "inpatient",
            evidence: "adapts the Quiet Approach",
            basis: "STATED",
          }),
        "quiet-approach -ADDRESSES-> inpatient: ADDRESSES may not go from Framework to Setting (only Resource → RestraintType, Framework → RestraintType)",
      ],
      [
        "a general-knowledge source with a page basis",
        (r) => (rel(r, "COMPLIES_WITH").basis = "STATED"),
        'calm-schools -COMPLIES_WITH-> some-act: source "general-knowledge" needs basis GENERAL_KNOWLEDGE',
      ],
    ])("rejects %s", (_name, change, expected) => {
      const found = problems(change);
      expect(
        found.some((p) => p.includes(expected)),
        `expected "${expected}" in:\n${found.join("\n")}`,
      ).toBe(true);
    });

    it("keeps basis and reasoning on the validated relationship", () => {
      const records = baseRecords();
      const raw: RawSeed = {
        files: [
          ...NODE_LABELS.map((label) => ({ file: `data/${LABEL_FILES[label]}`, label, records: records[label] })),
          { file: "data/relationships/all.yaml", records: records.relationships },
        ],
        sources: new Map([
          ["rrn-tools-and-resources", new SourceText(SOURCE)],
          [SOURCE_ID, new SourceText(SOURCE)],
        ]),
        problems: [],
      };
      const result = validateSeed(raw, "data");
      if (!("seed" in result)) throw new Error(result.problems.map(formatProblem).join("\n"));
      const addresses = result.seed.relationships.find((r) => r.type === "ADDRESSES");
      expect(addresses?.basis).toBe("INFERRED");
      expect(addresses?.reasoning).toMatch(/hands-on/);
      expect(result.seed.relationships.find((r) => r.type === "FEATURES")).toMatchObject({ basis: "STATED" });
      expect(result.seed.relationships.find((r) => r.type === "FEATURES")).not.toHaveProperty("reasoning");
    });

    it("lets a framework carry what it addresses, where it is used, for whom and where it applies", () => {
      const framework = (type: string, to: string, evidence: string): Rec => ({
        from: "quiet-approach",
        type,
        to,
        evidence,
        basis: "STATED",
      });
      expect(
        problems((r) =>
          r.relationships.push(
            framework("ADDRESSES", "physical-restraint", "the Quiet Approach developed in the US"),
            framework("FOR_SETTING", "inpatient", "the Quiet Approach developed in the US"),
            framework("FOR_AUDIENCE", "teachers", "the Quiet Approach developed in the US"),
            framework("APPLIES_IN", "usa", "the Quiet Approach developed in the US"),
            framework("DEVELOPED_IN", "usa", "the Quiet Approach developed in the US"),
          ),
        ),
      ).toEqual([]);
    });

    it("accepts a STATED quote that names one end only, by name or by alias, whatever the case", () => {
      // "developed in the US": the jurisdiction's alias, not the resource's title.
      expect(problems((r) => (rel(r, "APPLIES_IN").evidence = "Quiet Approach developed in the US"))).toEqual([]);
      expect(problems((r) => (rel(r, "FOR_SETTING").evidence = "reduce restraint on inpatient wards"))).toEqual([]);
    });

    it("does not look for general-knowledge evidence in the page", () => {
      expect(problems((r) => (rel(r, "COMPLIES_WITH").evidence = "Not on the page at all."))).toEqual([]);
    });

    it("does not also call the ends of a broken relationship isolated", () => {
      const found = problems((r) => (rel(r, "FEATURES").evidence = "not in the page"));
      expect(found).toHaveLength(1);
    });
  });
});

describe("near-duplicate resource titles", () => {
  const seedWith = (resources: Rec[], relationships: Rec[]) => {
    const records = baseRecords();
    records.Resource.push(...resources);
    records.relationships.push(...relationships);
    const raw: RawSeed = {
      files: [
        ...NODE_LABELS.map((label) => ({ file: `data/${LABEL_FILES[label]}`, label, records: records[label] })),
        { file: "data/relationships/all.yaml", records: records.relationships },
      ],
      sources: new Map([
        ["rrn-tools-and-resources", new SourceText(SOURCE)],
        [SOURCE_ID, new SourceText(SOURCE)],
      ]),
      problems: [],
    };
    const result = validateSeed(raw, "data");
    if (!("seed" in result)) throw new Error(result.problems.map(formatProblem).join("\n"));
    return (result.seed.warnings ?? []).map(formatProblem);
  };
  const twin: Rec = {
    id: "the-calm-wards-toolkit",
    title: "The Calm Wards toolkit",
    kind: "TOOLKIT",
    summary: "Again.",
  };
  const twinLink = (type: string): Rec => ({
    from: "the-calm-wards-toolkit",
    type,
    to: "calm-wards-toolkit",
    evidence: "The Calm Wards Toolkit helps staff",
    basis: "STATED",
  });

  it("warns, without refusing the seed, about two resources whose titles share their words", () => {
    expect(seedWith([twin], [twinLink("REFERENCES")])).toEqual([
      `data/resources.yaml: calm-wards-toolkit: title is a near-duplicate of the-calm-wards-toolkit's ("The Calm Wards toolkit", 100% of its own words shared): one resource (merge them) or versions (VERSION_OF)?`,
    ]);
  });

  it("says nothing once VERSION_OF, PART_OF or DERIVES_FROM says how the two are related", () => {
    expect(seedWith([twin], [twinLink("VERSION_OF")])).toEqual([]);
    expect(seedWith([twin], [twinLink("PART_OF")])).toEqual([]);
    expect(seedWith([twin], [{ ...twinLink("DERIVES_FROM"), how: "FOLLOWS_ON" }])).toEqual([]);
  });

  it("reads words of a series (in three titles or more) as no one work's, so talks of one event differ by speaker", () => {
    const talk = (id: string, who: string): Rec => ({
      id,
      title: `${who} at the Calm Wards Conference 2018`,
      kind: "VIDEO",
      summary: "A talk.",
    });
    const talks = [talk("talk-a", "Richard Chapman"), talk("talk-b", "Richard Wilkins"), talk("talk-c", "Ben Higgins")];
    const linked = (ids: string[]) => ids.map((id) => ({ ...twinLink("REFERENCES"), from: id }));
    expect(seedWith(talks, linked(["talk-a", "talk-b", "talk-c"]))).toEqual([]);
    // The same speaker's talk entered twice is still one work twice.
    expect(
      seedWith([...talks, talk("talk-d", "Ben Higgins")], linked(["talk-a", "talk-b", "talk-c", "talk-d"])),
    ).toEqual([
      `data/resources.yaml: talk-c: title is a near-duplicate of talk-d's ("Ben Higgins at the Calm Wards Conference 2018", 100% of its own words shared): one resource (merge them) or versions (VERSION_OF)?`,
    ]);
  });

  it("says nothing of titles that merely share a subject", () => {
    const other: Rec = {
      id: "calm-wards-audit",
      title: "Calm Wards audit of night staffing",
      kind: "TOOL",
      summary: "An audit.",
    };
    expect(seedWith([other], [{ ...twinLink("REFERENCES"), from: "calm-wards-audit" }])).toEqual([]);
  });
});
