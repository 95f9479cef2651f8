import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { seriousViolations } from "./support/axe.js";
import { screenshot } from "./support/browser.js";
import { startApiServer, type ApiServer } from "./support/api-server.js";
import { withBrowserPage } from "./support/with-browser-page.js";

/**
 * A copy of the explorer with curation off (no curator settings, as `npm run serve` in
 * production without them): the navigation offers no "Curate", and the suggestion page says
 * whom to contact instead of offering a form nobody could act on.
 */
describe("journey: a server without curation", () => {
  // axe is injected as a script, which the app's Content Security Policy would refuse.
  const browser = withBrowserPage({ bypassCSP: true });
  let server: ApiServer;
  beforeAll(async () => {
    server = await startApiServer(inject("neo4jUri"), {
      NODE_ENV: "production",
      CURATION_CONTACT: "curators@rrn.example",
    });
  });
  afterAll(async () => server?.stop());

  it("hides Curate and points would-be contributors to the contact", async () => {
    const page = browser.page();
    await page.goto(`${server.url}/suggest`);
    const notice = page.getByRole("status").filter({ hasText: "no curator is set up to review them" });
    await notice.waitFor();
    const contact = notice.getByRole("link", { name: "curators@rrn.example" });
    expect(await contact.getAttribute("href")).toBe("mailto:curators@rrn.example");
    expect(await page.getByRole("form", { name: "Suggest a resource" }).count()).toBe(0);

    // The status has arrived (the notice shows it), so the navigation is final.
    const nav = page.getByRole("navigation", { name: "Views" });
    await nav.getByRole("link", { name: "Suggest a resource" }).waitFor();
    expect(await nav.getByRole("link", { name: "Curate" }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "curation-off-suggest");
  });
});
