import { describe, expect, it } from "vitest";
import { baseUrl } from "./support/app.js";
import { screenshot } from "./support/browser.js";
import { withBrowserPage } from "./support/with-browser-page.js";

// A reader with JavaScript off (a locked-down ward PC, a text browser): the HTML alone must
// take them somewhere. `/` is the page the build renders ahead; the other views' HTML comes
// from the server's rendering, so here the URL reached is what is checked.
describe("journey: no JavaScript", () => {
  const browser = withBrowserPage({ javaScriptEnabled: false });

  it("follows a link and submits the header search as a plain GET form", async () => {
    const page = browser.page();
    await page.goto(`${baseUrl()}/`);
    // No script ran: the header's combobox is a plain search field in a form.
    const form = page.getByRole("search", { name: "Search the graph" });
    await form.waitFor();
    await screenshot(page, "no-script-overview");

    await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Coverage" }).click();
    await page.waitForURL((url) => url.pathname === "/coverage");

    await page.goto(`${baseUrl()}/`);
    await form.getByRole("combobox", { name: "Search the graph" }).fill("seclusion room");
    await form.getByRole("combobox", { name: "Search the graph" }).press("Enter");
    await page.waitForURL((url) => url.pathname === "/search");
    expect(new URL(page.url()).searchParams.get("q")).toBe("seclusion room");

    // The filters are a GET form too: ticking a box and applying it is the URL a script would write.
    await page.goto(`${baseUrl()}/`);
    const filters = page.getByRole("form", { name: "Filters" });
    await filters.getByText("Show", { exact: true }).waitFor();
    await filters.getByRole("checkbox", { name: "Resources" }).check();
    await filters.getByRole("button", { name: "Apply" }).click();
    await page.waitForURL((url) => url.searchParams.get("type") === "RESOURCE");
    expect(browser.session().cspViolations()).toEqual([]);
  });
});
