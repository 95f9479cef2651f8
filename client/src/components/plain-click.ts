import type { MouseEvent } from "react";

/**
 * A left click without modifiers: the one a script may take over from a link. Ctrl-, Cmd-,
 * Shift- and middle-clicks are left to the browser (new tab, new window), as on any link.
 */
export function isPlainClick(e: MouseEvent): boolean {
  return e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;
}
