import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openView } from "./support/app.js";
import { screenshot } from "./support/browser.js";
import { graphNodes, waitForGraph } from "./support/graph-state.js";
import { withBrowserPage } from "./support/with-browser-page.js";

const positions = (page: Page) =>
  page.evaluate(() => Object.fromEntries((window.cy?.nodes() ?? []).map((n) => [n.id(), { ...n.position() }])));

// Practitioner: start from a setting → expand neighbours → follow related resources.
describe("journey: expand a neighbourhood", () => {
  const browser = withBrowserPage();

  it("adds a node's neighbours without moving what is already placed, and Back undoes it", async () => {
    const page = browser.page();
    await openView(page, "/node/schools");
    await page.getByRole("heading", { level: 1, name: /Schools/ }).waitFor();
    await waitForGraph(page);
    const before = await positions(page);

    // Pick the best-connected neighbour in the List tab, then expand it from the detail panel.
    await page.getByRole("tab", { name: "List" }).click();
    await page.getByRole("button", { name: /^Connections/ }).click();
    await page.getByRole("button", { name: /^Connections/ }).click();
    const firstRow = page
      .getByTestId("list-view")
      .locator('tbody tr[data-node-id]:not([data-node-id="schools"])')
      .first();
    const chosen = (await firstRow.getAttribute("data-node-id")) ?? "";
    await firstRow.getByRole("link").click();
    await page.waitForURL(new RegExp(`selected=${chosen}`));
    await page.getByRole("tab", { name: "Graph" }).click();
    await page.getByTestId("detail-panel").getByRole("button", { name: "Expand neighbours" }).click();
    await page.waitForURL(/expanded=/);
    await page.waitForFunction((n) => (window.cy?.nodes().length ?? 0) > n, Object.keys(before).length);
    await waitForGraph(page);

    const after = await positions(page);
    expect(Object.keys(after).length).toBeGreaterThan(Object.keys(before).length);
    for (const [id, p] of Object.entries(before)) {
      expect(Math.abs((after[id]?.x ?? NaN) - p.x), `${id} stays put`).toBeLessThan(1);
      expect(Math.abs((after[id]?.y ?? NaN) - p.y), `${id} stays put`).toBeLessThan(1);
    }
    await screenshot(page, "neighbourhood-expanded");

    await page.goBack();
    await page.waitForFunction((n) => window.cy?.nodes().length === n, Object.keys(before).length);
    expect((await graphNodes(page)).map((n) => n.id).sort()).toEqual(Object.keys(before).sort());
    expect(browser.session().cspViolations()).toEqual([]);
  });
});
