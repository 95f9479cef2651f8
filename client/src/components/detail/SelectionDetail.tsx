import { useLocation } from "react-router-dom";
import { useViewState } from "../../hooks/use-view-state";
import { DetailPanel } from "./DetailPanel";

export interface SelectionDetailProps {
  /** Neighbourhood view: "Expand neighbours" adds the selected node's neighbours. */
  onExpand?: (id: string) => void;
  /** Nodes whose neighbours are already drawn: no "Expand" or "Explore neighbours" for them. */
  expandedIds?: ReadonlySet<string>;
}

/**
 * A graph workspace's side panel: the details of the node selected in the URL (`selected=`),
 * or a hint to select one. Closing it clears the selection.
 */
export function SelectionDetail({ onExpand, expandedIds }: SelectionDetailProps) {
  const { state, update } = useViewState();
  const location = useLocation();
  // Opened from search: keyboard focus goes to the panel's heading.
  const focusDetail = (location.state as { focusDetail?: boolean } | null)?.focusDetail === true;
  const selected = state.selected;
  if (!selected)
    return (
      <div className="detail-hint">
        <h2>Select something</h2>
        <p>
          Choose a node on the canvas or in the List tab to see what it is, how it relates to the rest, and the quote
          each relationship rests on.
        </p>
        {onExpand && <p>Double-click a node (or press Enter) to bring in its neighbours.</p>}
      </div>
    );
  const shown = expandedIds?.has(selected) ?? false;
  return (
    <DetailPanel
      key={selected}
      id={selected}
      focusOnOpen={focusDetail}
      onClose={() => update({ selected: undefined })}
      neighboursShown={shown}
      {...(onExpand && !shown ? { onExpand } : {})}
    />
  );
}
