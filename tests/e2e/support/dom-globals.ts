/// <reference lib="dom" />
// page.evaluate callbacks run in the browser: they need DOM types and the test hook window.cy
// that the client's test build exposes (client/src/graph/cytoscape-instance.ts).
import type { Core } from "cytoscape";

declare global {
  interface Window {
    cy?: Core;
    /** Cumulative layout-shift score, summed by a test's init script (first-view.test.ts). */
    layoutShifts?: number;
  }
}

export {};
