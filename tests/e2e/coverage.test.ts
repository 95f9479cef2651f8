import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openView } from "./support/app.js";
import { openBrowser, screenshot, type BrowserSession } from "./support/browser.js";

// Policy lead, funder: "Where are the gaps?"
describe("journey: coverage matrix", () => {
  let session: BrowserSession;
  let page: Page;
  beforeAll(async () => {
    session = await openBrowser();
    page = await session.context.newPage();
  });
  afterAll(async () => session?.close());

  it("lists a cell's resources when the cell is chosen", async () => {
    await openView(page, "/coverage");
    const matrix = page.getByTestId("coverage-matrix");
    await matrix.waitFor();
    await screenshot(page, "coverage");

    // The fullest cell: the journey a funder starts with.
    const cells = await matrix.locator("button[data-count]").evaluateAll((els) =>
      els.map((el) => ({
        row: el.getAttribute("data-row"),
        col: el.getAttribute("data-col"),
        count: Number(el.getAttribute("data-count")),
      })),
    );
    const fullest = cells.sort((a, b) => b.count - a.count)[0];
    expect(fullest && fullest.count).toBeGreaterThan(0);
    if (!fullest) return;
    await matrix.locator(`button[data-row="${fullest.row}"][data-col="${fullest.col}"]`).click();
    await page.waitForURL(new RegExp(`row=${fullest.row}`));

    const list = page.getByTestId("coverage-cell").getByRole("listitem");
    await list.first().waitFor();
    expect(await list.count()).toBe(fullest.count);
    await screenshot(page, "coverage-cell");
    expect(session.cspViolations()).toEqual([]);
  });
});
