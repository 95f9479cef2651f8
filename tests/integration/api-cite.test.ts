import { randomUUID } from "node:crypto";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { CitationFormat, CiteDocument } from "@rrn/client/operations";
import { loadSeed, type Seed } from "@rrn/graph-seed";
import { authorNames, parseBibtex, parseRis, yearOf, type ParsedEntry } from "../support/citation-parsers.js";
import { errorCodes, gqlAs, gqlAsData, useCuratorSession } from "@rrn/testkit/curation";
import { gql, gqlData, queryText } from "@rrn/testkit/graphql";
import { startTestServer, type TestServer } from "@rrn/testkit/in-process-server";

/**
 * `cite`: references built from the graph, in every format, read back with real parsers and
 * compared with the seed files themselves (the graph's source of truth).
 */
const uri = inject("neo4jUri");
const run = `cite-${randomUUID().slice(0, 8)}`;

// A report with a year and an organisation as publisher; a video by a person, with a title of
// our own; an Act with neither.
/** The same query as text, for variables its types would refuse (an unknown format). */
const CITE_TEXT = queryText(CiteDocument);

const SAMPLE = ["positive-and-proactive-guidance", "blanket-restrictions-video", "mental-health-act"];

describe("cite", () => {
  let server: TestServer;
  let seed: Seed;
  // The query the explorer's cite panel sends.
  const cite = async (ids: string[], format: CitationFormat) =>
    (await gqlData(server.url, CiteDocument, { ids, format })).cite;

  /** What the seed says of a node: title (bracketed when ours), year, publishers' names. */
  const expected = (id: string) => {
    const node = seed.nodes.find((n) => n.id === id);
    if (!node) throw new Error(`${id} is not in the seed`);
    const record: Record<string, unknown> = node.record;
    const title = String(record.title ?? record.name);
    const publishers = seed.relationships
      .filter((r) => r.type === "PUBLISHED_BY" && r.from === id)
      .map((r) => {
        const to = seed.nodes.find((n) => n.id === r.to)?.record as Record<string, unknown> | undefined;
        return String(to?.name);
      })
      .sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
    return {
      title: record.descriptiveTitle === true ? `[${title}]` : title,
      year: typeof record.year === "number" ? record.year : null,
      publishers,
    };
  };

  beforeAll(async () => {
    server = await startTestServer(uri);
    seed = await loadSeed();
  });
  afterAll(async () => {
    await server.close();
  });

  it("gives every format its media type and file name", async () => {
    // Typed by the schema's formats, so a new format fails to compile until it is listed here.
    const files: Record<CitationFormat, [string, string]> = {
      RIS: ["application/x-research-info-systems", "ris"],
      BIBTEX: ["application/x-bibtex", "bib"],
      CSL_JSON: ["application/vnd.citationstyles.csl+json", "json"],
      HARVARD: ["text/plain; charset=utf-8", "txt"],
      APA: ["text/plain; charset=utf-8", "txt"],
    };
    for (const format of Object.values(CitationFormat)) {
      const [contentType, extension] = files[format];
      const one = await cite([SAMPLE[0]!], format);
      expect(one).toMatchObject({ format, contentType, filename: `positive-and-proactive-guidance.${extension}` });
      const three = await cite(SAMPLE, format);
      expect(three.filename).toBe(`rrn-references-3.${extension}`);
      expect(three.text.length).toBeGreaterThan(one.text.length);
    }
  });

  it("RIS parses back with each node's title, year, authors and type", async () => {
    const entries = parseRis((await cite(SAMPLE, "RIS")).text);
    expect(entries).toHaveLength(3);
    const [guidance, video, act] = entries as [ParsedEntry, ParsedEntry, ParsedEntry];
    for (const [entry, id] of [
      [guidance, SAMPLE[0]],
      [video, SAMPLE[1]],
      [act, SAMPLE[2]],
    ] as const) {
      const want = expected(id!);
      expect(entry.title).toBe(want.title);
      expect(yearOf(entry)).toBe(want.year);
      expect(entry.note).toMatch(/Listed on the Restraint Reduction Network’s “Tools and resources” page\./);
    }
    expect(guidance.type).toBe("report");
    expect(authorNames(guidance)).toEqual(expected(SAMPLE[0]!).publishers);
    expect(guidance.publisher).toBe("Department of Health");
    // A film (TY MPCT) keeps its author too.
    expect(video.type).toBe("broadcast");
    expect(video.author).toEqual([{ given: "Alexis", family: "Quinn" }]);
    expect(video.note).toMatch(/not the item’s own title/);
    expect(act.type).toBe("legislation");
  });

  it("RIS names authors in the order the page credits them, organisations as corporate authors", async () => {
    const text = (await cite(["restraint-in-mental-health-services", "restrain-yourself-toolkit"], "RIS")).text;
    const records = text.split("ER  - ").slice(0, 2);
    const authors = records.map((r) => [...r.matchAll(/^AU {2}- (.*)\r$/gm)].map((m) => m[1]));
    // "A publication from MIND and NSUN.": Mind first, though N… < M… is not why.
    expect(authors[0]).toEqual(["Mind,", "NSUN,"]);
    // "adapted for the UK by: Joy Duxbury (University of Central Lancashire), Julie Cullen (AQuA), …":
    // the people in the page's order; their organisations are affiliations, not authors.
    expect(authors[1]).toEqual([
      "Duxbury, Joy",
      "Cullen, Julie",
      "Greenwood, Paul",
      "Baker, John",
      "Price, Owen",
      "Woods, Julia",
      "Mather, Anthony",
    ]);
    expect(records[1]).toMatch(/Authors’ affiliations: University of Central Lancashire, AQuA/);
    // As Zotero's RIS import reads a name (RIS.js): text before the first comma is the last
    // name, the rest the first; no first name makes it a single-field, corporate author.
    const zotero = (value: string) => {
      const last = value.split(/\s*,\s*/)[0] ?? "";
      const first = value.slice(last.length).replace(/^\s*,\s*/, "");
      return first ? { last, first } : { name: last };
    };
    expect(authors[0]?.map((a) => zotero(a!))).toEqual([{ name: "Mind" }, { name: "NSUN" }]);
    expect(zotero(authors[1]![0]!)).toEqual({ last: "Duxbury", first: "Joy" });
    // Citation.js reads them back with the same names.
    expect(authorNames(parseRis(text)[0]!)).toEqual(["Mind", "NSUN"]);
  });

  it("BibTeX parses back with keys from the graph ids and the same fields", async () => {
    const entries = parseBibtex((await cite(SAMPLE, "BIBTEX")).text);
    expect(entries.map((e) => e["citation-key"])).toEqual(SAMPLE.map((id) => id.replaceAll("-", "_")));
    for (const [i, entry] of entries.entries()) {
      const want = expected(SAMPLE[i]!);
      expect(entry.title).toBe(want.title);
      expect(yearOf(entry)).toBe(want.year);
    }
    expect(authorNames(entries[0]!)).toEqual(["Department of Health"]);
    expect(entries[1]!.author).toEqual([{ given: "Alexis", family: "Quinn" }]);
    expect(entries[0]!.type).toBe("report");
  });

  it("CSL-JSON holds the graph's facts and nothing else", async () => {
    const items = JSON.parse((await cite(SAMPLE, "CSL_JSON")).text) as Record<string, unknown>[];
    expect(items.map((i) => i.id)).toEqual(SAMPLE);
    expect(items[0]).toMatchObject({
      type: "report",
      title: "Positive and Proactive guidance",
      author: [{ literal: "Department of Health" }],
      publisher: "Department of Health",
      issued: { "date-parts": [[2014]] },
    });
    // No URL, year or author is made up where the graph has none.
    expect(items[2]).not.toHaveProperty("issued");
    expect(items[2]).not.toHaveProperty("author");
    expect(items.some((i) => "URL" in i)).toBe(false);
  });

  it("formats Harvard (Cite Them Right) and APA reference lists", async () => {
    const harvard = (await cite(SAMPLE, "HARVARD")).text.trim().split("\n");
    expect(harvard).toHaveLength(3);
    expect(harvard).toContain("Department of Health (2014) Positive and Proactive guidance. Department of Health.");
    expect(harvard).toContain("Quinn, A. (no date) [Blanket restrictions video by RRN Manager Alexis Quinn].");
    const apa = (await cite(SAMPLE, "APA")).text.trim().split("\n");
    expect(apa).toContain("Department of Health. (2014). Positive and Proactive guidance. Department of Health.");
    expect(apa.some((line) => line.startsWith("Quinn, A. (n.d.). [Blanket restrictions video"))).toBe(true);
  });

  it("cites 50 resources in one request, each read back with its own title and year", async () => {
    const ids = seed.nodes
      .filter((n) => n.label === "Resource")
      .map((n) => n.id)
      .sort()
      .slice(0, 50);
    expect(ids).toHaveLength(50);
    const ris = parseRis((await cite(ids, "RIS")).text);
    const bib = parseBibtex((await cite(ids, "BIBTEX")).text);
    expect(ris).toHaveLength(50);
    expect(bib).toHaveLength(50);
    for (const [i, id] of ids.entries()) {
      const want = expected(id);
      expect(ris[i]!.title, id).toBe(want.title);
      expect(yearOf(ris[i]!), id).toBe(want.year);
      expect(bib[i]!["citation-key"], id).toBe(id.replaceAll("-", "_"));
      expect(bib[i]!.title, id).toBe(want.title);
    }
    expect((await cite(ids, "HARVARD")).text.trim().split("\n")).toHaveLength(50);
  });

  it("refuses unknown ids, naming them, and cites nothing", async () => {
    const res = await gql(server.url, CITE_TEXT, {
      ids: ["positive-and-proactive-guidance", "no-such-resource", "another-missing-one"],
      format: "RIS",
    });
    expect(res.body.data ?? null).toBeNull();
    expect(res.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.body.errors?.[0]?.message).toBe(
      'No node has the ids "no-such-resource" and "another-missing-one"; nothing was cited.',
    );
  });

  it("refuses nodes that are not documents, an empty list and more than 200 ids", async () => {
    const notCitable = await gql(server.url, CITE_TEXT, { ids: ["seclusion", "nhs-england"], format: "APA" });
    expect(notCitable.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(notCitable.body.errors?.[0]?.message).toMatch(/"seclusion" and "nhs-england" are neither/);
    const empty = await gql(server.url, CITE_TEXT, { ids: [], format: "APA" });
    expect(empty.body.errors?.[0]?.message).toBe("ids must name 1–200 nodes (got 0).");
    const many = await gql(server.url, CITE_TEXT, {
      ids: Array.from({ length: 201 }, (_, i) => `r${i}`),
      format: "RIS",
    });
    expect(many.body.errors?.[0]?.message).toBe("ids must name 1–200 nodes (got 201).");
    const bad = await gql(server.url, CITE_TEXT, { ids: ["x"], format: "MLA" });
    expect(bad.status).toBe(400);
  });
});

describe("cite: a URL a curator adds", () => {
  let server: TestServer;
  let driver: Driver;
  let token: string;
  const id = `${run}-toolkit`;

  useCuratorSession({ uri, run, curator: "Citing Curator" }, (s) => ({ server, driver, token } = s));
  beforeAll(async () => {
    await gqlAsData(
      server.url,
      token,
      `mutation($input: [ResourceCreateInput!]!) { createResources(input: $input) { resources { id } } }`,
      {
        input: [{ id, title: `${run} Calm Wards Toolkit`, kind: "TOOLKIT", summary: "A test toolkit.", year: 2021 }],
      },
    );
  });

  const setUrl = (url: string | null) =>
    gqlAs(
      server.url,
      token,
      `mutation($id: ID!, $url: String) { updateResources(where: { id: { eq: $id } }, update: { url: { set: $url } }) { resources { id url } } }`,
      { id, url },
    );

  it("is refused unless it is an http(s) link, and the node keeps no url", async () => {
    for (const url of ["javascript:alert(document.domain)", "data:text/html,hi", "www.example.org/toolkit"]) {
      const res = await setUrl(url);
      expect(errorCodes(res), url).toEqual(["BAD_USER_INPUT"]);
      expect(res.body.errors?.[0]?.message).toMatch(/update\.url must be an http:\/\/ or https:\/\/ link/);
    }
    const { records } = await driver.executeQuery("MATCH (r:Resource {id: $id}) RETURN r.url AS url", { id });
    expect(records[0]?.get("url")).toBeNull();
  });

  it("is stored when it is https, and every format then cites it", async () => {
    const url = "https://example.org/calm-wards-toolkit.pdf";
    expect(errorCodes(await setUrl(url))).toEqual([]);
    const ris = parseRis((await gqlData(server.url, CiteDocument, { ids: [id], format: "RIS" })).cite.text);
    expect(ris[0]).toMatchObject({ URL: url, title: `${run} Calm Wards Toolkit` });
    expect(yearOf(ris[0]!)).toBe(2021);
    const harvard = (await gqlData(server.url, CiteDocument, { ids: [id], format: "HARVARD" })).cite.text;
    expect(harvard).toContain(`Available at: ${url}`);
    // No accessed date unless the citer gives one: the server does not guess whose today it is.
    expect(harvard).not.toMatch(/Accessed/);
  });

  it("gives Harvard and APA the URL and the accessed date the citer gives", async () => {
    const cited = async (format: CitationFormat) =>
      (await gqlData(server.url, CiteDocument, { ids: [id], format, accessed: "2026-12-07" })).cite.text;
    const url = "https://example.org/calm-wards-toolkit.pdf";
    expect(await cited("HARVARD")).toContain(`Available at: ${url} (Accessed: 7 December 2026)`);
    expect(await cited("APA")).toContain(`Retrieved 7 December 2026, from ${url}`);
    expect(await cited("RIS")).toMatch(/^Y2 {2}- 2026\/12\/7\//m);
    const res = await gql(server.url, CITE_TEXT, { ids: [id], format: "APA", accessed: "2026-02-30" });
    expect(res.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.body.errors?.[0]?.message).toBe('accessed must be a date written YYYY-MM-DD (got "2026-02-30").');
  });
});
