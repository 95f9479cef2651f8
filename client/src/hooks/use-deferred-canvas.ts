import { useCallback, useEffect, useState } from "react";
import type { GraphCanvas } from "../components/GraphCanvas";
import { loadGraphCanvas, loadedGraphCanvas } from "../components/load-graph-canvas";

/** Longest wait for an idle moment before the canvas is fetched anyway. */
const IDLE_TIMEOUT_MS = 2000;
/** Browsers without requestIdleCallback (Safari): after the first paint has had its turn. */
const FALLBACK_DELAY_MS = 200;

/** Runs `work` when the browser is idle (or after a timeout); returns the cancel. */
function whenIdle(work: () => void): () => void {
  if (typeof window.requestIdleCallback === "function") {
    const handle = window.requestIdleCallback(work, { timeout: IDLE_TIMEOUT_MS });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(work, FALLBACK_DELAY_MS);
  return () => window.clearTimeout(handle);
}

/**
 * A touch screen (a phone, a tablet) waits for the visitor's first touch on the graph: there the
 * drawing is what most visits need, and Cytoscape (about 170 kB compressed, then a second or
 * more of a phone's processor) would compete with reading. A mouse or trackpad gets it when idle.
 */
function waitsForTouch(): boolean {
  return typeof window.matchMedia === "function" && window.matchMedia("(pointer: coarse)").matches;
}

/**
 * The Cytoscape canvas, loaded after the first paint: when the browser is next idle (not on a
 * touch screen, see waitsForTouch), or at once when `wake` is called (the visitor points at,
 * touches, focuses or types in the graph), whichever comes first. `Canvas` is undefined until then — also in the server's render and the first client
 * render, so both draw the same markup. `enabled` false (the List tab is showing) waits.
 */
export function useDeferredCanvas(enabled: boolean): { Canvas: typeof GraphCanvas | undefined; wake: () => void } {
  const [Canvas, setCanvas] = useState<typeof GraphCanvas | undefined>(undefined);
  const wake = useCallback(() => {
    // On failure the sketch stays; the next interaction asks again.
    loadGraphCanvas().then(
      (component) => setCanvas(() => component),
      () => undefined,
    );
  }, []);
  useEffect(() => {
    if (!enabled || Canvas) return;
    // A later view: the chunk is here already, so no need to wait for an idle moment.
    if (loadedGraphCanvas()) {
      wake();
      return;
    }
    if (waitsForTouch()) return;
    return whenIdle(wake);
  }, [enabled, Canvas, wake]);
  return { Canvas, wake };
}
