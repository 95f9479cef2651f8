import { randomUUID } from "node:crypto";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { BUMP_GRAPH_VERSION_CYPHER } from "@rrn/model";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startTestServer, type TestServer } from "@rrn/testkit/in-process-server";
import { testDriver } from "@rrn/testkit/neo4j";
import { repoRoot } from "@rrn/testkit/paths";

/**
 * The pages as browsers, link previews and reference managers get them, from a server on the
 * seeded test graph: each made once per graph version and kept compressed (ETag, 304), and each
 * resource or organisation page with the metadata Zotero's connector and search engines read,
 * compared here with what the graph holds.
 */
const uri = inject("neo4jUri");
const run = `pages-${randomUUID().slice(0, 8)}`;
const PUBLIC_URL = "https://rrn.example";
const BROWSER = {
  accept: "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8",
  "accept-encoding": "gzip, deflate, br",
};

/** Attribute values as written by the server, back to plain text. */
const decodeHtml = (text: string): string =>
  text.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (_, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" })[e]!,
  );

/** Every `<meta name|property="key" content="…">` of a head, as Zotero's translator reads them. */
function metaTags(head: string): [string, string][] {
  return [...head.matchAll(/<meta (?:name|property)="([^"]+)" content="([^"]*)" \/>/g)].map((m) => [
    m[1]!,
    decodeHtml(m[2]!),
  ]);
}
const all = (head: string, key: string) =>
  metaTags(head)
    .filter(([k]) => k === key)
    .map(([, v]) => v);
const one = (head: string, key: string) => all(head, key)[0];

function jsonLd(head: string): Record<string, unknown>[] {
  return [...head.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (m) => JSON.parse(m[1]!) as Record<string, unknown>,
  );
}

async function page(url: string, headers: Record<string, string> = BROWSER) {
  const res = await fetch(url, { headers });
  const html = await res.text();
  return { res, html, head: /<head>([\s\S]*)<\/head>/.exec(html)?.[1] ?? "" };
}

