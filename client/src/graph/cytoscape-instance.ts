/**
 * The only client module that imports Cytoscape.js (a lint rule keeps it so): one module owns the instance.
 * Everything else receives a `Core` from here and uses the types re-exported below, so the
 * library, its extensions and the test hook (window.cy) are wired in exactly one place.
 */
import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";
import { FIT } from "./sketch-scene";

export type {
  Core,
  CollectionReturnValue,
  ElementDefinition,
  EventObject,
  LayoutOptions,
  NodeSingular,
  EdgeSingular,
  Position,
  StylesheetJson,
} from "cytoscape";

cytoscape.use(fcose);

let dagreRegistered: Promise<void> | undefined;

/** Lineage's top-down layout; loaded on first use so other views never download dagre. */
export function ensureDagre(): Promise<void> {
  dagreRegistered ??= import("cytoscape-dagre").then((mod) => {
    cytoscape.use(mod.default);
  });
  return dagreRegistered;
}

declare global {
  interface Window {
    /** Development and test builds only: the live instance, so e2e tests read graph state. */
    cy?: cytoscape.Core;
  }
}

export interface CreateGraphOptions {
  container?: HTMLElement;
  elements?: cytoscape.ElementDefinition[];
  style?: cytoscape.StylesheetJson;
  /** Unit tests: no canvas, no DOM. */
  headless?: boolean;
}

/** True in `vite build --mode test`, dev and Vitest; false in the production bundle. */
export const exposeForTests = import.meta.env.MODE !== "production";

export function createGraph({ container, elements = [], style, headless = false }: CreateGraphOptions): cytoscape.Core {
  const cy = cytoscape({
    container,
    elements,
    style,
    headless,
    styleEnabled: true,
    minZoom: FIT.minZoom,
    maxZoom: 3,
    boxSelectionEnabled: false,
    selectionType: "single",
    // The instance is created before its data arrives, so size-dependent performance settings
    // are applied as styles instead (see applyScaleStyles in highlight.ts).
    pixelRatio: "auto",
  });
  if (exposeForTests && typeof window !== "undefined" && !headless) window.cy = cy;
  return cy;
}

export function destroyGraph(cy: cytoscape.Core): void {
  if (typeof window !== "undefined" && window.cy === cy) delete window.cy;
  cy.destroy();
}
