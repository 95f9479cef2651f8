import { randomUUID } from "node:crypto";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { BUMP_GRAPH_VERSION_CYPHER, NODE_LABELS } from "@rrn/model";
import { loadGuides as loadGuideRoutes } from "@rrn/graph-seed/guides";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { gql } from "@rrn/testkit/graphql";
import { startTestServer, type TestServer } from "@rrn/testkit/in-process-server";
import { testDriver } from "@rrn/testkit/neo4j";
import { repoRoot } from "@rrn/testkit/paths";

/**
 * What the server answers outside the API: robots.txt, the sitemap, each page's head (title,
 * description, canonical URL, Open Graph) and, for browsers, the GraphQL IDE in place of
 * Apollo's CDN-hosted landing page. The pages are the explorer's real index.html template; the
 * IDE page is a stand-in (its real build is exercised in Chromium by the e2e tests).
 */
const uri = inject("neo4jUri");
const run = `web-${randomUUID().slice(0, 8)}`;
const PUBLIC_URL = "https://rrn.example/explorer";
const BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";
/** A built file as the client build names them (hashed): compressible, repetitive like real code. */
const ASSET = { name: "app-1a2b3c4d.js", body: `export const views = [${'"overview", '.repeat(2000)}];\n` };

function clientDist(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "rrn-web-"));
  copyFileSync(path.join(repoRoot, "client/index.html"), path.join(dir, "index.html"));
  writeFileSync(path.join(dir, "graphiql.html"), "<!doctype html><title>GraphiQL stand-in</title>");
  mkdirSync(path.join(dir, "assets"));
  writeFileSync(path.join(dir, "assets", ASSET.name), ASSET.body);
  return dir;
}

/** The <head> of a page, with its status. */
async function page(url: string): Promise<{ status: number; head: string }> {
  const res = await fetch(url, { headers: { accept: BROWSER_ACCEPT } });
  const html = await res.text();
  return { status: res.status, head: /<head>([\s\S]*)<\/head>/.exec(html)?.[1] ?? "" };
}

/** Attribute and text values as written by the server, back to plain text. */
const decodeHtml = (text: string): string =>
  text.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (_, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" })[e]!,
  );

const metaContent = (head: string, key: string): string | undefined =>
  new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)" />`).exec(head)?.[1];

