import { createContext, useContext } from "react";
import type { Position } from "../graph/cytoscape-instance";
import type { ElementDefinition } from "../graph/cytoscape-instance";
import type { GraphData } from "../graph/elements";

/** What a graph view draws, as GraphWorkspace holds it during render. */
export interface CapturedGraph {
  title: string;
  data: GraphData;
  elements: readonly ElementDefinition[];
  /** Where the view draws each node (its own positions or the API's for its default layout). */
  positions: ReadonlyMap<string, Position> | undefined;
}

/**
 * Set only by the server's graph-file export (prerender/capture-view.tsx): GraphWorkspace hands
 * it what it draws, so a file by URL is exactly the view's graph — the same queries, variables
 * and positions — without a second mapping from URLs to queries. Absent in the browser.
 */
export const GraphCaptureContext = createContext<((graph: CapturedGraph) => void) | undefined>(undefined);

/** Called by GraphWorkspace during render; does nothing outside a capture. */
export function useGraphCapture(graph: CapturedGraph): void {
  const capture = useContext(GraphCaptureContext);
  capture?.(graph);
}
