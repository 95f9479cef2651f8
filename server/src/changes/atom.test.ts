import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { changesAtom } from "./atom.js";
import type { GraphChangeView } from "./list-changes.js";

const hostile = `<b>"Tom" & 'Jerry'</b> ]]>`;
const change: GraphChangeView = {
  id: "0b8f9c7e-1d2a-4b3c-8d4e-5f6a7b8c9d0e",
  version: "7-abcdef12",
  at: "2026-12-07T18:00:00.000Z",
  kind: "EDIT",
  itemCount: 1,
  items: [
    {
      change: "ADDED",
      node: null,
      type: "DERIVES_FROM",
      from: { id: "kit", label: hostile, type: "RESOURCE", exists: true },
      to: { id: "six-core-strategies", label: "Six Core Strategies", type: "FRAMEWORK", exists: true },
    },
  ],
};
const spec = {
  base: "https://explorer.example",
  selfPath: "/feeds/changes.atom",
  pagePath: "/changes",
  title: "What's new",
  subtitle: "Every change",
  id: "urn:rrn-explorer:feeds:changes",
  fallbackUpdated: new Date(0),
};

describe("changesAtom", () => {
  it("writes well-formed Atom whatever a node is called, its text escaped, not interpreted", () => {
    const xml = changesAtom([change], spec);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (n) => n === "entry" }).parse(xml) as {
      feed: { entry: { id: string; title: { "#text": string } | string; content: { "#text": string } | string }[] };
    };
    const [entry] = doc.feed.entry;
    expect(entry?.id).toBe(`urn:uuid:${change.id}`);
    // Titles and content are HTML (type="html"): the name arrives escaped, so a reader shows it as written.
    const escaped = "&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt; ]]&gt;";
    const text = (v: { "#text": string } | string | undefined) => (typeof v === "object" ? v["#text"] : v);
    expect(text(entry?.title)).toBe(`Curator edit: New relationship: ${escaped} derives from Six Core Strategies`);
    expect(text(entry?.content)).toContain(`<a href="https://explorer.example/node/kit">${escaped}</a>`);
    expect(text(entry?.content)).toContain(`<a href="https://explorer.example/node/six-core-strategies">`);
  });

  it("keeps a feed with no changes valid, with the fallback as its updated time", () => {
    const xml = changesAtom([], spec);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain("<updated>1970-01-01T00:00:00.000Z</updated>");
  });
});
