import { useCallback, useEffect, useState, type KeyboardEvent } from "react";
import type { Core } from "../graph/cytoscape-instance";
import { fitReadably } from "../graph/layouts";

/**
 * The graph's full-screen mode: CSS (`.workspace-main.full-screen` fills the viewport) rather
 * than the Fullscreen API, which iPhones do not offer for anything but video. The page behind
 * stops scrolling while it is on; Escape or the button leaves it; the canvas is measured and
 * framed again each way.
 */
export function useFullScreen(cy: Core | undefined): {
  fullScreen: boolean;
  toggleFullScreen: () => void;
  onFullScreenKey: (e: KeyboardEvent) => void;
} {
  const [fullScreen, setFullScreen] = useState(false);
  useEffect(() => {
    document.documentElement.classList.toggle("graph-full-screen", fullScreen);
    return () => document.documentElement.classList.remove("graph-full-screen");
  }, [fullScreen]);
  const set = useCallback(
    (on: boolean) => {
      setFullScreen(on);
      // After React has drawn the new size (the next frame), not when the canvas first arrives.
      if (cy)
        requestAnimationFrame(() => {
          cy.resize();
          fitReadably(cy);
        });
    },
    [cy],
  );
  const toggleFullScreen = useCallback(() => set(!fullScreen), [set, fullScreen]);
  const onFullScreenKey = useCallback(
    (e: KeyboardEvent) => {
      if (e.key !== "Escape" || !fullScreen) return;
      set(false);
      e.stopPropagation();
    },
    [set, fullScreen],
  );
  return { fullScreen, toggleFullScreen, onFullScreenKey };
}
