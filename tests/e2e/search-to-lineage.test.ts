import { describe, expect, it } from "vitest";
import { openView, searchAndPick } from "./support/app.js";
import { screenshot } from "./support/browser.js";
import { graphNodes, waitForGraph } from "./support/graph-state.js";
import { withBrowserPage } from "./support/with-browser-page.js";

// Researcher: "Which toolkits derive from the Six Core Strategies, and how?"
describe("journey: search → framework → lineage", () => {
  const browser = withBrowserPage();

  it('finds the Six Core Strategies by typing "six core" and shows what derives from it', async () => {
    const page = browser.page();
    await openView(page, "/");
    await waitForGraph(page);
    await screenshot(page, "overview");

    await searchAndPick(page, "six core", "Six Core Strategies");
    await page.waitForURL(/\/node\/six-core-strategies/);
    await waitForGraph(page);
    await page
      .getByTestId("detail-panel")
      .getByRole("heading", { level: 2, name: /Six Core Strategies/i })
      .waitFor();
    await screenshot(page, "neighbourhood-six-core-strategies");

    await page.getByTestId("detail-panel").getByRole("link", { name: "Show lineage" }).click();
    await page.waitForURL(/\/node\/six-core-strategies\/lineage/);
    await page.getByRole("heading", { level: 1, name: "Lineage of Six Core Strategies" }).waitFor();
    await waitForGraph(page);

    const nodes = await graphNodes(page);
    const toolkit = nodes.find((n) => n.id === "restrain-yourself-toolkit");
    expect(toolkit, "REsTRAIN Yourself Toolkit in the lineage").toBeDefined();
    expect(toolkit?.visible).toBe(true);

    // The edge says how it derives, and the framework sits above what derives from it.
    const layout = await page.evaluate(() => {
      const cy = window.cy;
      const edge = cy?.edges('[source = "restrain-yourself-toolkit"][target = "six-core-strategies"]').first();
      return {
        label: edge?.data("label") as string | undefined,
        labelled: edge?.hasClass("labelled") ?? false,
        frameworkY: cy?.getElementById("six-core-strategies").position("y") ?? NaN,
        toolkitY: cy?.getElementById("restrain-yourself-toolkit").position("y") ?? NaN,
      };
    });
    expect(layout.label).toBe("encompasses");
    expect(layout.labelled).toBe(true);
    expect(layout.frameworkY).toBeLessThan(layout.toolkitY);

    // A link read only from a title is marked as weaker: its class (a fainter line with a hollow
    // circle) and, since lineage labels its edges, in words.
    const weaker = await page.evaluate(() => {
      const edge = window.cy
        ?.edges('[source = "nasmhpd-six-core-strategies-checklist"][target = "six-core-strategies"]')
        .first();
      return {
        unstated: edge?.hasClass("unstated") ?? false,
        label: edge?.data("label") as string | undefined,
        mark: edge?.style("mid-target-arrow-shape") as string | undefined,
      };
    });
    expect(weaker).toEqual({ unstated: true, label: "implements (from title)", mark: "circle" });
    expect(await page.getByTestId("legend-unstated").textContent()).toMatch(/not stated outright/);
    await screenshot(page, "lineage-six-core-strategies");

    // The List tab carries the same nodes, for screen readers and for copying, and says how
    // each relationship is known; "Stated only" hides the rest.
    await page.getByRole("tab", { name: "List" }).click();
    await page
      .getByTestId("list-view")
      .getByRole("link", { name: /REsTRAIN Yourself/i })
      .first()
      .waitFor();
    const table = page.getByTestId("relationship-table");
    await table.getByRole("columnheader", { name: "Basis" }).waitFor();
    const rowCount = () => table.locator("tbody tr").count();
    const all = await rowCount();
    expect(await table.locator("tbody").getByText("From the title").count()).toBeGreaterThan(0);
    await screenshot(page, "lineage-list-tab");
    await page.getByTestId("stated-only").click();
    await page.waitForURL(/stated=only/);
    // The URL changes first; the table follows in a React transition.
    await expect.poll(() => table.locator("tbody").getByText("From the title").count()).toBe(0);
    const stated = await rowCount();
    expect(stated).toBeGreaterThan(0);
    expect(stated).toBeLessThan(all);
    await screenshot(page, "lineage-list-tab-stated-only");

    // The detail panel says how each relationship is known, with an inference's reason.
    await page.getByTestId("list-view").getByRole("link", { name: "REsTRAIN Yourself Toolkit", exact: true }).click();
    const detail = page.getByTestId("detail-panel");
    await detail.getByRole("heading", { level: 2, name: /REsTRAIN Yourself Toolkit/ }).waitFor();
    const encompasses = detail.locator("li", {
      has: page.getByRole("link", { name: "Six Core Strategies", exact: true }),
    });
    expect(await encompasses.locator(".basis").first().textContent()).toBe("Stated");
    const aqua = detail.locator("li", { has: page.getByRole("link", { name: "AQuA", exact: true }) });
    expect(await aqua.locator(".basis").first().textContent()).toMatch(
      /^Inferred: The page credits the adaptation to named people/,
    );
    await aqua.scrollIntoViewIfNeeded();
    await screenshot(page, "detail-panel-basis");
    expect(browser.session().cspViolations()).toEqual([]);
  });
});
