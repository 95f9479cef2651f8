import { useEffect, useRef } from "react";
import type { ViewStateControls } from "./use-view-state";

/**
 * A view about one node (its neighbourhood, lineage, organisation or similar resources) opens
 * with that node selected, its details in the panel, and says so in the URL (`selected=`), so a
 * link reproduces what was seen. Only once per focus: closing the panel, or choosing something
 * else, sticks.
 */
export function useFocusSelection(focusId: string, { state, update }: ViewStateControls, ready = true): void {
  const selectedFor = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!ready || selectedFor.current === focusId) return;
    selectedFor.current = focusId;
    // Replace, not push: opening a view is one history entry, whoever is selected.
    if (state.selected === undefined) update({ selected: focusId }, "replace");
  }, [focusId, ready, state.selected, update]);
}
