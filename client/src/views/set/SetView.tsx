import { useEffect, useMemo } from "react";
import { Link } from "react-router-dom";
import { useQuery } from "urql";
import { CITABLE_TYPES } from "../../api/cite";
import { GraphWorkspace } from "../../components/GraphWorkspace";
import { MAX_SET_SIZE, writeWorkingSet } from "../../components/set/working-set";
import { EmptyState, ErrorState, LoadingState } from "../../components/StatusStates";
import { ViewHeader } from "../../components/ViewHeader";
import { useViewState } from "../../hooks/use-view-state";
import { routes } from "../../navigation/routes";
import { ConnectorList } from "./ConnectorList";
import { SetViewQuery } from "./operations";
import { AddToThisSet, SetMembers, type Member } from "./SetMembers";
import "./SetView.css";

/** The example the empty page offers: two resources the Six Core Strategies connect. */
const EXAMPLE = ["restrain-yourself-toolkit", "nasmhpd-six-core-strategies-checklist"];

/**
 * /set?ids=a,b,c — a set of nodes as a thing of its own: its members (each with a Remove link),
 * a search to add more, what connects them (the API's `connecting`) and the drawing of members
 * and connectors, exported and cited like any view. The URL is the set: share it, bookmark it.
 */
export default function SetView() {
  const { state } = useViewState();
  const ids = useMemo(() => state.ids.slice(0, MAX_SET_SIZE), [state.ids]);
  const cut = state.ids.length - ids.length;
  const [result, reexecute] = useQuery({ query: SetViewQuery, variables: { ids }, pause: ids.length === 0 });
  const key = ids.join(",");
  // The set on screen is the one the next "Add to set" elsewhere adds to.
  useEffect(() => {
    writeWorkingSet(key ? key.split(",") : []);
  }, [key]);

  const connecting = result.data?.connecting;
  const members = useMemo((): Member[] => {
    const byId = new Map(connecting?.subgraph.nodes.map((n) => [n.id, n]));
    return ids.flatMap((id) => {
      const n = byId.get(id);
      return n ? [n] : [];
    });
  }, [connecting, ids]);
  const citeIds = useMemo(() => members.filter((m) => CITABLE_TYPES.has(m.type)).map((m) => m.id), [members]);
  const title = members.length ? `A set of ${members.length}` : "A set";

  return (
    <>
      <ViewHeader
        title={ids.length ? `${title}: what connects them` : "Build a set"}
        description="Several resources at once: what links them, directly or through one other node, and their references in one export. The link to this page is the set."
      />
      {ids.length === 0 && (
        <EmptyState title="The set is empty">
          <p>
            Add to it from search below, with “Add to set” in a node’s details or on search results, by ticking rows in
            a view’s List tab, or with Shift- or Ctrl-click on the canvas. For example,{" "}
            <Link to={routes.set(EXAMPLE)}>
              the REsTRAIN Yourself toolkit and the NASMHPD Six Core Strategies checklist
            </Link>
            .
          </p>
        </EmptyState>
      )}
      {cut > 0 && (
        <p className="notice" role="note">
          A set holds at most {MAX_SET_SIZE} members: the last {cut} in the link are left out.
        </p>
      )}
      {ids.length > 0 && result.error && !result.data && (
        <ErrorState error={result.error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
      )}
      {ids.length > 0 && !result.data && !result.error && <LoadingState label="Finding what connects them" />}
      {connecting && (
        <section aria-labelledby="set-members-heading">
          <h2 id="set-members-heading" className="section-heading">
            Members <span className="count">{members.length}</span>
          </h2>
          <SetMembers members={members} missing={connecting.missing} />
        </section>
      )}
      <AddToThisSet full={ids.length >= MAX_SET_SIZE} />
      {connecting && members.length === 1 && <p className="muted">Add another member to see what connects them.</p>}
      {connecting && members.length >= 2 && (
        <>
          <section aria-labelledby="set-connectors-heading">
            <h2 id="set-connectors-heading" className="section-heading">
              What connects them
            </h2>
            <ConnectorList connecting={connecting} memberCount={members.length} />
          </section>
          <GraphWorkspace
            title={`${title} and what connects them`}
            data={connecting.subgraph}
            drawing={{ defaultLayout: "fcose", pathEnds: members.map((m) => m.id), edgeLabels: true }}
            citeIds={citeIds}
          />
        </>
      )}
    </>
  );
}
