import { describe, expect, it } from "vitest";
import { compareWithPage } from "./compare.js";
import type { GraphResource } from "./graph-resources.js";
import { readSourcePage } from "./page-items.js";

const resource = (id: string, title: string, quotes: string[], extra: Partial<GraphResource> = {}): GraphResource => ({
  id,
  title,
  aliases: [],
  url: null,
  outgoing: quotes.map((evidence, i) => ({ from: id, type: "ADDRESSES", to: `t${i}`, evidence })),
  incoming: [],
  ...extra,
});

const calm = resource("calm-wards-guide", "Calm Wards Guide", ["helps wards plan calmer shifts"]);
const film = resource("quiet-film", "Quiet rooms film", ["a short film about quiet rooms"]);
const toolkit = resource("quiet-toolkit", "Quiet rooms toolkit", ["toolkit and in this film"]);

describe("readSourcePage", () => {
  it("reads a heading with the paragraphs under it as one entry, and paragraphs before any heading on their own", () => {
    const page = readSourcePage(
      `<main><h1>Tools</h1><p><strong>First</strong> – one entry.</p><h3>Second</h3><p>Its text.</p><p>More of it.</p>
       <h3>Third</h3><p>See <a href="/third">the third</a> and <a href="mailto:x@example.org">mail</a>.</p></main>`,
      "https://example.org/tools/",
    );
    expect(page.items.map((i) => [i.title, i.text])).toEqual([
      ["First", "First - one entry."],
      ["Second", "Second Its text. More of it."],
      ["Third", "Third See the third and mail."],
    ]);
    // Relative links resolved against the page; anything but http(s) left out.
    expect(page.items[2]?.links).toEqual([{ url: "https://example.org/third", text: "the third" }]);
    expect(page.text).toBe("Tools First - one entry. Second Its text. More of it. Third See the third and mail.");
  });

  it("takes each <article> as an entry where the page has them, leaving the rest (navigation, introduction) out", () => {
    const page = readSourcePage(
      `<body><nav><a href="https://example.org/">Home</a></nav><main><p>Introduction.</p>
       <article><h3>One</h3><p>Text one.</p></article><article><p>Text two – no heading.</p></article></main></body>`,
    );
    expect(page.items.map((i) => i.title)).toEqual(["One", "Text two"]);
    expect(page.items.flatMap((i) => i.links)).toEqual([]);
  });
});

describe("compareWithPage", () => {
  const html = (entries: string[]) => `<main>${entries.map((e) => `<article>${e}</article>`).join("")}</main>`;

  it("matches by quote, reports a changed text by its title, a missing resource, a new entry and drift", () => {
    const page = readSourcePage(
      html([
        `<h3>Calm Wards Guide</h3><p>Now a second edition.</p>`,
        `<p>A new thing entirely, nothing like the others.</p>`,
      ]),
    );
    const report = compareWithPage(page, [calm, film], [...calm.outgoing, ...film.outgoing]);
    expect(report.matched).toEqual([expect.objectContaining({ resourceId: "calm-wards-guide", by: "title" })]);
    expect(report.changed).toEqual([
      expect.objectContaining({ resourceId: "calm-wards-guide", quotes: ["helps wards plan calmer shifts"] }),
    ]);
    expect(report.missing.map((m) => m.resourceId)).toEqual(["quiet-film"]);
    expect(report.new.map((n) => n.pageText)).toEqual(["A new thing entirely, nothing like the others."]);
    expect(report.evidenceDrift.map((d) => d.from)).toEqual(["calm-wards-guide", "quiet-film"]);
  });

  it("finds a reworded title with Fuse.js among entries nothing else claimed", () => {
    const page = readSourcePage(html([`<h3>Calm Ward Guide (2nd edition)</h3><p>Rewritten.</p>`]));
    const report = compareWithPage(page, [calm], calm.outgoing);
    expect(report.matched).toEqual([expect.objectContaining({ resourceId: "calm-wards-guide", by: "fuzzy" })]);
    expect(report.new).toEqual([]);
    expect(report.missing).toEqual([]);
  });

  it("does not take an unrelated entry for a missing resource", () => {
    const page = readSourcePage(html([`<h3>Seclusion review</h3><p>Nothing about wards or calm at all.</p>`]));
    const report = compareWithPage(page, [calm], calm.outgoing);
    expect(report.missing.map((m) => m.resourceId)).toEqual(["calm-wards-guide"]);
    expect(report.new).toHaveLength(1);
  });

  it("gives each link of a shared entry to the resource its words name, and says whether the graph has it", () => {
    const page = readSourcePage(
      html([
        `<p>Read our <a href="https://example.org/tk">resource toolkit</a> and in this film: ` +
          `<a href="https://example.org/film">watch the film</a>, a short film about quiet rooms.</p>`,
      ]),
    );
    const withUrl = { ...toolkit, url: "https://example.org/old-tk" };
    const report = compareWithPage(page, [withUrl, { ...film, url: "https://example.org/film" }], []);
    expect(report.links.map((l) => [l.resourceId, l.url, l.status])).toEqual([
      ["quiet-toolkit", "https://example.org/tk", "changed"],
      ["quiet-film", "https://example.org/film", "same"],
    ]);
  });
});
