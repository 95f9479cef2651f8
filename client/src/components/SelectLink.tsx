import type { ReactNode } from "react";
import { useViewState } from "../hooks/use-view-state";
import { isPlainClick } from "./plain-click";

export interface SelectLinkProps {
  /** The node it selects (`?selected=`). */
  id: string;
  className?: string;
  children: ReactNode;
}

/**
 * Selects a node in the current view: a link to the same page with `?selected=`, so without
 * scripts the page comes back with its details open; with scripts a plain click selects in place
 * (replacing the history entry, as selecting on the canvas does).
 */
export function SelectLink({ id, className, children }: SelectLinkProps) {
  const { state, update, href } = useViewState();
  return (
    <a
      href={href({ selected: id })}
      className={className}
      aria-current={state.selected === id ? "true" : undefined}
      onClick={(e) => {
        if (!isPlainClick(e)) return;
        e.preventDefault();
        update({ selected: id });
      }}
    >
      {children}
    </a>
  );
}
