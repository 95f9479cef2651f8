import { useCallback, useMemo, useState } from "react";
import { Link, useParams } from "react-router-dom";
import { GraphWorkspace } from "../../components/GraphWorkspace";
import { SelectionDetail } from "../../components/detail/SelectionDetail";
import { ErrorState, LoadingState, NotFound, TruncationNotice } from "../../components/StatusStates";
import { NodeTypeBadge } from "../../components/TypeIcons";
import { DeletedNodeNotice } from "../../curation/deleted/DeletedNodeNotice";
import { useNeighbourhoods } from "./use-neighbourhoods";
import { useFocusSelection } from "../../hooks/use-focus-selection";
import { useViewState } from "../../hooks/use-view-state";
import { ViewHeader } from "../../components/ViewHeader";

/** Neighbours shown at first; the HTML shell preloads this request (see prerender/). */
export const NEIGHBOURHOOD_LIMIT = 200;

/** /node/:id — a node and its neighbours; expanding adds theirs, each a step back can undo. */
export default function NeighbourhoodView() {
  const { id = "" } = useParams();
  const viewState = useViewState();
  const { state, update, href } = viewState;
  const [attempt, setAttempt] = useState(0);
  const limit = state.limit ?? NEIGHBOURHOOD_LIMIT;
  const result = useNeighbourhoods(id, state.expanded, limit, attempt, "FORCE");
  useFocusSelection(id, viewState, Boolean(result.focus));

  const expand = useCallback(
    (nodeId: string) => {
      if (nodeId === id || state.expanded.includes(nodeId)) return;
      // A history entry per expansion: the back button (or Undo) takes it away again.
      update({ expanded: [...state.expanded, nodeId], selected: nodeId }, "push");
    },
    [id, state.expanded, update],
  );
  const expandedIds = useMemo(() => new Set([id, ...state.expanded]), [id, state.expanded]);

  if (result.error && !result.data) return <ErrorState error={result.error} onRetry={() => setAttempt((a) => a + 1)} />;
  if (!result.data) return <LoadingState label="Loading neighbourhood" />;
  if (result.focus === null)
    return (
      <>
        <NotFound what="node" />
        <DeletedNodeNotice id={id} />
      </>
    );
  const focus = result.focus;

  return (
    <>
      <ViewHeader
        title={focus?.label ?? id}
        eyebrow={focus ? <NodeTypeBadge type={focus.type} /> : null}
        description={`${result.data.nodes.length} nodes around it${state.expanded.length ? `, ${state.expanded.length} expanded` : ""}.`}
      />
      <GraphWorkspace
        title={`Neighbourhood of ${focus?.label ?? id}`}
        data={result.data}
        drawing={{ defaultLayout: "fcose", rootId: id, onExpand: expand }}
        notice={<TruncationNotice data={result.data} showMoreHref={href({ limit: limit * 2 })} />}
        aside={<SelectionDetail onExpand={expand} expandedIds={expandedIds} />}
        asideFirst
        toolbar={
          state.expanded.length > 0 ? (
            <Link className="button" to={href({ expanded: state.expanded.slice(0, -1) })} preventScrollReset>
              Undo expansion
            </Link>
          ) : null
        }
      />
    </>
  );
}
