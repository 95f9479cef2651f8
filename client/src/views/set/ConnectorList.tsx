import { Link } from "react-router-dom";
import type { SetViewQuery as SetViewResult } from "../../__generated__/graphql";
import { EdgeLineIcon, NodeTypeBadge } from "../../components/TypeIcons";
import { basisText, edgeLook, howLabel, isStated } from "../../graph/visual-encoding";
import { nodeHref } from "../../navigation/routes";

type Connecting = SetViewResult["connecting"];
type Connector = Connecting["connectors"][number];
type Edge = Connector["via"][number];

/** One relationship of a connector, in words: who — what (how) → whom, its basis and its quote. */
function ViaLine({ edge, labels }: { edge: Edge; labels: ReadonlyMap<string, string> }) {
  const look = edgeLook(edge.type);
  return (
    <li className="via-line" data-testid="connector-via">
      <span>{labels.get(edge.source) ?? edge.source}</span>{" "}
      <span className="via-rel">
        <EdgeLineIcon type={edge.type} />
        {look.forward.toLowerCase()}
        {edge.how ? ` (${howLabel(edge.how)})` : ""}
      </span>{" "}
      <span>{labels.get(edge.target) ?? edge.target}</span>{" "}
      <span className={`via-basis${isStated(edge.basis) ? "" : " weak"}`}>{basisText(edge)}</span>
      {edge.evidence && <q className="via-evidence">{edge.evidence}</q>}
    </li>
  );
}

/**
 * "What connects these": each connector with the members it links and through which
 * relationships, as the API ranked them (direct links to the most members first).
 */
export function ConnectorList({ connecting, memberCount }: { connecting: Connecting; memberCount: number }) {
  const labels = new Map(connecting.subgraph.nodes.map((n) => [n.id, n.label]));
  const { connectors, total } = connecting;
  if (connectors.length === 0) {
    return (
      <p className="muted" data-testid="no-connectors">
        Nothing in the graph links two of these directly or through one other node (steps through a setting, audience,
        jurisdiction or restraint type are left out: they are shared context, not a link).
      </p>
    );
  }
  return (
    <>
      <p className="muted">
        {total > connectors.length
          ? `The ${connectors.length} best of ${total} nodes that link two members or more.`
          : `${total} ${total === 1 ? "node links" : "nodes link"} two members or more.`}
      </p>
      <ol className="connector-list surface" aria-label="What connects them" data-testid="connectors">
        {connectors.map((c) => {
          const direct = c.members.filter((m) =>
            c.via.some((e) => (e.source === c.node.id && e.target === m) || (e.target === c.node.id && e.source === m)),
          ).length;
          return (
            <li key={c.node.id} data-testid="connector" data-id={c.node.id}>
              <span className="connector-head">
                <NodeTypeBadge type={c.node.type} />
                <Link to={nodeHref(c.node)}>{c.node.label}</Link>
                <span className="muted">
                  links {c.members.length} of {memberCount}
                  {direct === c.members.length
                    ? " directly"
                    : direct > 0
                      ? ` (${direct} directly)`
                      : " through one other node"}
                  : {c.members.map((m) => labels.get(m) ?? m).join(", ")}
                </span>
              </span>
              <ul className="via-list">
                {c.via.map((edge) => (
                  <ViaLine key={edge.id} edge={edge} labels={labels} />
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
    </>
  );
}
