import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openView } from "./support/app.js";
import { waitForGraph } from "./support/graph-state.js";
import { withBrowserPage } from "./support/with-browser-page.js";

async function exportAs(page: Page, format: string): Promise<Buffer> {
  await page.getByTestId("export-menu").locator("summary").click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.locator(`button[data-format="${format}"]`).click(),
  ]);
  const file = await download.path();
  return readFileSync(file);
}

// Researcher: "…export the list (CSV) or the picture."
describe("journey: export the current view", () => {
  const browser = withBrowserPage();

  it("gives a non-empty PNG and a GraphML file that parses", async () => {
    const page = browser.page();
    await openView(page, "/node/six-core-strategies/lineage");
    await waitForGraph(page);
    const drawn = await page.evaluate(() => ({
      nodes: window.cy?.nodes(":childless").length ?? 0,
      edges: window.cy?.edges().length ?? 0,
    }));

    const png = await exportAs(page, "png");
    expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
    expect(png.length).toBeGreaterThan(5_000);

    const graphml = (await exportAs(page, "graphml")).toString("utf8");
    // Parse with the browser's XML parser: a real parser, as Gephi would use.
    const parsed = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, "application/xml");
      return {
        error: doc.getElementsByTagName("parsererror").length > 0,
        root: doc.documentElement.localName,
        nodes: doc.getElementsByTagName("node").length,
        edges: doc.getElementsByTagName("edge").length,
      };
    }, graphml);
    expect(parsed).toEqual({ error: false, root: "graphml", nodes: drawn.nodes, edges: drawn.edges });

    const csv = (await exportAs(page, "csv-nodes")).toString("utf8");
    expect(csv.split("\r\n").filter(Boolean)).toHaveLength(drawn.nodes + 1);
    const svg = (await exportAs(page, "svg")).toString("utf8");
    expect(svg).toContain("<svg");
    expect(browser.session().cspViolations()).toEqual([]);
  });
  it("a framework's own restraint types and settings: in the canvas key and in the exports", async () => {
    const page = browser.page();
    await openView(page, "/node/hope-model");
    await waitForGraph(page);
    const legend = page.getByTestId("legend");
    await legend.getByText("addresses", { exact: true }).waitFor();
    await legend.getByText("for setting", { exact: true }).waitFor();

    const graphml = (await exportAs(page, "graphml")).toString("utf8");
    const edges = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, "application/xml");
      const data = (e: Element, key: string) =>
        Array.from(e.getElementsByTagName("data")).find((d) => d.getAttribute("key") === key)?.textContent;
      return Array.from(doc.getElementsByTagName("edge")).map((e) => ({
        source: e.getAttribute("source"),
        target: e.getAttribute("target"),
        type: data(e, "e_relationship"),
        basis: data(e, "e_basis"),
      }));
    }, graphml);
    expect(edges).toContainEqual({ source: "hope-model", target: "seclusion", type: "ADDRESSES", basis: "STATED" });
    expect(edges).toContainEqual({
      source: "hope-model",
      target: "mental-health-inpatient",
      type: "FOR_SETTING",
      basis: "STATED",
    });

    const csv = (await exportAs(page, "csv-edges")).toString("utf8");
    expect(csv).toMatch(/^hope-model,HOPE model,ADDRESSES,,long-term-segregation,Long-term segregation,/m);
    expect(browser.session().cspViolations()).toEqual([]);
  });
});
