import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openView } from "./support/app.js";
import { screenshot } from "./support/browser.js";
import { waitForGraph } from "./support/graph-state.js";
import { withBrowserPage } from "./support/with-browser-page.js";
import "./support/dom-globals.js";

const focusedInside = (page: Page, testId: string) =>
  page.evaluate((id) => Boolean(document.activeElement?.closest(`[data-testid="${id}"]`)), testId);

// Keyboard users are first-class: no mouse from the search box to the detail panel.
describe("journey: keyboard only", () => {
  const browser = withBrowserPage();

  it("reaches the search box by Tab, picks a result with arrows and Enter, and lands in the detail panel", async () => {
    const page = browser.page();
    await openView(page, "/");
    // Skip link, brand, then the search box.
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press("Tab");
      const role = await page.evaluate(() => document.activeElement?.getAttribute("role"));
      if (role === "combobox") break;
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("combobox");

    await page.keyboard.type("six core");
    await page.getByRole("option", { name: "Six Core Strategies", exact: true }).waitFor();
    // Arrow down to the option, confirm it is the active descendant, then open it.
    let active = "";
    for (let i = 0; i < 12 && active !== "Six Core Strategies"; i++) {
      await page.keyboard.press("ArrowDown");
      active = await page.evaluate(() => {
        const id = document.activeElement?.getAttribute("aria-activedescendant");
        return ((id && document.getElementById(id)?.textContent) || "").trim();
      });
    }
    expect(active).toBe("Six Core Strategies");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/node\/six-core-strategies/);
    await waitForGraph(page);

    // Focus moved to the detail panel's heading; Tab continues through its actions.
    await page.waitForFunction(() => document.activeElement?.id === "detail-heading");
    expect(await focusedInside(page, "detail-panel")).toBe(true);
    await page.keyboard.press("Tab");
    expect(await focusedInside(page, "detail-panel")).toBe(true);
    await screenshot(page, "keyboard-detail-panel");

    // The canvas itself is operable: arrows move the selection, the panel follows.
    await page.getByRole("application").focus();
    const before = new URL(page.url()).searchParams.get("selected");
    await page.keyboard.press("ArrowRight");
    // The URL moves on and the canvas follows it.
    await page.waitForFunction((prev) => {
      const id = new URL(location.href).searchParams.get("selected");
      return id !== prev && window.cy?.nodes(":selected").first().id() === id;
    }, before);
    const selected = await page.evaluate(() => window.cy?.nodes(":selected").map((n) => String(n.data("label"))) ?? []);
    expect(selected).toHaveLength(1);
    // …and a screen reader hears which node that is.
    await page.waitForFunction(
      (label) => document.querySelector('[data-testid="selection-announcer"]')?.textContent?.includes(label) ?? false,
      selected[0] ?? "",
    );
  });
});
