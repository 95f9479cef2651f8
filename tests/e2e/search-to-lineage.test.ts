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
    await screenshot(page, "lineage-six-core-strategies");

    // The List tab carries the same nodes, for screen readers and for copying.
    await page.getByRole("tab", { name: "List" }).click();
    await page
      .getByRole("button", { name: /REsTRAIN Yourself/i })
      .first()
      .waitFor();
    await screenshot(page, "lineage-list-tab");
    expect(browser.session().cspViolations()).toEqual([]);
  });
});
