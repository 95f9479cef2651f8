import { describe, expect, it } from "vitest";
import { openView } from "./support/app.js";
import { screenshot } from "./support/browser.js";
import { withBrowserPage } from "./support/with-browser-page.js";

// Policy lead, funder: "Where are the gaps?"
describe("journey: coverage matrix", () => {
  const browser = withBrowserPage();

  it("lists a cell's resources when the cell is chosen", async () => {
    const page = browser.page();
    await openView(page, "/coverage");
    const matrix = page.getByTestId("coverage-matrix");
    await matrix.waitFor();
    await screenshot(page, "coverage");

    // The fullest cell: the journey a funder starts with.
    const cells = await matrix.locator("a[data-count]").evaluateAll((els) =>
      els.map((el) => ({
        row: el.getAttribute("data-row"),
        col: el.getAttribute("data-col"),
        count: Number(el.getAttribute("data-count")),
      })),
    );
    const fullest = cells.sort((a, b) => b.count - a.count)[0];
    expect(fullest && fullest.count).toBeGreaterThan(0);
    if (!fullest) return;
    await matrix.locator(`a[data-row="${fullest.row}"][data-col="${fullest.col}"]`).click();
    await page.waitForURL(new RegExp(`row=${fullest.row}`));

    const list = page.getByTestId("coverage-cell").getByRole("listitem");
    await list.first().waitFor();
    expect(await list.count()).toBe(fullest.count);
    await screenshot(page, "coverage-cell");
    expect(browser.session().cspViolations()).toEqual([]);
  });

  it("counts frameworks beside resources and says which: HOPE in long-term segregation × mental health inpatient", async () => {
    const page = browser.page();
    // The cell's own URL, as a reader without scripts would reach it: the markup comes with the page.
    await openView(page, "/coverage?row=long-term-segregation&col=mental-health-inpatient");
    const cell = page.locator('a[data-row="long-term-segregation"][data-col="mental-health-inpatient"]');
    const count = Number(await cell.getAttribute("data-count"));
    const frameworks = Number(await cell.getAttribute("data-frameworks"));
    expect(frameworks).toBeGreaterThanOrEqual(1);
    expect(count).toBeGreaterThan(frameworks);
    expect(await cell.getAttribute("aria-label")).toMatch(/\d+ resources? and \d+ frameworks?$/);
    expect(await cell.textContent()).toContain("◆");

    const panel = page.getByTestId("coverage-cell");
    await panel.getByRole("link", { name: "HOPE model" }).waitFor();
    const items = panel.getByRole("listitem");
    expect(await items.count()).toBe(count);
    expect(await panel.locator('.type-badge[data-type="FRAMEWORK"]').count()).toBe(frameworks);
    expect(await panel.getByTestId("coverage-cell-counted").textContent()).toMatch(
      new RegExp(`${count - frameworks} resources? and ${frameworks} frameworks?`),
    );
    expect(browser.session().cspViolations()).toEqual([]);
  });
});
