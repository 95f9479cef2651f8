import { useCallback, useMemo } from "react";
import { useLocation, useSearchParams } from "react-router-dom";
import { parseViewState, writeViewState, type ViewState, type ViewStatePatch } from "../navigation/url-state";

export interface ViewStateControls {
  state: ViewState;
  /** push: a new history entry (back undoes it); replace: for transient changes like selection. */
  update: (patch: ViewStatePatch, mode?: "push" | "replace") => void;
  /**
   * The URL (path and query) the patch leads to: the href of a link that makes the change, so
   * the control still works as a plain link when scripts are off. A router `Link` to it should
   * say `preventScrollReset`, as `update` does.
   */
  href: (patch: ViewStatePatch) => string;
}

/**
 * The view state held in the URL's query string (see navigation/url-state.ts): the one way a
 * view reads and writes its URL, so every parameter is parsed, defaulted and shortened alike.
 */
export function useViewState(): ViewStateControls {
  const [params, setParams] = useSearchParams();
  const { pathname } = useLocation();
  const state = useMemo(() => parseViewState(params), [params]);
  const update = useCallback(
    (patch: ViewStatePatch, mode: "push" | "replace" = "replace") => {
      // The same page in another state: it stays where it is scrolled to (the router would
      // otherwise take a new history entry to the top), so a ticked filter is still in view.
      setParams((current) => writeViewState(current, patch), { replace: mode === "replace", preventScrollReset: true });
    },
    [setParams],
  );
  const href = useCallback(
    (patch: ViewStatePatch) => {
      const search = writeViewState(params, patch).toString();
      return search ? `${pathname}?${search}` : pathname;
    },
    [params, pathname],
  );
  return { state, update, href };
}
