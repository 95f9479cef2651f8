import "./dom-globals";
import type { Page } from "playwright-core";

/**
 * Reads graph state from window.cy (exposed by the test build), never from pixels —
 * the way cytoscape.js's own Playwright tests do.
 */
export interface CyNodeState {
  id: string;
  label: string;
  type: string;
  visible: boolean;
  selected: boolean;
  classes: string[];
}

/** Waits until the canvas on screen has data and its layout has stopped. */
export async function waitForGraph(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const canvas = document.querySelector<HTMLElement>('[data-testid="graph-canvas"]');
      const cy = window.cy;
      // The instance must be the one drawing into the canvas on screen, and that canvas must
      // belong to the current route, not to the view we are navigating away from (React keeps
      // it on screen until the next view is ready).
      const route = canvas?.closest<HTMLElement>("[data-route]")?.dataset.route;
      return Boolean(
        cy &&
        cy.container() === canvas &&
        route === window.location.pathname &&
        // A view still showing the previous answer while the next loads (useKeptData) is not done.
        !canvas?.closest('[aria-busy="true"]') &&
        cy.nodes().length > 0 &&
        canvas?.dataset.layout === "done",
      );
    },
    undefined,
    { timeout },
  );
}

export function graphNodes(page: Page): Promise<CyNodeState[]> {
  return page.evaluate(() => {
    const cy = window.cy;
    if (!cy) return [];
    return cy.nodes(":childless").map((n) => ({
      id: n.id(),
      label: String(n.data("label")),
      type: String(n.data("type")),
      visible: n.visible(),
      selected: n.selected(),
      classes: n.classes(),
    }));
  });
}

export function edgesWithClass(page: Page, cls: string): Promise<{ id: string; source: string; target: string }[]> {
  return page.evaluate(
    (c) =>
      (window.cy?.edges(`.${c}`) ?? []).map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() })),
    cls,
  );
}