describe("robots.txt, sitemap and page heads", () => {
  let server: TestServer;
  let driver: Driver;
  const dist = clientDist();
  const tricky = {
    id: `${run}-tricky`,
    title: `Care & "calm" </title><script>alert(1)</script> guide ${run}`,
    summary: "A <b>bold</b> summary & more.",
  };

  beforeAll(async () => {
    driver = testDriver(uri);
    await driver.executeQuery("CREATE (:Resource {id: $id, title: $title, summary: $summary})", tricky);
    server = await startTestServer(uri, { CLIENT_DIST: dist, PUBLIC_URL: `${PUBLIC_URL}/` });
  });
  afterAll(async () => {
    await driver.executeQuery("MATCH (n) WHERE n.id STARTS WITH $run DETACH DELETE n", { run });
    await server.close();
    await driver.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it("serves robots.txt that keeps the curators' page out and points at the sitemap", async () => {
    const res = await fetch(`${server.url}/robots.txt`);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toMatch(/^User-agent: \*$/m);
    expect(text).toMatch(/^Disallow: \/curate$/m);
    // The app fetches its content from /graphql; a crawler that renders pages must reach it.
    expect(text).not.toMatch(/Disallow: \/graphql/);
    expect(text).toMatch(new RegExp(`^Sitemap: ${PUBLIC_URL}/sitemap.xml$`, "m"));
  });

  it("lists every node page in the sitemap, organisations at /org/, and the views", async () => {
    const res = await fetch(`${server.url}/sitemap.xml`);
    expect(res.headers.get("content-type")).toMatch(/^application\/xml/);
    const xml = await res.text();
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/,
    );
    const locs = [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!);

    const { records } = await driver.executeQuery(
      "MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) RETURN n.id AS id, n:Organisation AS org",
      { labels: NODE_LABELS },
    );
    const expected = records.map((r) => {
      const id = String(r.get("id"));
      return `${PUBLIC_URL}/${r.get("org") ? "org" : "node"}/${encodeURIComponent(id)}`;
    });
    expect(expected.length).toBeGreaterThan(100);
    expect(locs.filter((l) => /\/(node|org)\//.test(l)).sort()).toEqual(expected.sort());
    expect(locs).toContain(`${PUBLIC_URL}/org/restraint-reduction-network`);
    expect(locs).toEqual(
      expect.arrayContaining([
        `${PUBLIC_URL}/`,
        `${PUBLIC_URL}/coverage`,
        `${PUBLIC_URL}/path`,
        `${PUBLIC_URL}/routes`,
        `${PUBLIC_URL}/timeline`,
        `${PUBLIC_URL}/insights`,
      ]),
    );
    expect(locs).not.toContain(`${PUBLIC_URL}/curate`);
  });

  it("gives the landing page its title, description, canonical URL and Open Graph tags", async () => {
    const { status, head } = await page(`${server.url}/`);
    expect(status).toBe(200);
    expect(head).toMatch(/<title>Overview · Restraint Reduction Explorer<\/title>/);
    expect(head.match(/<title>/g)).toHaveLength(1);
    expect(metaContent(head, "description")).toMatch(/reducing restraint, seclusion/);
    expect(head).toContain(`<link rel="canonical" href="${PUBLIC_URL}/" />`);
    expect(metaContent(head, "og:url")).toBe(`${PUBLIC_URL}/`);
    expect(metaContent(head, "og:title")).toBe("Overview");
    expect(head).not.toMatch(/noindex/);
  });

  it("gives a node's page the node's label and summary, escaped", async () => {
    const { status, head } = await page(`${server.url}/node/${tricky.id}`);
    expect(status).toBe(200);
    expect(head).toContain(
      `<title>Care &amp; &quot;calm&quot; &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; guide ${run} · Restraint Reduction Explorer</title>`,
    );
    expect(head).not.toContain("<script>alert");
    expect(metaContent(head, "description")).toBe("A &lt;b&gt;bold&lt;/b&gt; summary &amp; more.");
    expect(metaContent(head, "og:description")).toBe("A &lt;b&gt;bold&lt;/b&gt; summary &amp; more.");
    expect(head).toContain(`<link rel="canonical" href="${PUBLIC_URL}/node/${tricky.id}" />`);
  });

  it("gives an organisation its /org/ page as canonical, however it was reached", async () => {
    for (const pathname of ["/org/restraint-reduction-network", "/node/restraint-reduction-network"]) {
      const { head } = await page(`${server.url}${pathname}`);
      expect(head).toMatch(/<title>Restraint Reduction Network · Restraint Reduction Explorer<\/title>/);
      expect(head).toContain(`<link rel="canonical" href="${PUBLIC_URL}/org/restraint-reduction-network" />`);
      expect(metaContent(head, "og:title")).toBe("Restraint Reduction Network");
    }
  });

  it("answers 404, not to be indexed, for a node that does not exist or was deleted", async () => {
    const missing = await page(`${server.url}/node/${run}-missing`);
    expect(missing.status).toBe(404);
    expect(metaContent(missing.head, "robots")).toBe("noindex");

    await driver.executeQuery("MATCH (n:Resource {id: $id}) REMOVE n:Resource SET n:Deleted", { id: tricky.id });
    // Pages are kept per graph version: a change is seen once the version moves, as every write moves it.
    await driver.executeQuery(BUMP_GRAPH_VERSION_CYPHER, { floor: 0 });
    await expect.poll(async () => (await page(`${server.url}/node/${tricky.id}`)).status).toBe(404);
    const xml = await (await fetch(`${server.url}/sitemap.xml`)).text();
    expect(xml).not.toContain(tricky.id);
  });

  it("gives each guided route its own title, introduction and canonical URL, listed in the sitemap", async () => {
    const routes = loadGuideRoutes();
    expect(routes.length).toBeGreaterThan(0);
    const locs = [...(await (await fetch(`${server.url}/sitemap.xml`)).text()).matchAll(/<loc>([^<]*)<\/loc>/g)].map(
      (m) => m[1]!,
    );
    for (const route of routes) {
      const { status, head } = await page(`${server.url}/routes/${route.id}`);
      expect(status).toBe(200);
      const title = /<title>([^<]*)<\/title>/.exec(head)?.[1] ?? "";
      expect(decodeHtml(title)).toBe(`${route.title} · Guided route · Restraint Reduction Explorer`);
      // The route's introduction, cut at a word to a search result's length.
      const description = decodeHtml(metaContent(head, "description") ?? "");
      expect(description.length).toBeGreaterThan(60);
      expect(route.intro.replace(/\s+/g, " ").trim().startsWith(description.replace(/…$/, ""))).toBe(true);
      expect(head).toContain(`<link rel="canonical" href="${PUBLIC_URL}/routes/${route.id}" />`);
      expect(locs).toContain(`${PUBLIC_URL}/routes/${route.id}`);
    }
    const unknown = await page(`${server.url}/routes/${run}-no-such-route`);
    expect(unknown.status).toBe(404);
    expect(metaContent(unknown.head, "robots")).toBe("noindex");
  });

  it("sends the build's files and the pages compressed to browsers that accept it, and as they are otherwise", async () => {
    const url = `${server.url}/assets/${ASSET.name}`;
    // Compressed in the background after start: the first requests may get the file as it is.
    await expect
      .poll(async () => (await fetch(url, { headers: { "accept-encoding": "br" } })).headers.get("content-encoding"))
      .toBe("br");
    for (const encoding of ["br", "gzip"]) {
      const res = await fetch(url, { headers: { "accept-encoding": encoding } });
      expect(res.headers.get("content-encoding")).toBe(encoding);
      expect(Number(res.headers.get("content-length"))).toBeLessThan(ASSET.body.length / 10);
      expect(res.headers.get("content-type")).toMatch(/^text\/javascript/);
      expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
      expect(res.headers.get("vary")).toMatch(/Accept-Encoding/i);
      expect(await res.text()).toBe(ASSET.body);
    }
    const plain = await fetch(url, { headers: { "accept-encoding": "identity" } });
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(await plain.text()).toBe(ASSET.body);

    const page = await fetch(`${server.url}/coverage`, {
      headers: { accept: BROWSER_ACCEPT, "accept-encoding": "gzip" },
    });
    expect(page.headers.get("content-encoding")).toBe("gzip");
    expect(await page.text()).toMatch(/<title>Coverage · Restraint Reduction Explorer<\/title>/);
  });

  it("keeps the curators' page and searches out of the index", async () => {
    for (const pathname of ["/curate", "/search?q=calm"]) {
      const { status, head } = await page(`${server.url}${pathname}`);
      expect(status).toBe(200);
      expect(metaContent(head, "robots")).toBe("noindex");
    }
  });
});

describe("the GraphQL IDE", () => {
  const dist = clientDist();
  const servers: TestServer[] = [];
  const start = async (env: Record<string, string>) => {
    const server = await startTestServer(uri, { CLIENT_DIST: dist, ...env });
    servers.push(server);
    return server;
  };
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
    rmSync(dist, { recursive: true, force: true });
  });

  const ide = (url: string, accept = BROWSER_ACCEPT) => fetch(`${url}/graphql`, { headers: { accept } });
  const introspection = (url: string) => gql(url, "{ __schema { queryType { name } } }");

  it("in development, shows a browser GraphiQL under a same-origin CSP, and clients still get the API", async () => {
    const server = await start({});
    const res = await ide(server.url);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("GraphiQL stand-in");
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/script-src 'self';/);
    expect(csp).toMatch(/connect-src 'self';/);
    expect(csp).toMatch(/style-src 'self' 'unsafe-inline';/);

    // A GraphQL client's GET (JSON first, or anything) reaches Apollo, which has no landing page.
    const client = await fetch(`${server.url}/graphql?query=${encodeURIComponent("{ __typename }")}`, {
      headers: { accept: "application/graphql-response+json, application/json", "apollo-require-preflight": "1" },
    });
    expect(await client.json()).toEqual({ data: { __typename: "Query" } });
    const curl = await ide(server.url, "*/*");
    expect(curl.headers.get("content-type")).not.toMatch(/html/);
    expect(await curl.text()).not.toMatch(/apollographql\.com|cdn\./);
    expect((await introspection(server.url)).body.data).toEqual({ __schema: { queryType: { name: "Query" } } });
  });

  it("in production, is off with introspection, unless GRAPHQL_IDE=on", async () => {
    const off = await start({ NODE_ENV: "production" });
    const res = await ide(off.url);
    expect(res.status).toBe(404);
    expect(await res.text()).toMatch(/GraphQL IDE is off on this server \(GRAPHQL_IDE=on/);
    expect((await introspection(off.url)).body.errors?.[0]?.message).toMatch(/introspection/i);

    const on = await start({ NODE_ENV: "production", GRAPHQL_IDE: "on" });
    expect((await ide(on.url)).status).toBe(200);
    expect((await introspection(on.url)).body.data).toEqual({ __schema: { queryType: { name: "Query" } } });
  });

  it("is never served under its file name, so the switch cannot be sidestepped", async () => {
    const [server] = servers;
    const res = await fetch(`${server!.url}/graphiql.html`);
    expect(res.status).toBe(404);
  });
});
