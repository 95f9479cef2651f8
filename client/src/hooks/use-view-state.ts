import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router-dom";
import { parseViewState, writeViewState, type ViewState, type ViewStatePatch } from "../navigation/url-state";

export interface ViewStateControls {
  state: ViewState;
  /** push: a new history entry (back undoes it); replace: for transient changes like selection. */
  update: (patch: ViewStatePatch, mode?: "push" | "replace") => void;
}

/**
 * The view state held in the URL's query string (see navigation/url-state.ts): the one way a
 * view reads and writes its URL, so every parameter is parsed, defaulted and shortened alike.
 */
export function useViewState(): ViewStateControls {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseViewState(params), [params]);
  const update = useCallback(
    (patch: ViewStatePatch, mode: "push" | "replace" = "replace") => {
      setParams((current) => writeViewState(current, patch), { replace: mode === "replace" });
    },
    [setParams],
  );
  return { state, update };
}