describe("pages from the page cache", () => {
  let server: TestServer;
  let driver: Driver;
  const dist = mkdtempSync(path.join(os.tmpdir(), "rrn-pages-"));
  copyFileSync(path.join(repoRoot, "client/index.html"), path.join(dist, "index.html"));

  beforeAll(async () => {
    driver = testDriver(uri);
    server = await startTestServer(uri, { CLIENT_DIST: dist, PUBLIC_URL, GRAPH_VERSION_POLL_MS: "200" });
  });
  afterAll(async () => {
    await driver.executeQuery("MATCH (n) WHERE n.id STARTS WITH $run DETACH DELETE n", { run });
    await server.close();
    await driver.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it("makes a page once per graph version: a strong ETag, 304 on If-None-Match, brotli for a browser", async () => {
    const url = `${server.url}/org/mersey-care`;
    const rendersBefore = server.pages!.stats().renders;
    const first = await page(url);
    expect(first.res.status).toBe(200);
    expect(first.res.headers.get("content-encoding")).toBe("br");
    expect(first.res.headers.get("cache-control")).toBe("no-cache");
    expect(first.res.headers.get("vary")).toMatch(/Accept-Encoding.*Sec-Fetch-Mode/);
    const etag = first.res.headers.get("etag")!;
    expect(etag).toMatch(/^"[0-9]+-[0-9a-f]+\.[\w-]{22}-br"$/);
    const second = await page(url);
    expect(second.html).toBe(first.html);
    expect(second.res.headers.get("etag")).toBe(etag);
    // The repeat is answered before Express (the fast path): the same headers, security ones included.
    const headersOf = (res: Response) => {
      const headers: Record<string, string> = {};
      res.headers.forEach((value, name) => {
        if (name !== "date" && name !== "keep-alive") headers[name] = value;
      });
      return headers;
    };
    expect(headersOf(second.res)).toEqual(headersOf(first.res));
    expect(first.res.headers.get("content-security-policy")).toMatch(/default-src 'self'/);
    const revalidated = await fetch(url, { headers: { ...BROWSER, "if-none-match": etag } });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe("");
    expect(server.pages!.stats().renders - rendersBefore).toBe(1);

    // A new graph version makes it again, under a new validator; the old one no longer matches.
    await driver.executeQuery(BUMP_GRAPH_VERSION_CYPHER, { floor: 0 });
    await expect
      .poll(async () => (await fetch(url, { headers: { ...BROWSER, "if-none-match": etag } })).status)
      .toBe(200);
    expect((await page(url)).res.headers.get("etag")).not.toBe(etag);
  });

  it("answers an unknown id 404 with a real page, kept like the others", async () => {
    const url = `${server.url}/node/${run}-missing`;
    const missing = await page(url);
    expect(missing.res.status).toBe(404);
    expect(missing.head).toMatch(/<title>Not found · Restraint Reduction Explorer<\/title>/);
    expect(missing.html).toContain('<div id="root">');
    const renders = server.pages!.stats().renders;
    expect((await page(url)).res.status).toBe(404);
    expect(server.pages!.stats().renders).toBe(renders);
  });

  it("carries Open Graph and a Twitter card on every page", async () => {
    for (const pathname of [
      "/",
      "/coverage",
      "/node/six-core-strategies",
      "/org/mersey-care",
      `/node/${run}-nope`,
      "/search?q=calm",
    ]) {
      const { head } = await page(`${server.url}${pathname}`);
      for (const key of ["og:type", "og:url", "og:title", "og:description", "og:site_name", "twitter:card"]) {
        expect(one(head, key), `${pathname} ${key}`).toBeTruthy();
      }
      expect(one(head, "og:url")!.startsWith(PUBLIC_URL), pathname).toBe(true);
    }
  });

  it("gives a resource's page the citation tags Zotero reads and schema.org JSON-LD, from the graph alone", async () => {
    // The seeded resource with the most of what the tags say: an organisation publisher and
    // restraint types, then a funder and a source where one has them.
    const { records } = await driver.executeQuery(
      `MATCH (r:Resource)-[:PUBLISHED_BY]->(:Organisation) WHERE EXISTS { (r)-[:ADDRESSES]->(:RestraintType) }
       WITH DISTINCT r
       RETURN r.id AS id
       ORDER BY CASE WHEN EXISTS { (r)-[:COMMISSIONED_BY]->() } THEN 0 ELSE 1 END,
                CASE WHEN EXISTS { (r)-[:DERIVES_FROM]->() } THEN 0 ELSE 1 END, id
       LIMIT 1`,
    );
    const id = String(records[0]!.get("id"));
    const facts = await driver.executeQuery(
      `MATCH (r:Resource {id: $id})
       RETURN r.title AS title, coalesce(r.descriptiveTitle, false) AS descriptive, r.summary AS summary, r.year AS year, r.url AS url, r.kind AS kind,
              COLLECT { MATCH (r)-[:PUBLISHED_BY]->(p:Organisation) RETURN p.name ORDER BY toLower(p.name) } AS orgs,
              COLLECT { MATCH (r)-[:PUBLISHED_BY]->(p:Person) RETURN p.name ORDER BY toLower(p.name) } AS people,
              COLLECT { MATCH (r)-[:COMMISSIONED_BY]->(p) RETURN p.name ORDER BY toLower(p.name) } AS funders,
              COLLECT { MATCH (r)-[:DERIVES_FROM]->(p) RETURN coalesce(p.title, p.name) ORDER BY toLower(coalesce(p.title, p.name)) } AS sources,
              COLLECT { MATCH (r)-[:ADDRESSES]->(p) RETURN p.name ORDER BY toLower(p.name) } AS restraintTypes`,
      { id },
    );
    const f = facts.records[0]!.toObject() as {
      title: string;
      descriptive: boolean;
      summary: string;
      year: number | null;
      url: string | null;
      orgs: string[];
      people: string[];
      funders: string[];
      sources: string[];
      restraintTypes: string[];
    };
    const pageUrl = `${PUBLIC_URL}/node/${id}`;
    const { res, head } = await page(`${server.url}/node/${id}`);
    expect(res.status).toBe(200);

    // A title the page gave the resource is ours, so in square brackets, as in the API's references.
    const title = f.descriptive ? `[${f.title}]` : f.title;
    expect(one(head, "citation_title")).toBe(title);
    expect(all(head, "citation_author")).toEqual(f.people);
    expect(one(head, "citation_publisher")).toBe(f.orgs[0]);
    expect(one(head, "citation_abstract_html_url")).toBe(pageUrl);
    if (f.year === null) expect(one(head, "citation_date")).toBeUndefined();
    else expect(one(head, "citation_date")).toBe(String(f.year));
    if (f.url === null) expect(one(head, "citation_public_url")).toBeUndefined();
    else expect(one(head, "citation_public_url")).toBe(f.url);
    expect(one(head, "DC.type")).toMatch(
      /^(report|document|book|videoRecording|film|podcast|artwork|presentation|webpage)$/,
    );

    const [ld, ...more] = jsonLd(head);
    expect(more).toEqual([]);
    expect(ld).toMatchObject({
      "@context": "https://schema.org",
      "@id": pageUrl,
      name: title,
      description: f.summary,
    });
    const names = (value: unknown) => (value as { name: string }[] | undefined)?.map((p) => p.name) ?? [];
    expect(names(ld!.publisher).sort()).toEqual([...f.orgs, ...f.people].sort());
    expect(names(ld!.funder)).toEqual(f.funders);
    expect(names(ld!.isBasedOn)).toEqual(f.sources);
    expect(names(ld!.about)).toEqual(f.restraintTypes);
    expect(ld!.datePublished).toBe(f.year === null ? undefined : String(f.year));
  });

  it("gives an organisation's page Organization JSON-LD", async () => {
    const { head } = await page(`${server.url}/org/restraint-reduction-network`);
    const [ld] = jsonLd(head);
    expect(ld).toMatchObject({
      "@type": "Organization",
      name: "Restraint Reduction Network",
      alternateName: ["RRN"],
      "@id": `${PUBLIC_URL}/org/restraint-reduction-network`,
    });
    expect(one(head, "citation_title")).toBeUndefined();
  });

  it("keeps JSON-LD inside its script whatever the graph's text holds", async () => {
    const title = `Calm </script><script>alert(1)</script> & <!-- ${run}`;
    await driver.executeQuery(
      "CREATE (:Resource {id: $id, title: $title, summary: 'A <b>bold</b> summary.', kind: 'GUIDANCE'})",
      { id: `${run}-script`, title },
    );
    const { head } = await page(`${server.url}/node/${run}-script`);
    expect(head).not.toContain("<script>alert");
    const [ld] = jsonLd(head);
    expect(ld!.name).toBe(title);
    expect(ld!.description).toBe("A <b>bold</b> summary.");
    expect(one(head, "citation_title")).toBe(title);
  });
});
