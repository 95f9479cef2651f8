import { describe, expect, inject, it } from "vitest";
import { baseUrl } from "./support/app.js";
import { screenshot } from "./support/browser.js";
import { startEmbedHost } from "./support/embed-host.js";
import { withBrowserPage } from "./support/with-browser-page.js";

const VIEW = "/node/six-core-strategies/lineage";

/** The allowed host (EMBED_ORIGINS, started by setup.ts) serves `/?src=…`: a page framing `src`. */
const hostPage = (origin: string, src: string) => `${origin}/?src=${encodeURIComponent(src)}`;

// A trust's intranet shows the Six Core Strategies' lineage in its own page.
describe("journey: a view embedded in another site", () => {
  const browser = withBrowserPage();

  it("takes the iframe code from the Export menu, and draws the bare view inside the allowed site's frame", async () => {
    const page = browser.page();
    await page.goto(`${baseUrl()}${VIEW}`);
    await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
    await page.getByTestId("export-menu").locator("summary").click();
    const code = await page.getByTestId("embed-code").inputValue();
    const src = /<iframe src="([^"]+)"/.exec(code)?.[1]?.replaceAll("&amp;", "&");
    expect(src).toBe(`${baseUrl()}${VIEW}?embed=1`);

    await page.goto(hostPage(inject("embedHostOrigin"), src ?? ""));
    const frame = page.frameLocator("#embedded");
    await frame.locator("html[data-hydrated]").waitFor({ state: "attached" });
    // The view and its key, no site header, navigation or footer, and the way back to the full view.
    await frame.getByRole("heading", { name: /Lineage of Six Core Strategies/ }).waitFor();
    expect(await frame.locator(".app-header, .app-footer, nav[aria-label='Views']").count()).toBe(0);
    // The drawing (the server's SVG sketch, or the canvas once it has taken over) and its key, in the frame.
    const drawing = frame.getByTestId("graph-sketch").locator("svg").or(frame.getByTestId("graph-canvas"));
    await drawing.first().waitFor({ state: "visible" });
    const key = frame.getByTestId("legend");
    await key.waitFor({ state: "visible" });
    expect(await key.getByRole("heading", { name: "Key" }).count()).toBe(1);
    expect(await key.getByRole("listitem").count()).toBeGreaterThan(0);
    const back = frame.getByRole("link", { name: "Open in the Restraint Reduction Explorer" });
    // The same view, whatever it has put in its URL since (the focus selected), without embed.
    expect(await back.getAttribute("href")).toMatch(new RegExp(`^${VIEW}(\\?|$)`));
    expect(await back.getAttribute("href")).not.toMatch(/embed/);
    expect(await back.getAttribute("target")).toBe("_blank");
    // Without scripts, the view's links open outside the frame (a full page would refuse it).
    expect(await frame.locator("base[target='_blank']").count()).toBe(1);
    await screenshot(page, "embed-allowed-host");
    expect(browser.session().cspViolations()).toEqual([]);
  });

  it("is refused in a site EMBED_ORIGINS does not list, and a page without embed=1 in any site", async () => {
    const page = browser.page();
    const other = await startEmbedHost();
    try {
      const refusals = () =>
        browser
          .session()
          .cspViolations()
          .filter((v) => /frame-ancestors/.test(v));
      await page.goto(hostPage(other.origin, `${baseUrl()}${VIEW}?embed=1`));
      await expect.poll(() => refusals().length).toBe(1);
      expect(await page.frameLocator("#embedded").locator("#root").count()).toBe(0);

      // The allowed site cannot frame a page that is not an embeddable view either.
      await page.goto(hostPage(inject("embedHostOrigin"), `${baseUrl()}${VIEW}`));
      await expect.poll(() => refusals().length).toBe(2);
      expect(await page.frameLocator("#embedded").locator("#root").count()).toBe(0);
    } finally {
      await other.close();
    }
  });

  // Twice each: the first answer may be rendered through Express, the second comes from the page cache's fast path.
  it.each([1, 2])(
    "sends the headers that decide it: frame-ancestors from EMBED_ORIGINS for embed=1 only (request %i)",
    async () => {
      const embedded = await fetch(`${baseUrl()}${VIEW}?embed=1`);
      expect(embedded.headers.get("content-security-policy")).toContain(`frame-ancestors ${inject("embedHostOrigin")}`);
      expect(embedded.headers.get("x-frame-options")).toBeNull();
      // Server-rendered bare, so without scripts too.
      const html = await embedded.text();
      expect(html).toContain("Open in the Restraint Reduction Explorer");
      expect(html).not.toContain('class="app-header"');

      const full = await fetch(`${baseUrl()}${VIEW}`);
      expect(full.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
      expect(full.headers.get("x-frame-options")).toBe("DENY");
      expect(await full.text()).toContain('class="app-header"');
    },
  );
});
