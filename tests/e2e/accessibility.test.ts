import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openView } from "./support/app.js";
import { seriousViolations } from "./support/axe.js";
import { screenshot } from "./support/browser.js";
import { waitForGraph } from "./support/graph-state.js";
import { withBrowserPage } from "./support/with-browser-page.js";

interface ViewCase {
  name: string;
  url: string;
  ready: (page: Page) => Promise<void>;
}

const graph = (page: Page) => waitForGraph(page);
const testId = (id: string) => async (page: Page) => {
  await page.getByTestId(id).first().waitFor();
};

// Every view, in the states people meet: WCAG 2.2 AA, no serious or critical axe findings.
const VIEWS: ViewCase[] = [
  { name: "overview", url: "/", ready: graph },
  {
    name: "neighbourhood-selected",
    url: "/node/six-core-strategies?selected=six-core-strategies",
    ready: testId("detail-panel"),
  },
  {
    name: "resource-citing",
    url: "/node/positive-and-proactive-guidance",
    ready: async (page) => {
      const panel = page.getByTestId("detail-panel");
      await panel.getByTestId("similar-list").getByRole("listitem").first().waitFor();
      await panel.getByRole("button", { name: "Cite", exact: true }).click();
      await page
        .getByTestId("cite-preview")
        .getByText(/Department of Health \(2014\)/)
        .waitFor();
    },
  },
  { name: "similar", url: "/node/post-incident-debriefing-and-support-toolkit/similar", ready: graph },
  {
    name: "similar-list-citing",
    url: "/node/post-incident-debriefing-and-support-toolkit/similar?tab=list",
    ready: async (page) => {
      const list = page.getByTestId("list-view");
      await list.getByRole("checkbox").first().check();
      await list.getByRole("button", { name: /^Cite selection/ }).click();
      await page.getByTestId("cite-preview").getByText(/\(/).first().waitFor();
    },
  },
  { name: "lineage", url: "/node/six-core-strategies/lineage", ready: graph },
  { name: "lineage-list", url: "/node/six-core-strategies/lineage?tab=list", ready: testId("list-view") },
  { name: "organisation", url: "/org/mersey-care", ready: graph },
  { name: "path", url: "/path?from=hope-model&to=no-force-first", ready: graph },
  // Two routes as short: the second is listed under the steps with its own weakest link.
  { name: "path-routes", url: "/path?from=aqua&to=julia-wood-and-associates", ready: testId("path-routes") },
  { name: "path-empty", url: "/path", ready: testId("empty") },
  {
    name: "set",
    url: "/set?ids=restrain-yourself-toolkit,nasmhpd-six-core-strategies-checklist,nz-six-core-strategies-checklist",
    ready: graph,
  },
  { name: "set-empty", url: "/set", ready: testId("empty") },
  { name: "coverage", url: "/coverage", ready: testId("coverage-matrix") },
  {
    name: "search",
    url: "/search?q=restraint",
    ready: async (page) => page.getByTestId("search-results").getByRole("link").first().waitFor(),
  },
  {
    name: "type-ahead-open",
    url: "/coverage?row=seclusion&col=schools",
    ready: async (page) => {
      await page.getByTestId("coverage-cell").getByRole("listitem").first().waitFor();
      await page.getByRole("combobox", { name: "Search the graph" }).fill("six");
      await page.getByRole("option").first().waitFor();
    },
  },
  { name: "overview-filtered", url: "/?type=RESOURCE,FRAMEWORK&setting=schools", ready: graph },
  { name: "organisation-narrowed", url: "/org/cqc?restraint=seclusion", ready: graph },
  { name: "routes", url: "/routes", ready: testId("routes-list") },
  { name: "route-step", url: "/routes/family-or-carer?step=2", ready: testId("route-step") },
  { name: "timeline", url: "/timeline", ready: graph },
  { name: "timeline-list", url: "/timeline?tab=list&yearFrom=2015", ready: testId("list-view") },
  {
    name: "insights",
    url: "/insights",
    ready: async (page) => page.locator('[data-figure="by-kind"] svg a').first().waitFor(),
  },
  {
    name: "insights-tables-audience",
    url: "/insights?as=table&split=audience",
    ready: async (page) => page.locator('[data-figure="coverage"] tbody tr').first().waitFor(),
  },
  { name: "not-found-node", url: "/node/no-such-node-anywhere", ready: testId("not-found") },
  { name: "not-found-page", url: "/no/such/page", ready: testId("not-found") },
];

describe("accessibility: axe on every view", () => {
  const browser = withBrowserPage({ bypassCSP: true });

  for (const view of VIEWS) {
    it(`${view.name} (${view.url}) has no serious or critical violations`, async () => {
      const page = browser.page();
      await openView(page, view.url);
      await view.ready(page);
      await screenshot(page, `a11y-${view.name}`);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
});
