import type { Location } from "react-router-dom";

/**
 * The key React Router's ScrollRestoration saves and restores a position under. The first
 * entry of every full page load is keyed "default", so a position saved under it belongs to
 * whatever page a tab loaded before; restored at takeover, which comes late (a transition), it
 * took a reader who had scrolled meanwhile back to where that other page was (mostly the top).
 * That entry is keyed by this page load instead; entries the app pushes keep their own keys.
 */
const THIS_LOAD = `load-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

export function scrollKey(location: Location): string {
  return location.key === "default" ? THIS_LOAD : location.key;
}
