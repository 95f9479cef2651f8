import { describe, expect, it } from "vitest";
import { openView } from "./support/app.js";
import { screenshot } from "./support/browser.js";
import { edgesWithClass, graphNodes, waitForGraph } from "./support/graph-state.js";
import { withBrowserPage } from "./support/with-browser-page.js";

// Anyone: "How is X connected to Y?"
describe("journey: path between two nodes", () => {
  const browser = withBrowserPage();

  it("picks both ends by search and highlights the connecting path", async () => {
    const page = browser.page();
    await openView(page, "/path");
    const from = page.getByRole("combobox", { name: "From" });
    await from.fill("HOPE model");
    await page
      .getByRole("option", { name: /HOPE model/i })
      .first()
      .click();
    await page.waitForURL(/from=hope-model/);
    const to = page.getByRole("combobox", { name: "To" });
    await to.fill("No Force First");
    await page
      .getByRole("option", { name: /No Force First/i })
      .first()
      .click();
    await page.waitForURL(/to=no-force-first/);
    await waitForGraph(page);

    const nodes = await graphNodes(page);
    const ends = nodes.filter((n) => n.classes.includes("path-end")).map((n) => n.id);
    expect(ends.sort()).toEqual(["hope-model", "no-force-first"]);
    const onPath = await edgesWithClass(page, "on-path");
    expect(onPath.length).toBeGreaterThan(0);
    // Every highlighted edge joins drawn nodes, and the chain reaches both ends.
    const touched = new Set(onPath.flatMap((e) => [e.source, e.target]));
    expect(touched.has("hope-model") && touched.has("no-force-first")).toBe(true);
    await page.getByTestId("path-summary").waitFor();
    // In words too: HOPE model → developed by Mersey Care ← No Force First, with the quotes.
    const steps = page.getByTestId("path-steps").getByRole("listitem");
    expect(await steps.count()).toBe(2);
    expect(await steps.first().textContent()).toMatch(/HOPE model.*developed by.*Mersey Care/);
    await screenshot(page, "path-hope-to-no-force-first");
    expect(browser.session().cspViolations()).toEqual([]);
  });
});
