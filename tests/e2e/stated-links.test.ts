import { gqlData } from "@rrn/testkit/graphql";
import { describe, expect, it } from "vitest";
import { baseUrl, openView } from "./support/app.js";
import { screenshot } from "./support/browser.js";
import { withBrowserPage } from "./support/with-browser-page.js";

// A policy lead asks how sure a connection is, and what is left when only stated links count.
describe("journey: how sure is a chain, and stated links only", () => {
  const browser = withBrowserPage();
  const statedOnly = (page: ReturnType<typeof browser.page>) =>
    page
      .getByRole("radiogroup", { name: "Links the paths may follow" })
      .getByRole("radio", { name: "Stated links only" });

  it("names a path's weakest link, then finds a longer chain of stated links", async () => {
    const page = browser.page();
    // Positive Approaches (Social Care Wales) follows on from the learning resource: a link inferred from the page.
    await openView(
      page,
      "/path?from=positive-approaches-social-care-wales&to=social-care-wales-positive-approaches-learning-resource",
    );
    const strength = page.getByTestId("chain-strength");
    expect(await strength.textContent()).toMatch(
      /^This chain rests on one inferred link: .*derives from.*\(Inferred: .+\)\.$/,
    );
    const steps = page.getByTestId("path-steps").getByRole("listitem");
    expect(await steps.count()).toBe(1);

    await statedOnly(page).click();
    await page.waitForURL(/stated=only/);
    await expect.poll(() => steps.count(), { timeout: 15_000 }).toBe(2);
    expect(await strength.textContent()).toBe("Every link of this chain is stated outright by its quote.");
    for (const basis of await page.getByTestId("step-basis").allTextContents()) expect(basis).toBe("Stated");
    expect(await page.getByTestId("path-steps").textContent()).toMatch(/Social Care Wales/);
    await screenshot(page, "path-stated-links-only");
    expect(browser.session().cspViolations()).toEqual([]);
  });

  it("states the weakest link of every route it draws, one statement per route", async () => {
    const page = browser.page();
    // AQuA reaches Julia Wood and Associates through the REsTRAIN Yourself Toolkit (both links
    // inferred) and through Julia Woods (stated): the API's answer has both, and the view says
    // how sure each is, not only the first.
    const [from, to] = ["aqua", "julia-wood-and-associates"];
    type Paths = { paths: { total: number; truncated: boolean; nodes: { id: string; distance: number | null }[] } };
    const ask = (basis: string) =>
      gqlData<Paths>(
        `${baseUrl()}/graphql`,
        `{ paths(from: "${from}", to: "${to}", throughSharedContext: false${basis}) { total truncated nodes { id distance } } }`,
      );
    const all = (await ask("")).paths;
    const stated = (await ask(", basis: [STATED]")).paths;
    expect(all.total).toBeGreaterThanOrEqual(2);
    expect(all.truncated).toBe(false);

    await openView(page, `/path?from=${from}&to=${to}`);
    const strengths = page.getByTestId("chain-strength");
    expect(await strengths.count()).toBe(all.total);
    expect(await page.getByTestId("path-route").count()).toBe(all.total - 1);
    expect(await page.getByTestId("path-summary").textContent()).toMatch(
      all.total === 2
        ? /one other route as short is drawn below too/
        : new RegExp(`${all.total - 1} other routes as short`),
    );
    // The routes the view calls stated throughout are the paths stated links alone still give, at the same length.
    const length = (p: Paths["paths"]) => p.nodes.find((n) => n.id === to)?.distance;
    const statedThroughout = (await strengths.allTextContents()).filter((t) =>
      /^Every link of this chain is stated/.test(t),
    );
    expect(statedThroughout.length).toBe(length(stated) === length(all) ? stated.total : 0);
    expect(statedThroughout.length).toBeLessThan(all.total);
    await screenshot(page, "path-every-route-chain-strength");

    // In the server-rendered page too.
    const html = await (await fetch(`${baseUrl()}/path?from=${from}&to=${to}`)).text();
    expect(html.match(/data-testid="chain-strength"/g)?.length).toBe(all.total);
    expect(browser.session().cspViolations()).toEqual([]);
  });

  it("says when no chain of stated links remains, with the way back to every link", async () => {
    const page = browser.page();
    // The NASMHPD checklist reaches the REsTRAIN Yourself toolkit through the Six Core Strategies,
    // but its own link to them is read from its title.
    await openView(page, "/path?from=nasmhpd-six-core-strategies-checklist&to=restrain-yourself-toolkit");
    expect(await page.getByTestId("chain-strength").textContent()).toMatch(/rests on one link read from a title/);
    await statedOnly(page).click();
    await page.waitForURL(/stated=only/);
    const none = page.getByTestId("no-path");
    await none.waitFor();
    expect(await none.textContent()).toMatch(/none remains/);
    await none.getByRole("link", { name: "Show paths over every link" }).click();
    await page.getByTestId("path-steps").waitFor();
    expect(page.url()).not.toMatch(/stated=only/);
    expect(browser.session().cspViolations()).toEqual([]);
  });

  it("is in the server-rendered page, so a link works without scripts", async () => {
    const html = await (
      await fetch(
        `${baseUrl()}/path?from=nasmhpd-six-core-strategies-checklist&to=restrain-yourself-toolkit&stated=only`,
      )
    ).text();
    expect(html).toMatch(/none remains/);
    expect(html).toMatch(/href="\/path\?from=nasmhpd-six-core-strategies-checklist&amp;to=restrain-yourself-toolkit"/);
  });

  it("names each lineage chain resting on a weaker link, and stated links only leaves those out", async () => {
    const page = browser.page();
    await openView(page, "/node/six-core-strategies/lineage");
    const weak = page.getByTestId("lineage-chain");
    expect((await weak.allTextContents()).join("\n")).toMatch(
      /The chain to Six Core Strategies checklist rests on one link read from a title/,
    );
    await page
      .getByRole("radiogroup", { name: "Links the lineage may follow" })
      .getByRole("radio", { name: "Stated links only" })
      .click();
    await page.waitForURL(/stated=only/);
    await expect.poll(() => weak.count(), { timeout: 15_000 }).toBe(0);
    expect(await page.getByTestId("lineage-chains").textContent()).toMatch(/stated outright/);
    expect(browser.session().cspViolations()).toEqual([]);
  });
});
