import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openView } from "./support/app.js";
import { screenshot } from "./support/browser.js";
import { waitForGraph } from "./support/graph-state.js";
import { withBrowserPage } from "./support/with-browser-page.js";

const nodeCount = (page: Page) => page.evaluate(() => window.cy?.nodes().length ?? 0);

// What people see when results are large, missing, empty or the API fails.
describe("states", () => {
  const browser = withBrowserPage();

  it("truncates large results and shows more on request", async () => {
    const page = browser.page();
    await openView(page, "/?limit=20");
    await waitForGraph(page);
    const notice = page.getByTestId("truncated");
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/Showing 20 of [\d,]+ nodes/);
    await screenshot(page, "state-truncated");
    await notice.getByRole("link", { name: "Show more" }).click();
    await page.waitForURL(/limit=40/);
    await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 20);
    expect(await nodeCount(page)).toBeLessThanOrEqual(40);
  });

  it("shows an API failure with a retry that recovers", async () => {
    const page = browser.page();
    // Reads are GETs with a query string (persisted-query hashes), so match the path, not the URL's end.
    const api = /\/graphql(\?|$)/;
    // The page itself comes with its data; the failure is the app's own request, on the way there.
    await openView(page, "/routes");
    await page.route(api, (route) => route.abort());
    await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Coverage" }).click();
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/could not reach the server/);
    await screenshot(page, "state-error");
    await page.unroute(api);
    await alert.getByRole("button", { name: "Try again" }).click();
    await page.getByTestId("coverage-matrix").waitFor();
  });

  it("turns an unknown id into a not-found page whose search leads on", async () => {
    const page = browser.page();
    await openView(page, "/node/definitely-not-a-node");
    await page.getByTestId("not-found").waitFor();
    await page.getByRole("combobox", { name: "Search for something else" }).fill("HOPE model");
    await page.getByRole("option", { name: "HOPE model", exact: true }).click();
    await page.waitForURL(/\/node\/hope-model/);
    await page.getByTestId("detail-panel").getByRole("heading", { name: "HOPE model" }).waitFor();
  });

  it("suggests where to go when a search finds nothing", async () => {
    const page = browser.page();
    await openView(page, "/search?q=qqqzzzxxyy");
    const empty = page.getByTestId("empty");
    await empty.waitFor();
    expect(await empty.getByRole("link").count()).toBeGreaterThan(0);
  });
});
