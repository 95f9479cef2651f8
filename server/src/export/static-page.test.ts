import { describe, expect, it } from "vitest";
import { scriptSafeJson } from "../http/structured-data.js";
import {
  linkedPaths,
  preloadedRequests,
  renderedPage,
  sitemapParts,
  staticPage,
  staticRobots,
  withRenderedPages,
} from "./static-page.js";

const served = `<!doctype html>
<html>
  <head>
    <title>Six Core Strategies · Restraint Reduction Explorer</title>
    <link rel="canonical" href="http://static-export.invalid/node/six-core-strategies" />
    <link rel="preload" as="fetch" crossorigin="anonymous" href="/graphql?operationName=Neighbourhood&amp;variables=%7B%7D">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

describe("preloadedRequests", () => {
  it("reads the API requests a page preloads, as the client sends them", () => {
    expect(preloadedRequests(served)).toEqual(["/graphql?operationName=Neighbourhood&variables=%7B%7D"]);
  });
});

describe("staticPage", () => {
  const data = { "/graphql?operationName=Neighbourhood&variables=%7B%7D": { data: { x: "</script><b>" } } };

  it("marks the page static with its graph version and the live explorer, and drops the API preloads", () => {
    const html = staticPage(served, { graphVersion: "7-abc", liveUrl: "https://live.example.org", data });
    expect(html).toContain('<meta name="rrn-static" content="7-abc" />');
    expect(html).toContain('<meta name="rrn-live" content="https://live.example.org" />');
    expect(html).not.toContain('rel="preload"');
    expect(html.indexOf("rrn-static")).toBeLessThan(html.indexOf("</head>"));
  });

  it("embeds the answers, safe inside a script element", () => {
    const html = staticPage(served, { graphVersion: "1", data });
    const script = /<script id="rrn-static-data" type="application\/json">(.*)<\/script>/.exec(html)?.[1];
    expect(script).toBeDefined();
    expect(script).not.toContain("</script>");
    expect(JSON.parse(script!)).toEqual(data);
    expect(html).not.toContain("rrn-live");
  });

  it("embeds the answers beside a server render's own data, which lacks what effects ask for", () => {
    const ssr = served.replace("</body>", '<script id="rrn-ssr-data" type="application/json">{}</script></body>');
    expect(staticPage(ssr, { graphVersion: "1", data })).toContain('<script id="rrn-static-data"');
  });

  it("embeds nothing when the page preloads nothing", () => {
    expect(staticPage(served, { graphVersion: "1", data: {} })).not.toContain("rrn-static-data");
  });

  it("makes the stand-in origin of an export without a base URL root-relative", () => {
    const html = staticPage(served, { graphVersion: "1", data: {}, relativeOrigin: "http://static-export.invalid" });
    expect(html).toContain('<link rel="canonical" href="/node/six-core-strategies" />');
  });
});

describe("staticRobots", () => {
  const robots = "User-agent: *\nDisallow: /curate\n\nSitemap: https://x.org/sitemap.xml\n";
  it("keeps the sitemap line only when there is a base URL", () => {
    expect(staticRobots(robots, true)).toBe(robots);
    expect(staticRobots(robots, false)).toBe("User-agent: *\nDisallow: /curate\n");
  });
});

describe("sitemapParts", () => {
  it("lists the parts of a sitemap index as paths", () => {
    const index = `<?xml version="1.0"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>https://x.org/sitemap-1.xml</loc></sitemap>
  <sitemap><loc>https://x.org/sitemap-2.xml</loc></sitemap>
</sitemapindex>`;
    expect(sitemapParts(index, "https://x.org")).toEqual(["/sitemap-1.xml", "/sitemap-2.xml"]);
  });

  it("has none for a plain sitemap", () => {
    expect(sitemapParts("<urlset><url><loc>https://x.org/</loc></url></urlset>", "https://x.org")).toEqual([]);
  });
});

describe("linkedPaths", () => {
  it("lists the path views a page links to with both ends, as the browser requests them", () => {
    const html = `<a href="/path?from=hope-model&amp;to=no-force-first">x</a>
      <a href="/path?from=six-core-strategies&amp;to=mersey-care&amp;context=include">y</a>
      <a href="/path?from=hope-model&amp;to=no-force-first">again</a>
      <a href="/path?from=hope-model">one end</a> <a href="/path">none</a> <a href="/pathway?from=a&amp;to=b">z</a>`;
    expect(linkedPaths(html)).toEqual([
      "/path?from=hope-model&to=no-force-first",
      "/path?from=six-core-strategies&to=mersey-care&context=include",
    ]);
  });
});

describe("renderedPage and withRenderedPages", () => {
  const answers = { "123": { data: '{"paths":[]}', hasNext: false } };
  const page = `<html><body><div id="root"><p>x</p></div>
    <script id="rrn-ssr-data" type="application/json">${scriptSafeJson({ url: "/path?from=a&to=b", answers: { ...answers, q: "</script>" } })}</script>
  </body></html>`;

  it("reads the render a served page carries", () => {
    expect(renderedPage(page)).toEqual({ url: "/path?from=a&to=b", answers: { ...answers, q: "</script>" } });
    expect(renderedPage('<html><body><div id="root"></div></body></html>')).toBeNull();
  });

  it("keeps other URLs' renders in a page, by URL, safe inside a script element", () => {
    const renders = [
      { url: "/path?from=a&to=b", answers },
      { url: "/path?context=include&from=c&to=d", answers: { x: "</script>" } },
    ];
    const html = withRenderedPages(served, renders);
    const script = /<script id="rrn-static-pages" type="application\/json">(.*)<\/script>/.exec(html)?.[1];
    expect(script).not.toContain("</script>");
    expect(JSON.parse(script!)).toEqual({
      "/path?from=a&to=b": answers,
      "/path?context=include&from=c&to=d": { x: "</script>" },
    });
    expect(html.indexOf("rrn-static-pages")).toBeLessThan(html.indexOf("</body>"));
    expect(withRenderedPages(served, [])).toBe(served);
  });
});
