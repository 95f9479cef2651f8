import { NodeDetailDocument } from "@rrn/client/operations";
import { gqlData } from "@rrn/testkit/graphql";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { baseUrl } from "./support/app.js";
import { screenshot } from "./support/browser.js";
import { waitForGraph } from "./support/graph-state.js";
import { withBrowserPage } from "./support/with-browser-page.js";

/**
 * Every view arrives whole: the server renders it with its data (server/src/http/view-renderer.ts),
 * the browser takes the page over without asking the API again, and a reader without JavaScript
 * reads it and follows its links.
 */
const BROWSER = {
  accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
  "accept-encoding": "gzip, deflate, br",
};

/** The views the issue names, with what a reader sees first in each (the view's own heading). */
const VIEWS: { path: string; heading: RegExp; graph: boolean }[] = [
  { path: "/", heading: /Restraint reduction resources, connected/, graph: true },
  { path: "/node/six-core-strategies", heading: /Six Core Strategies/, graph: true },
  { path: "/node/six-core-strategies/lineage", heading: /Lineage of Six Core Strategies/, graph: true },
  { path: "/org/mersey-care", heading: /Mersey Care/, graph: true },
  {
    path: "/path?from=mersey-care&to=six-core-strategies&context=include",
    heading: /How are they connected\?/,
    graph: true,
  },
  {
    path: "/set?ids=restrain-yourself-toolkit,nasmhpd-six-core-strategies-checklist",
    heading: /A set of 2: what connects them/,
    graph: true,
  },
  { path: "/coverage", heading: /Coverage/, graph: false },
  { path: "/routes/family-or-carer", heading: /family member or carer/, graph: false },
  { path: "/timeline", heading: /Timeline/, graph: true },
  { path: "/insights", heading: /Insights/, graph: false },
  { path: "/search?q=restraint", heading: /Results for “restraint”/, graph: false },
];

const decode = (text: string) =>
  text.replace(
    /&(amp|lt|gt|quot|#x27|#39);/g,
    (_, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#x27": "'", "#39": "'" })[e]!,
  );

/** The readable text of the page's #root as sent, before any script. */
function rootText(html: string): string {
  const root = /<div id="root">([\s\S]*)<\/div>\s*<script id="rrn-ssr-data"/.exec(html)?.[1];
  if (root === undefined) throw new Error("the page has no server-rendered #root with its data");
  return decode(
    root
      .replace(/<!--[\s\S]*?-->/g, "")
      .replace(/<[^>]+>/g, " ")
      .replace(/\s+/g, " "),
  );
}

/** Requests to the API and errors a page makes from opening until it is settled. */
async function firstVisit(page: Page, path: string, graph: boolean) {
  const api: string[] = [];
  const errors: string[] = [];
  const onRequest = (r: { url(): string }) => {
    if (new URL(r.url()).pathname === "/graphql") api.push(r.url());
  };
  const onError = (e: Error) => errors.push(e.message);
  page.on("request", onRequest);
  page.on("pageerror", onError);
  try {
    await page.goto(`${baseUrl()}${path}`, { waitUntil: "networkidle" });
    if (graph) await waitForGraph(page);
    await page.waitForLoadState("networkidle");
  } finally {
    page.off("request", onRequest);
    page.off("pageerror", onError);
  }
  return { api, errors };
}

describe("server-rendered views", () => {
  const browser = withBrowserPage();

  it("sends each view with its content and data in the first HTML, kept per graph version (ETag, 304)", async () => {
    for (const view of VIEWS) {
      const res = await fetch(`${baseUrl()}${view.path}`, { headers: BROWSER });
      expect(res.status, view.path).toBe(200);
      const html = await res.text();
      const text = rootText(html);
      expect(text, view.path).toMatch(view.heading);
      expect(text, view.path).not.toMatch(/Loading/);
      const etag = res.headers.get("etag");
      expect(etag, view.path).toBeTruthy();
      const again = await fetch(`${baseUrl()}${view.path}`, { headers: { ...BROWSER, "if-none-match": etag! } });
      expect(again.status, view.path).toBe(304);
    }
  });

  it("puts a node's title, summary and every relationship's quote in its page, as the graph holds them", async () => {
    const id = "six-core-strategies";
    const { node, neighbourhood } = await gqlData(`${baseUrl()}/graphql`, NodeDetailDocument, { id });
    if (!node) throw new Error(`${id} is not in the seeded graph`);
    const text = rootText(await (await fetch(`${baseUrl()}/node/${id}`, { headers: BROWSER })).text());
    expect(node.summary).toBeTruthy();
    expect(text).toContain(node.label);
    expect(text).toContain(node.summary ?? "");
    // The panel lists the node's own relationships; the neighbourhood also holds links between neighbours.
    const quotes = neighbourhood.edges
      .filter((e) => e.source === id || e.target === id)
      .map((e) => e.evidence)
      .filter((q): q is string => Boolean(q));
    expect(quotes.length).toBeGreaterThan(0);
    // The renderer may wrap a quote's whitespace; compare word for word.
    const words = (s: string) => s.replace(/\s+/g, " ").trim();
    for (const quote of quotes) expect(words(text)).toContain(words(quote));
  });

  it("answers an unknown id 404 with a page that says so", async () => {
    const res = await fetch(`${baseUrl()}/node/no-such-node-anywhere`, { headers: BROWSER });
    expect(res.status).toBe(404);
    expect(rootText(await res.text())).toMatch(/couldn’t find that node/);
  });

  it("takes each page over in the browser without a GraphQL request or a hydration error", async () => {
    const page = browser.page();
    for (const view of VIEWS) {
      const { api, errors } = await firstVisit(page, view.path, view.graph);
      expect(api, view.path).toEqual([]);
      expect(errors, view.path).toEqual([]);
    }
    // Then it is the app: choosing another view asks the API as before.
    const api: string[] = [];
    page.on("request", (r) => {
      if (new URL(r.url()).pathname === "/graphql") api.push(r.url());
    });
    await page.getByRole("link", { name: "Overview", exact: true }).click();
    await waitForGraph(page);
    expect(api.length).toBeGreaterThan(0);
  });

  it("reads without JavaScript: a node's page, and its links lead on to the next page", async () => {
    const instance = browser.session().context.browser();
    if (!instance) throw new Error("no browser");
    const plain = await instance.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    try {
      const page = await plain.newPage();
      await page.goto(`${baseUrl()}/node/hope-model`);
      await page.getByRole("heading", { level: 1, name: "HOPE model" }).waitFor();
      await screenshot(page, "node-without-javascript-390");
      await page.getByRole("link", { name: "Show lineage" }).click();
      await page.waitForURL(/\/node\/hope-model\/lineage/);
      await page.getByRole("heading", { level: 1, name: /Lineage of HOPE model/ }).waitFor();
      await page.goto(`${baseUrl()}/org/mersey-care`);
      await page.getByRole("heading", { level: 1, name: /Mersey Care/ }).waitFor();
      await screenshot(page, "organisation-without-javascript-390");
    } finally {
      await plain.close();
    }
  });
});
