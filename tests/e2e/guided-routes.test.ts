import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { baseUrl, openView } from "./support/app.js";
import { screenshot } from "./support/browser.js";
import { waitForGraph } from "./support/graph-state.js";
import { withBrowserPage } from "./support/with-browser-page.js";
import "./support/dom-globals.js";

interface RouteOutline {
  id: string;
  title: string;
  steps: { question: string; cards: { resource: { id: string } }[] }[];
}

/** The routes as the API serves them: what each walk expects to see, step by step. */
async function routesFromApi(): Promise<RouteOutline[]> {
  const res = await fetch(`${baseUrl()}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ routes { id title steps { question cards { resource { id } } } } }" }),
  });
  const body = (await res.json()) as { data?: { routes: RouteOutline[] } };
  return body.data?.routes ?? [];
}

// A parent, a ward manager, a head teacher, a commissioner: "Where do I start?"
describe("journey: guided routes from the landing page", () => {
  const browser = withBrowserPage();

  it("offers at least six routes first, and each walks question by question to the last", async () => {
    const page = browser.page();
    const outlines = await routesFromApi();
    expect(outlines.length).toBeGreaterThanOrEqual(6);

    for (const [n, route] of outlines.entries()) {
      await openView(page, "/");
      const cards = page.getByTestId("route-cards");
      await cards.getByRole("heading", { name: "Where do you want to start?" }).waitFor();
      if (n === 0) {
        // Offered above the graph: the cards come before the canvas in reading order.
        const before = await page.evaluate(() => {
          const cardsEl = document.querySelector('[data-testid="route-cards"]');
          const canvas = document.querySelector('[data-testid="graph-canvas"], .overview-layout');
          return Boolean(
            cardsEl && canvas && cardsEl.compareDocumentPosition(canvas) & Node.DOCUMENT_POSITION_FOLLOWING,
          );
        });
        expect(before).toBe(true);
        await screenshot(page, "guide-landing");
      }
      await cards.locator(`a[data-route-id="${route.id}"]`).click();
      await page.waitForURL(new RegExp(`/routes/${route.id}$`));
      await page.getByRole("heading", { level: 1, name: route.title }).waitFor();

      for (const [i, step] of route.steps.entries()) {
        const current = page.getByTestId("route-step");
        await current.getByRole("heading", { level: 2, name: step.question }).waitFor();
        expect(await current.getAttribute("data-step")).toBe(String(i + 1));
        // Every step answers with resources, each card saying why it is here.
        const shown = await current
          .locator("li.guide-card")
          .evaluateAll((els) => els.map((el) => el.getAttribute("data-resource-id")));
        expect(shown).toEqual(step.cards.map((c) => c.resource.id));
        expect(shown.length).toBeGreaterThan(0);
        expect(await current.locator(".guide-card-why").count()).toBe(shown.length);
        if (n === 0 && i === 0) await screenshot(page, "guide-route");
        if (i + 1 < route.steps.length) {
          await current.getByRole("link", { name: "Next question →" }).click();
          await page.waitForURL(new RegExp(`/routes/${route.id}\\?step=${i + 2}$`));
        } else {
          await current.getByText("That is the last question.").waitFor();
        }
      }
    }
    expect(browser.session().cspViolations()).toEqual([]);
  });

  it("links a card into the graph view that explains it", async () => {
    const page = browser.page();
    const [route] = await routesFromApi();
    const first = route?.steps[0]?.cards[0]?.resource.id;
    expect(first).toBeTruthy();
    if (!route || !first) return;
    await openView(page, `/routes/${route.id}`);
    const card = page.locator(`[data-testid="route-step"] li.guide-card[data-resource-id="${first}"]`);
    await card.getByRole("link", { name: /^See how it connects\b/ }).click();
    await page.waitForURL(new RegExp(`/node/${first}\\?selected=${first}`));
    await waitForGraph(page);
    const drawn = await page.evaluate((id) => window.cy?.getElementById(id).length ?? 0, first);
    expect(drawn).toBe(1);
  });

  it("keeps the step in the URL, moves by keyboard, copies the link and exports the route as CSV", async () => {
    const page = browser.page();
    const [route] = await routesFromApi();
    expect(route && route.steps.length).toBeGreaterThan(2);
    if (!route) return;
    // A shared link opens at its step.
    await openView(page, `/routes/${route.id}?step=2`);
    const current = page.getByTestId("route-step");
    await current.getByRole("heading", { level: 2, name: route.steps[1]?.question ?? "" }).waitFor();

    // Keyboard only: Tab reaches "Next question", Enter follows it, focus lands on the new question.
    let focused = "";
    for (let i = 0; i < 80 && focused !== "Next question →"; i++) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate(() => {
        const el = document.activeElement;
        return el?.closest('[data-testid="route-step"]') ? (el.textContent ?? "").trim() : "";
      });
    }
    expect(focused).toBe("Next question →");
    await page.keyboard.press("Enter");
    await page.waitForURL(new RegExp(`\\?step=3$`));
    await page.waitForFunction(
      (q) => document.activeElement?.tagName === "H2" && document.activeElement.textContent === q,
      route.steps[2]?.question ?? "",
    );

    const context = browser.session().context;
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseUrl() });
    await page.getByRole("button", { name: "Copy link" }).click();
    await page.getByRole("button", { name: "Link copied" }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseUrl()}/routes/${route.id}?step=3`);

    const [file] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download as CSV" }).click(),
    ]);
    expect(file.suggestedFilename()).toBe(`rrn-route-${route.id}.csv`);
    const text = readFileSync(await file.path(), "utf8");
    const lines = text.split("\r\n").filter(Boolean);
    const cards = route.steps.reduce((sum, s) => sum + s.cards.length, 0);
    expect(lines).toHaveLength(cards + 1);
    expect(lines[0]).toMatch(/^step,question,resource,/);
  });

  it("cites the route's resources as RIS, BibTeX and CSL-JSON for a reference manager", async () => {
    const page = browser.page();
    const [route] = await routesFromApi();
    expect(route).toBeDefined();
    if (!route) return;
    // Every step's resources, each once: what the CSV lists.
    const ids = [...new Set(route.steps.flatMap((s) => s.cards.map((c) => c.resource.id)))];
    expect(ids.length).toBeGreaterThan(0);
    await openView(page, `/routes/${route.id}`);
    const cite = page.getByRole("button", { name: `Cite its resources (${ids.length})` });
    await cite.click();
    expect(await cite.getAttribute("aria-expanded")).toBe("true");
    const panel = page.getByTestId("cite-panel");
    await panel.getByRole("heading", { name: `Cite the ${ids.length} resources of this route` }).waitFor();
    const download = async (format: string): Promise<string> => {
      const [file] = await Promise.all([
        page.waitForEvent("download"),
        panel.locator(`button[data-format="${format}"]`).click(),
      ]);
      return readFileSync(await file.path(), "utf8");
    };
    const items = JSON.parse(await download("CSL_JSON")) as { id: string }[];
    expect(items.map((i) => i.id).sort()).toEqual([...ids].sort());
    expect((await download("RIS")).match(/^TY {2}- /gm)?.length).toBe(ids.length);
    expect((await download("BIBTEX")).match(/^@\w+\{/gm)?.length).toBe(ids.length);
    await screenshot(page, "guide-cite");
    // Escape closes it and gives the focus back to the button.
    await panel.getByRole("heading").focus();
    await page.keyboard.press("Escape");
    await panel.waitFor({ state: "detached" });
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("cite-route");
    expect(browser.session().cspViolations()).toEqual([]);
  });
});
