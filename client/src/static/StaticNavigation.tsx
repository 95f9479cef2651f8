import { useCallback } from "react";
import { createPath, useBlocker, type BlockerFunction } from "react-router-dom";

/**
 * Full page loads between views in the static copy: each page carries its own data, and there
 * is no /graphql to fetch another view's. Every navigation the router would make inside the page
 * (a link, the search box, a filter) is blocked and the browser loads that address instead.
 * Rendered only in static mode (Shell.tsx).
 */
export function StaticNavigation() {
  const leave = useCallback<BlockerFunction>(({ currentLocation, nextLocation }) => {
    const next = createPath(nextLocation);
    if (next === createPath(currentLocation)) return false;
    window.location.assign(next);
    return true;
  }, []);
  useBlocker(leave);
  return null;
}
