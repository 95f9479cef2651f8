import type { GraphCanvas } from "./GraphCanvas";

type Canvas = typeof GraphCanvas;

let loaded: Canvas | undefined;
let loading: Promise<Canvas> | undefined;

/**
 * The Cytoscape canvas chunk (Cytoscape, its force layout, the canvas stylesheet and
 * highlighting): never part of a view's first render, fetched when the browser is idle or the
 * visitor reaches for the graph (see useDeferredCanvas). One import() for every caller.
 */
export function loadGraphCanvas(): Promise<Canvas> {
  loading ??= import("./GraphCanvas").then(
    (m) => {
      loaded = m.GraphCanvas;
      return m.GraphCanvas;
    },
    (err: unknown) => {
      // A failed download (offline for a moment) is tried again at the next interaction.
      loading = undefined;
      throw err;
    },
  );
  return loading;
}

/** The canvas component if its chunk has already arrived (a later view), else undefined. */
export function loadedGraphCanvas(): Canvas | undefined {
  return loaded;
}
