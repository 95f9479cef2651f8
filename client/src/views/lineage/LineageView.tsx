import { Link, useParams } from "react-router-dom";
import { useQuery } from "urql";
import type { LineageDirection } from "../../__generated__/graphql";
import { GraphWorkspace } from "../../components/GraphWorkspace";
import { EmptyState, ErrorState, LoadingState, NotFound } from "../../components/StatusStates";
import { NodeTypeBadge } from "../../components/TypeIcons";
import { routes } from "../../navigation/routes";
import { isStated } from "../../graph/visual-encoding";
import { useFocusSelection } from "../../hooks/use-focus-selection";
import { useKeptData } from "../../hooks/use-kept-data";
import { useViewState } from "../../hooks/use-view-state";
import { Segmented, type SegmentedOption } from "../../components/Segmented";
import { ViewHeader } from "../../components/ViewHeader";
import { StatedOnlySwitch, statedBases } from "../../components/StatedOnlySwitch";
import { LineageChains } from "./LineageChains";
import { LineageQuery, lineageVariables } from "./operations";

const DIRECTIONS: SegmentedOption<LineageDirection>[] = [
  { value: "DOWNSTREAM", label: "What derives from it" },
  { value: "UPSTREAM", label: "What it derives from" },
];

/**
 * /node/:id/lineage — everything that adapts, implements or builds on a framework (downstream),
 * or what a resource itself derives from (upstream), as a top-down tree labelled with `how`.
 */
export default function LineageView() {
  const { id = "" } = useParams();
  const viewState = useViewState();
  const { state, update, href } = viewState;
  const [result, reexecute] = useQuery({
    query: LineageQuery,
    variables: lineageVariables(id, state.direction, statedBases(state.statedOnly)),
  });
  // Switching direction or stated links only keeps this lineage on screen until the next one is
  // here, rather than unmounting the view (and its List tab) for a loading note.
  const kept = useKeptData(result.data, id);
  const data = result.error && !result.data ? undefined : kept.data;
  useFocusSelection(id, viewState, Boolean(data?.node));

  if (result.error && !result.data)
    return <ErrorState error={result.error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />;
  if (!data) return <LoadingState label="Loading lineage" />;
  const { node, lineage } = data;
  if (!node) return <NotFound what="node" />;
  const downstream = state.direction === "DOWNSTREAM";
  const derived = lineage.nodes.length - 1;
  const weak = lineage.edges.filter((e) => !isStated(e.basis)).length;
  const weakNote =
    weak > 0
      ? ` ${weak} ${weak === 1 ? "link is" : "links are"} read from a title or inferred rather than stated: drawn fainter, with a hollow circle and the word in its label.`
      : "";

  const directionToggle = (
    <Segmented
      label="Direction"
      value={state.direction}
      options={DIRECTIONS}
      onChange={(direction) => update({ direction, selected: undefined }, "push")}
      hrefFor={(direction) => href({ direction, selected: undefined })}
    />
  );
  const statedOnly = state.statedOnly;

  return (
    <>
      <ViewHeader
        title={`Lineage of ${node.label}`}
        eyebrow={<NodeTypeBadge type={node.type} />}
        description={
          downstream
            ? `${derived} ${derived === 1 ? "resource adapts, implements or builds on" : "resources adapt, implement or build on"} it, directly or through others. Each link says how, with the source's own words in the details.${weakNote}`
            : `${derived} ${derived === 1 ? "thing it derives" : "things it derives"} from, directly or through others.${weakNote}`
        }
      >
        {derived > 0 && directionToggle}
        {(derived > 0 || statedOnly) && <StatedOnlySwitch what="lineage" />}
        <Link className="button" to={routes.node(node.id)}>
          Neighbourhood
        </Link>
      </ViewHeader>
      {derived === 0 && statedOnly ? (
        <EmptyState title="No stated links remain">
          <p data-testid="no-lineage">
            {downstream ? "Nothing derives from it" : "It derives from nothing"} through links their quotes state
            outright: none remains.{" "}
            <Link to={href({ statedOnly: false, selected: undefined })} preventScrollReset>
              Show the lineage over every link
            </Link>
            .
          </p>
        </EmptyState>
      ) : derived === 0 ? (
        <>
          {directionToggle}
          <EmptyState
            title={downstream ? "Nothing derives from this yet" : "This doesn’t derive from anything in the graph"}
          >
            <p>
              {downstream ? (
                <Link to={href({ direction: "UPSTREAM" })} preventScrollReset>
                  See what it derives from instead
                </Link>
              ) : (
                <Link to={href({ direction: "DOWNSTREAM" })} preventScrollReset>
                  See what derives from it instead
                </Link>
              )}{" "}
              or <Link to={routes.node(node.id)}>explore its neighbourhood</Link>.
            </p>
          </EmptyState>
        </>
      ) : (
        <>
          <LineageChains lineage={lineage} focusId={node.id} />
          {/* Busy while it still shows the previous answer (useKeptData). */}
          <div aria-busy={kept.updating}>
            <GraphWorkspace
              title={`Lineage of ${node.label}`}
              data={lineage}
              drawing={{ defaultLayout: "dagre", rootId: node.id, edgeLabels: true }}
              asideFirst
            />
          </div>
        </>
      )}
    </>
  );
}
