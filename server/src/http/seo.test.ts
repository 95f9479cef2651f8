import { describe, expect, it } from "vitest";
import { escapeHtml, sitemapSlice, withHead } from "./seo.js";

describe("escapeHtml", () => {
  it("escapes everything that could end a tag or an attribute", () => {
    expect(escapeHtml(`</title><a href="x" onclick='y'>&`)).toBe(
      "&lt;/title&gt;&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;",
    );
  });
});

describe("withHead", () => {
  const tags = "<title>New</title>";
  it("replaces the block between the page-head markers", () => {
    const html = `<head>\n<meta charset="UTF-8" />\n<!-- page-head -->\n<title>Old</title>\n<meta name="description" content="old" />\n<!-- /page-head -->\n</head>`;
    expect(withHead(html, tags)).toBe(`<head>\n<meta charset="UTF-8" />\n${tags}\n</head>`);
  });

  it("without markers, drops the old title and description and puts the tags first", () => {
    const html = `<head><title>Old</title><meta name="description" content="old" /><link rel="icon" /></head>`;
    expect(withHead(html, tags)).toBe(`<head>\n    ${tags}<link rel="icon" /></head>`);
  });

  it("inserts `$&` and other replacement patterns literally", () => {
    expect(withHead("<!-- page-head --><!-- /page-head -->", "<title>$& $1</title>")).toBe("<title>$& $1</title>");
  });
});

describe("sitemapSlice", () => {
  it("puts the views first, then the node pages, limit URLs per part", () => {
    // 4 views + 10 nodes = 14 URLs in parts of 5: [4 views + 1 node] [5 nodes] [4 nodes]
    expect(sitemapSlice(4, 1, 5, 14)).toEqual({ views: [0, 4], skip: 0, limit: 1 });
    expect(sitemapSlice(4, 2, 5, 14)).toEqual({ views: [4, 4], skip: 1, limit: 5 });
    expect(sitemapSlice(4, 3, 5, 14)).toEqual({ views: [4, 4], skip: 6, limit: 4 });
  });

  it("lists everything in one part when it fits", () => {
    expect(sitemapSlice(4, 1, 50_000, 176)).toEqual({ views: [0, 4], skip: 0, limit: 172 });
  });

  it("splits views across parts when a part is shorter than the views", () => {
    expect(sitemapSlice(4, 1, 3, 6)).toEqual({ views: [0, 3], skip: 0, limit: 0 });
    expect(sitemapSlice(4, 2, 3, 6)).toEqual({ views: [3, 4], skip: 0, limit: 2 });
  });
});
