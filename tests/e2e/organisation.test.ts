import { describe, expect, it } from "vitest";
import { openView, searchAndPick } from "./support/app.js";
import { screenshot } from "./support/browser.js";
import { graphNodes, waitForGraph } from "./support/graph-state.js";
import { withBrowserPage } from "./support/with-browser-page.js";

// Policy lead: "What has Mersey Care published, commissioned or developed?"
describe("journey: open an organisation", () => {
  const browser = withBrowserPage();

  it("shows Mersey Care with the HOPE model and No Force First", async () => {
    const page = browser.page();
    await openView(page, "/");
    await searchAndPick(page, "Mersey Care", "Mersey Care NHS Foundation Trust");
    await page.waitForURL(/\/org\/mersey-care/);
    await waitForGraph(page);

    const nodes = await graphNodes(page);
    for (const id of ["mersey-care", "hope-model", "no-force-first"]) {
      expect(nodes.find((n) => n.id === id)?.visible, `${id} visible`).toBe(true);
    }
    // Grouped by role: both frameworks under "Frameworks developed".
    const frameworks = page.getByTestId("role-frameworks");
    await frameworks.locator("summary").click();
    await frameworks.getByRole("link", { name: /HOPE/i }).waitFor();
    await frameworks.getByRole("link", { name: /No Force First/i }).waitFor();
    const parents = await page.evaluate(() => ({
      hope: window.cy?.getElementById("hope-model").parent().first().id(),
      nff: window.cy?.getElementById("no-force-first").parent().first().id(),
    }));
    expect(parents).toEqual({ hope: "group:frameworks", nff: "group:frameworks" });
    await screenshot(page, "organisation-mersey-care");

    // Iris Benson works with Mersey Care; her film is hers, shown only when asked.
    expect(nodes.find((n) => n.id === "iris-benson-film")).toBeUndefined();
    await page.getByTestId("include-affiliated").click();
    await page.waitForURL(/affiliated=include/);
    await page.waitForFunction(() => (window.cy?.getElementById("iris-benson-film").length ?? 0) > 0);
    const through = page.getByTestId("role-through-people");
    await through.locator("summary").click();
    await through.getByRole("link", { name: /Iris Benson/ }).waitFor();
    expect(await page.evaluate(() => window.cy?.getElementById("iris-benson-film").parent().first().id())).toBe(
      "group:through-people",
    );
    await screenshot(page, "organisation-mersey-care-affiliated");
    expect(browser.session().cspViolations()).toEqual([]);
  });

  it("shows AQuA with the REsTRAIN Yourself toolkit it helped adapt", async () => {
    const page = browser.page();
    await openView(page, "/org/aqua");
    await waitForGraph(page);
    const developed = page.getByTestId("role-developed-with");
    await developed.locator("summary").click();
    await developed.getByRole("link", { name: "REsTRAIN Yourself Toolkit" }).waitFor();
  });
});
