import { useSyncExternalStore } from "react";

const never = () => () => undefined;

/**
 * False on the server and in the render that takes over its HTML (hydration), true after: for
 * what only a browser can decide (the Clipboard API, the viewport), so the first render matches
 * the server's markup and the browser's own answer follows in the next.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
