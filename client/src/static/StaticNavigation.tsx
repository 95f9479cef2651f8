import { useCallback } from "react";
import { createPath, useBlocker, type BlockerFunction } from "react-router-dom";
import { useStaticSite } from "./static-site";

/**
 * Full page loads between views in the static copy: each page carries its own data, and there
 * is no /graphql to fetch another view's. Every navigation the router would make inside the page
 * (a link, the search box, a filter) is blocked and the browser loads that address instead.
 * Reads static mode itself rather than being given it: the switch to static mode comes right after
 * hydration, and a re-render of the Shell then would reach the view's Suspense boundary while its
 * lazy view may still be loading, which makes React throw the server's HTML away and show the
 * loading state (a layout shift) until the view has loaded.
 */
export function StaticNavigation() {
  return useStaticSite() ? <BlockRouterNavigation /> : null;
}

function BlockRouterNavigation() {
  const leave = useCallback<BlockerFunction>(({ currentLocation, nextLocation }) => {
    const next = createPath(nextLocation);
    if (next === createPath(currentLocation)) return false;
    window.location.assign(next);
    return true;
  }, []);
  useBlocker(leave);
  return null;
}
