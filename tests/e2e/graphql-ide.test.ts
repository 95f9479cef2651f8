import { describe, expect, it } from "vitest";
import { baseUrl } from "./support/app.js";
import { screenshot } from "./support/browser.js";
import { withBrowserPage } from "./support/with-browser-page.js";

/**
 * A developer opens /graphql in the browser: the self-hosted GraphiQL loads and runs a query,
 * under the site's CSP, with every request going to the explorer's own origin (it works
 * offline; nothing comes from a CDN).
 */
describe("journey: the GraphQL IDE at /graphql", () => {
  const browser = withBrowserPage();

  it("shows GraphiQL, runs a query, and asks no other host for anything", async () => {
    const page = browser.page();
    const origins = new Set<string>();
    page.on("request", (request) => origins.add(new URL(request.url()).origin));

    await page.goto(`${baseUrl()}/graphql`);
    await page.locator(".graphiql-container").waitFor();
    expect(await page.title()).toBe("GraphQL IDE · Restraint Reduction Explorer");
    // The default query searches for the Six Core Strategies; run it with the run button.
    await page.getByRole("button", { name: /Execute query/ }).click();
    await page.locator(".graphiql-response").getByText('"six-core-strategies"').waitFor();
    // Monaco's language worker answers too: the schema came by introspection.
    await page.getByRole("button", { name: /Show Documentation Explorer/ }).click();
    await page.getByText("Query", { exact: true }).first().waitFor();
    await screenshot(page, "graphql-ide");

    expect([...origins]).toEqual([new URL(baseUrl()).origin]);
    expect(browser.session().cspViolations()).toEqual([]);
  });
});
