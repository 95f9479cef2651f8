import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { exportSite } from "@rrn/server";
import { e2eClientDist } from "@rrn/testkit/paths";
import { searchAndPick } from "./support/app.js";
import { waitForGraph, graphNodes } from "./support/graph-state.js";
import { serveStatic, type StaticServer } from "./support/static-server.js";
import { withBrowserPage } from "./support/with-browser-page.js";

// A reader on a copy of the explorer hosted as plain files (`npm run export:site`): the read
// journeys work with no API behind them, and the pages never ask for one.
describe("static export", () => {
  const browser = withBrowserPage();
  let dir: string;
  let site: StaticServer;
  const graphqlRequests: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "rrn-static-"));
    await exportSite({
      outDir: path.join(dir, "site"),
      baseUrl: "https://static.example.org",
      liveUrl: "https://live.example.org",
      env: { ...process.env, NEO4J_URI: inject("neo4jUri"), CLIENT_DIST: e2eClientDist, LOG_LEVEL: "silent" },
    });
    site = await serveStatic(path.join(dir, "site"));
    const page = browser.page();
    page.on("request", (req) => {
      if (new URL(req.url()).pathname.startsWith("/graphql")) graphqlRequests.push(req.url());
    });
    page.on("console", (msg) => {
      if (msg.type() === "error") consoleErrors.push(msg.text());
    });
    page.on("pageerror", (err) => consoleErrors.push(err.message));
  }, 180_000);

  afterAll(async () => {
    await site?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Marks the current document, so a later check can tell a full page load from a client-side route change. */
  const markDocument = (page: Page) =>
    page.evaluate(() => {
      (window as unknown as { rrnMarked?: boolean }).rrnMarked = true;
    });
  const isSameDocument = (page: Page) =>
    page.evaluate(() => (window as unknown as { rrnMarked?: boolean }).rrnMarked === true);

  /** What the page asked that the static copy could not answer (the note names it). */
  const unansweredOperations = (page: Page) =>
    page
      .getByTestId("static-note")
      .evaluateAll((notes) => notes.flatMap((n) => (n.getAttribute("data-operations") ?? "").split(" ")));

  it("writes every page as PATH/index.html, with the static marker, the sitemap and the search index", () => {
    const out = path.join(dir, "site");
    const lineage = readFileSync(path.join(out, "node/six-core-strategies/lineage/index.html"), "utf8");
    expect(lineage).toMatch(/<meta name="rrn-static" content="[^"]+"/);
    expect(lineage).toContain(
      '<link rel="canonical" href="https://static.example.org/node/six-core-strategies/lineage"',
    );
    expect(lineage).not.toMatch(/href="\/graphql/);
    expect(readFileSync(path.join(out, "org/mersey-care/index.html"), "utf8")).toContain("rrn-static");
    expect(readFileSync(path.join(out, "sitemap.xml"), "utf8")).toContain(
      "<loc>https://static.example.org/node/six-core-strategies</loc>",
    );
    expect(readFileSync(path.join(out, "robots.txt"), "utf8")).toContain(
      "Sitemap: https://static.example.org/sitemap.xml",
    );
    const index = JSON.parse(readFileSync(path.join(out, "search-index.json"), "utf8")) as { format: number };
    expect(index.format).toBe(1);
    // The paths the pages link to are rendered into the one file a static server answers them with.
    expect(readFileSync(path.join(out, "path/index.html"), "utf8")).toContain('<script id="rrn-static-pages"');
    // No source maps: only a developer's tools fetch them.
    expect(readdirSync(path.join(out, "assets")).filter((f) => f.endsWith(".map"))).toEqual([]);
  });

  it("follows the read journeys from plain files: overview → node → search → lineage → organisation", async () => {
    const page = browser.page();
    await page.goto(`${site.url}/`);
    await page.getByRole("main").waitFor();
    await waitForGraph(page);

    // A link in the overview loads the node's own page, which carries its data.
    await markDocument(page);
    await page.getByRole("main").locator('a[href="/node/schools"]').first().click();
    await page.waitForURL(`${site.url}/node/schools`);
    await page.getByRole("heading", { level: 1, name: "Schools" }).waitFor();
    await waitForGraph(page);
    expect(await isSameDocument(page), "a full page load, not a client-side route change").toBe(false);
    // Everything the view asked for was in the page.
    expect(await unansweredOperations(page)).toEqual([]);

    // The header's search answers from the exported index, typo and all.
    await searchAndPick(page, "six cor", "Six Core Strategies");
    await page.waitForURL(/\/node\/six-core-strategies\?selected=six-core-strategies$/);
    await page.getByRole("heading", { level: 1, name: "Six Core Strategies" }).waitFor();
    await searchAndPick(page, "restrian yourself", "REsTRAIN Yourself Toolkit");
    await page.waitForURL(/\/node\/restrain-yourself-toolkit\?/);
    await page.getByRole("heading", { level: 1, name: /REsTRAIN Yourself/ }).waitFor();

    // Its lineage, from a trailing-slash address as a static host may give it.
    await page.goto(`${site.url}/node/six-core-strategies/lineage/`);
    await page.getByRole("heading", { level: 1, name: "Lineage of Six Core Strategies" }).waitFor();
    await waitForGraph(page);
    expect((await graphNodes(page)).map((n) => n.id)).toContain("restrain-yourself-toolkit");

    // An organisation, reached by a link from the overview.
    await page.goto(`${site.url}/`);
    await page.getByRole("main").locator('a[href="/org/mersey-care"]').first().click();
    await page.waitForURL(`${site.url}/org/mersey-care`);
    await page.getByRole("heading", { level: 1, name: /Mersey Care/ }).waitFor();
    await waitForGraph(page);

    // A question the pages do not hold (a path between two nodes): the note says so and links
    // the same view on the live explorer.
    await page.goto(`${site.url}/path?from=six-core-strategies&to=mersey-care`);
    const note = page.getByTestId("static-note");
    await note.waitFor();
    expect(await note.getByRole("link").getAttribute("href")).toBe(
      "https://live.example.org/path?from=six-core-strategies&to=mersey-care",
    );

    // A path the pages link to (the path view's own example) is in the copy: drawn from the
    // answers its file holds, by a full page load, with the steps in words.
    await page.goto(`${site.url}/path`);
    await page.getByRole("main").getByRole("link", { name: "HOPE model → No Force First" }).click();
    await page.waitForURL(`${site.url}/path?from=hope-model&to=no-force-first`);
    const steps = page.getByTestId("path-steps").getByRole("listitem");
    await steps.first().waitFor();
    expect(await steps.count()).toBe(2);
    expect(await steps.first().textContent()).toMatch(/HOPE model.*developed by.*Mersey Care/);
    await waitForGraph(page);
    expect(await unansweredOperations(page)).toEqual([]);

    // The search page answers ?q= in the browser too.
    await page.goto(`${site.url}/search?q=${encodeURIComponent("no force first")}`);
    await page
      .getByRole("main")
      .getByRole("link", { name: /No Force First/ })
      .first()
      .waitFor();

    expect(graphqlRequests, "requests to /graphql").toEqual([]);
    expect(consoleErrors, "console errors").toEqual([]);
  });

  it("says a suggestion needs the live explorer, and links it", async () => {
    const page = browser.page();
    await page.goto(`${site.url}/suggest`);
    await page.getByRole("heading", { level: 1, name: "Suggesting a resource needs the live explorer" }).waitFor();
    expect(
      await page.getByRole("link", { name: "Suggesting a resource on the live explorer" }).getAttribute("href"),
    ).toBe("https://live.example.org/suggest");
  });

  it("says a set needs the live explorer, and links the same set there", async () => {
    const page = browser.page();
    // Any static server answers /set?ids=… with /set/index.html: the page the export wrote.
    await page.goto(`${site.url}/set?ids=six-core-strategies,mersey-care`);
    await page.getByRole("heading", { level: 1, name: "Comparing a set needs the live explorer" }).waitFor();
    expect(await page.getByRole("link", { name: "Comparing a set on the live explorer" }).getAttribute("href")).toBe(
      "https://live.example.org/set?ids=six-core-strategies,mersey-care",
    );
  });
});
