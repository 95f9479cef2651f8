import { Link, useParams } from "react-router-dom";
import { useQuery } from "urql";
import { GraphWorkspace } from "../../components/GraphWorkspace";
import { SelectLink } from "../../components/SelectLink";
import { EmptyState, ErrorState, LoadingState, NotFound } from "../../components/StatusStates";
import { NodeTypeBadge } from "../../components/TypeIcons";
import { useFocusSelection } from "../../hooks/use-focus-selection";
import { useViewState } from "../../hooks/use-view-state";
import { routes } from "../../navigation/routes";
import { ViewHeader } from "../../components/ViewHeader";
import "./SimilarView.css";
import { SimilarViewQuery } from "./operations";

const LIMIT = 10;

/**
 * /node/:id/similar — the resources most like this one, ranked, each with why (the nodes both
 * link to, rare ones weighing most), and as a graph: the resource in the middle, what it shares
 * around it, the similar resources beyond. The List tab lists them all; each can be cited.
 */
export default function SimilarView() {
  const { id = "" } = useParams();
  const viewState = useViewState();
  const [result, reexecute] = useQuery({ query: SimilarViewQuery, variables: { id, limit: LIMIT } });
  useFocusSelection(id, viewState, Boolean(result.data?.node));

  if (result.error && !result.data)
    return <ErrorState error={result.error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />;
  if (!result.data) return <LoadingState label="Loading similar resources" />;
  const { node, similar, similarGraph } = result.data;
  if (!node) return <NotFound what="node" />;

  return (
    <>
      <ViewHeader
        title={`Resources like ${node.label}`}
        eyebrow={<NodeTypeBadge type={node.type} />}
        description={
          similar.length > 0
            ? `${similar.length} ${similar.length === 1 ? "resource shares" : "resources share"} frameworks, restraint types, settings, audiences or organisations with it, most alike first. Rare things in common count for more than common ones.`
            : undefined
        }
      >
        <Link className="button" to={routes.node(node.id)}>
          Neighbourhood
        </Link>
      </ViewHeader>
      {similar.length === 0 ? (
        <EmptyState title={node.type === "RESOURCE" ? "Nothing similar yet" : "Only resources have similar resources"}>
          <p>
            {node.type === "RESOURCE"
              ? "Nothing in the graph shares a framework, restraint type, setting, audience or organisation with it yet."
              : "Open a resource to see what is like it."}{" "}
            <Link to={routes.node(node.id)}>Explore its neighbourhood</Link>.
          </p>
        </EmptyState>
      ) : (
        <>
          <ol className="similar-ranking" aria-label="Most alike first" data-testid="similar-ranking">
            {similar.map((s) => (
              <li key={s.node.id}>
                <SelectLink id={s.node.id}>{s.node.label}</SelectLink>
                <span className="similar-why">{s.reasons.join("; ")}</span>
              </li>
            ))}
          </ol>
          <GraphWorkspace
            title={`Resources like ${node.label}`}
            data={similarGraph}
            drawing={{ defaultLayout: "concentric", rootId: node.id }}
          />
        </>
      )}
    </>
  );
}
