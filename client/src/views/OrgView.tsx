import { useMemo, useState } from "react";
import { Link, useParams } from "react-router-dom";
import { GraphWorkspace } from "../components/GraphWorkspace";
import { ErrorState, LoadingState, NotFound } from "../components/StatusStates";
import { NodeTypeBadge } from "../components/TypeIcons";
import { groupByOrgRole } from "../graph/org-roles";
import { routes } from "../graph/routes";
import { useNeighbourhoods } from "../hooks/use-neighbourhoods";
import { useViewState } from "../hooks/use-view-state";
import { ViewHeader } from "./ViewHeader";

const NO_EXPANSIONS: string[] = [];

/** /org/:id — the organisation at the centre, what it published, commissioned and developed. */
export default function OrgView() {
  const { id = "" } = useParams();
  const { state, update } = useViewState();
  const [attempt, setAttempt] = useState(0);
  const result = useNeighbourhoods(id, NO_EXPANSIONS, state.limit ?? 300, attempt);
  const groups = useMemo(() => (result.data ? groupByOrgRole(id, result.data) : undefined), [id, result.data]);
  const labels = useMemo(() => new Map(result.data?.nodes.map((n) => [n.id, n.label])), [result.data]);

  if (result.error && !result.data) return <ErrorState error={result.error} onRetry={() => setAttempt((a) => a + 1)} />;
  if (!result.data || !groups) return <LoadingState label="Loading organisation" />;
  const org = result.focus;
  if (!org) return <NotFound what="organisation" />;

  return (
    <>
      <ViewHeader title={org.label} eyebrow={<NodeTypeBadge type={org.type} />} description={org.summary ?? undefined}>
        <Link className="button" to={routes.node(org.id)}>
          Neighbourhood
        </Link>
      </ViewHeader>
      <section className="role-summary" aria-label="By role">
        {groups.roles.map((role) => (
          <details key={role.key} className="role-card" data-testid={`role-${role.key}`}>
            <summary>
              <span className="role-count">{role.nodeIds.length}</span> {role.label}
            </summary>
            <ul>
              {role.nodeIds
                .map((nodeId) => ({ nodeId, label: labels.get(nodeId) ?? nodeId }))
                .sort((a, b) => a.label.localeCompare(b.label))
                .map(({ nodeId, label }) => (
                  <li key={nodeId}>
                    <button type="button" className="button link" onClick={() => update({ selected: nodeId })}>
                      {label}
                    </button>
                  </li>
                ))}
            </ul>
          </details>
        ))}
      </section>
      <GraphWorkspace
        title={`${org.label} by role`}
        data={result.data}
        defaultLayout="fcose"
        rootId={org.id}
        parents={groups.parents}
        groupElements={groups.groupElements}
        onShowMore={() => update({ limit: (state.limit ?? 300) * 2 }, "push")}
      />
    </>
  );
}
