import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openView } from "./support/app.js";
import { screenshot } from "./support/browser.js";
import { waitForGraph } from "./support/graph-state.js";
import { withBrowserPage } from "./support/with-browser-page.js";
import "./support/dom-globals.js";

const listRows = (page: Page) => page.getByTestId("list-view").locator("tbody tr[data-node-id]");

/** The resources drawn on the canvas (year groups are compound parents, not resources). */
const drawnResources = (page: Page) =>
  page.evaluate(
    () =>
      window.cy?.nodes(":childless").map((n) => ({
        id: n.id(),
        year: (n.data("year") as number | null | undefined) ?? null,
        kind: (n.data("kind") as string | null | undefined) ?? null,
        type: String(n.data("type")),
      })) ?? [],
  );

// A student or researcher: "What came first, and what grew out of it?"
describe("journey: timeline and insights", () => {
  const browser = withBrowserPage();

  it("timeline: resources by year with lineage drawn; brushing a year range shrinks the list", async () => {
    const page = browser.page();
    await openView(page, "/timeline");
    await waitForGraph(page);
    await screenshot(page, "guide-timeline");
    const all = await drawnResources(page);
    expect(all.length).toBeGreaterThan(10);
    expect(all.every((n) => n.type === "RESOURCE")).toBe(true);
    // Columns follow the years: an older resource is never to the right of a newer one.
    const order = await page.evaluate(() => {
      const cy = window.cy;
      if (!cy) return [];
      const placed = cy.nodes(":childless").map((n) => {
        const year: unknown = n.data("year");
        return { year: typeof year === "number" ? year : null, x: n.position("x") };
      });
      return placed.flatMap((p) => (p.year === null ? [] : [{ year: p.year, x: p.x }]));
    });
    expect(order.length).toBeGreaterThan(1);
    for (const a of order) for (const b of order) if (a.year < b.year) expect(a.x).toBeLessThan(b.x);
    // Lines of descent between resources are drawn.
    const edges = await page.evaluate(() => window.cy?.edges().map((e) => String(e.data("type"))) ?? []);
    expect(edges.length).toBeGreaterThan(0);
    expect(new Set(edges)).toEqual(new Set(["DERIVES_FROM"]));

    // The List tab holds the same resources.
    await page.getByRole("tab", { name: "List" }).click();
    await page.waitForURL(/tab=list/);
    await listRows(page).first().waitFor();
    const before = await listRows(page).count();
    expect(before).toBe(all.length);

    // The brush, by keyboard: raise "From" to the newest year and lower it back a few steps.
    const fromInput = page.getByTestId("year-range").getByRole("slider", { name: "From" });
    const dated = all.flatMap((n) => (n.year === null ? [] : [n.year]));
    const newest = Math.max(...dated);
    await fromInput.focus();
    await page.keyboard.press("End");
    await page.waitForURL(new RegExp(`yearFrom=${newest}`));
    // One key at a time, as a person presses them: each lands in the URL before the next.
    for (let year = newest - 1; year >= newest - 3; year--) {
      await page.keyboard.press("ArrowLeft");
      await page.waitForURL(new RegExp(`yearFrom=${year}`));
    }
    const from = newest - 3;
    const undated = all.filter((n) => n.year === null).length;
    const expected = dated.filter((y) => y >= from).length + undated;
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="list-view"] tbody tr[data-node-id]').length === n,
      expected,
    );
    expect(await listRows(page).count()).toBeLessThan(before);
    await page.getByTestId("timeline-status").getByText(`Showing ${expected} of ${all.length} resources`).waitFor();

    // Undated lane off: only the chosen years remain.
    await page.getByRole("checkbox", { name: /Show resources without a year/ }).uncheck();
    await page.waitForURL(/undated=hide/);
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="list-view"] tbody tr[data-node-id]').length === n,
      expected - undated,
    );

    // The state is in the URL: a reload (a shared link) shows the same narrowed timeline, and
    // the export matches what is drawn.
    await page.reload();
    await page.getByRole("tab", { name: "Graph" }).click();
    await waitForGraph(page);
    const narrowed = await drawnResources(page);
    expect(narrowed.length).toBe(expected - undated);
    expect(narrowed.every((n) => n.year !== null && n.year >= from)).toBe(true);
    await page.getByTestId("export-menu").locator("summary").click();
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      page.locator('button[data-format="csv-nodes"]').click(),
    ]);
    const rows = readFileSync(await file.path(), "utf8")
      .split("\r\n")
      .filter(Boolean);
    expect(rows).toHaveLength(narrowed.length + 1);
    expect(browser.session().cspViolations()).toEqual([]);
  });

  it("insights: choosing a bar opens the overview filtered to what it counts", async () => {
    const page = browser.page();
    await openView(page, "/insights");
    const byKind = page.locator('[data-figure="by-kind"]');
    await byKind.locator("svg a").first().waitFor();
    await page.setViewportSize({ width: 1440, height: 1400 });
    await screenshot(page, "guide-insights");
    await page.setViewportSize({ width: 1440, height: 900 });

    // The tallest kind bar; its accessible name says the kind and the count.
    const bars = await byKind
      .locator("svg a")
      .evaluateAll((els) =>
        els.map((el) => ({ name: el.getAttribute("aria-label") ?? "", href: el.getAttribute("href") ?? "" })),
      );
    const top = bars[0];
    expect(top?.href).toMatch(/^\/\?kind=/);
    if (!top) return;
    const kind = new URLSearchParams(top.href.slice(2)).get("kind") ?? "";
    const count = Number(/: (\d+) resources?$/.exec(top.name)?.[1]);
    expect(count).toBeGreaterThan(0);

    // The same data as CSV.
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      byKind.getByRole("button", { name: /Download data \(CSV\)/ }).click(),
    ]);
    const csvRows = readFileSync(await file.path(), "utf8")
      .split("\r\n")
      .filter(Boolean);
    expect(csvRows[0]).toBe("Kind,Resources");
    // One row per bar, linked or not (resources whose kind is not given have no filter to open).
    expect(csvRows).toHaveLength((await byKind.locator("svg .bar-link, svg g[role=img]").count()) + 1);

    // Keyboard: the bar is a link; focus it and press Enter.
    await byKind.locator(`svg a[href="${top.href}"]`).focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(new RegExp(`/\\?kind=${kind}$`));
    await waitForGraph(page);
    const resourcesDrawn = (await drawnResources(page)).filter((n) => n.type === "RESOURCE");
    expect(resourcesDrawn).toHaveLength(count);
    expect(resourcesDrawn.every((n) => n.kind === kind)).toBe(true);
    // The overview's facet panel shows the filter ticked, so it can be taken off again.
    const kindName = top.name.slice(0, top.name.lastIndexOf(": "));
    expect(await page.getByRole("checkbox", { name: kindName, exact: true }).isChecked()).toBe(true);
  });

  it("insights: tables instead of charts, cells split by kind or audience, a cell opens the overview", async () => {
    const page = browser.page();
    await openView(page, "/insights");
    await page.getByRole("radiogroup", { name: "Show as" }).getByRole("radio", { name: "Tables" }).click();
    await page.waitForURL(/as=table/);
    const coverage = page.locator('[data-figure="coverage"]');
    await coverage.getByRole("columnheader", { name: "Kind" }).waitFor();
    expect(await page.locator('[data-figure="by-kind"] svg').count()).toBe(0);
    expect(await page.locator('[data-figure="by-kind"] table tbody tr').count()).toBeGreaterThan(0);

    // Split by audience; the choice is in the URL, so a reload keeps it.
    await page.getByRole("radiogroup", { name: "Split cells by" }).getByRole("radio", { name: "Audience" }).click();
    await page.waitForURL(/split=audience/);
    await coverage.getByRole("columnheader", { name: "Audience" }).waitFor();
    await page.reload();
    await coverage.getByRole("columnheader", { name: "Audience" }).waitFor();
    const audiences = await coverage.locator("tbody tr td:nth-child(3)").allTextContents();
    expect(audiences.length).toBeGreaterThan(0);
    expect(audiences.every((a) => a.trim().length > 0)).toBe(true);

    // Back to kinds: a cell's part opens the overview narrowed to exactly the resources it counts.
    await page.getByRole("radiogroup", { name: "Split cells by" }).getByRole("radio", { name: "Kind" }).click();
    await coverage.getByRole("columnheader", { name: "Kind" }).waitFor();
    // Frameworks count too, as a part of their own that opens the coverage view's list of the cell.
    const frameworkRow = coverage.locator("tbody tr", { has: page.locator("td", { hasText: /^Frameworks$/ }) }).first();
    expect(await frameworkRow.locator('td.numeric a[href^="/coverage?"]').count()).toBe(1);
    const link = coverage.locator('tbody tr td.numeric a[href*="kind="]').first();
    const href = (await link.getAttribute("href")) ?? "";
    const count = Number(await link.textContent());
    const params = new URLSearchParams(href.split("?")[1] ?? "");
    const kind = params.get("kind") ?? "";
    expect(params.get("restraint")).toBeTruthy();
    expect(params.get("setting")).toBeTruthy();
    expect(count).toBeGreaterThan(0);
    await link.click();
    await page.waitForURL((url) => url.pathname === "/" && url.searchParams.get("kind") === kind);
    await waitForGraph(page);
    const resourcesDrawn = (await drawnResources(page)).filter((n) => n.type === "RESOURCE");
    expect(resourcesDrawn).toHaveLength(count);
    expect(resourcesDrawn.every((n) => n.kind === kind)).toBe(true);
    expect(browser.session().cspViolations()).toEqual([]);
  });
});
