import { useId, useState, type ReactNode } from "react";
import type { NodeType } from "../../__generated__/graphql";
import { NodeShapeIcon } from "../TypeIcons";

/**
 * What the explorer's two type-aheads share (the search box and the curator's target picker):
 * the WAI-ARIA combobox's state, its input attributes, arrow-key movement and the option markup.
 */
export function useCombobox() {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = useId();
  const optionId = (i: number) => `${listId}-opt-${i}`;
  return {
    open,
    setOpen,
    active,
    setActive,
    listId,
    optionId,
    /** Closes the list and forgets the highlighted option. */
    close: () => {
      setOpen(false);
      setActive(-1);
    },
    /** ArrowDown opens the list and moves down, ArrowUp moves up, both wrapping; false for other keys. */
    arrow: (key: string, count: number): boolean => {
      if (key !== "ArrowDown" && key !== "ArrowUp") return false;
      if (key === "ArrowDown") setOpen(true);
      const step = key === "ArrowDown" ? 1 : -1;
      setActive((i) => (count ? (i + step + count) % count : -1));
      return true;
    },
    /** The input's combobox attributes and the focus handlers that open and close the list. */
    inputProps: (expanded: boolean) => ({
      role: "combobox",
      autoComplete: "off",
      spellCheck: false,
      "aria-expanded": expanded,
      "aria-controls": listId,
      "aria-autocomplete": "list" as const,
      "aria-activedescendant": expanded && active >= 0 ? optionId(active) : undefined,
      onFocus: () => setOpen(true),
      onBlur: () => setOpen(false),
    }),
  };
}

export interface NodeOptionProps {
  as: "div" | "li";
  id: string;
  className: string;
  node: { id: string; type: NodeType };
  active: boolean;
  onChoose: () => void;
  onHover: () => void;
  /** The name and any details after the node's shape. */
  children: ReactNode;
}

/** One node in a type-ahead's list: its shape, then its name and details. */
export function NodeOption({ as: Tag, id, className, node, active, onChoose, onHover, children }: NodeOptionProps) {
  return (
    <Tag
      id={id}
      role="option"
      aria-selected={active}
      className={className}
      data-node-id={node.id}
      // mousedown, not click: fires before the input's blur closes the list.
      onMouseDown={(e) => {
        e.preventDefault();
        onChoose();
      }}
      onMouseEnter={onHover}
    >
      <NodeShapeIcon type={node.type} size={14} />
      {children}
    </Tag>
  );
}
