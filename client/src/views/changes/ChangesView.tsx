import { Link } from "react-router-dom";
import { useQuery } from "urql";
import type { ChangeKind, ChangeNodeFieldsFragment, ChangesQuery as ChangesResult } from "../../__generated__/graphql";
import { EmptyState, ErrorState, LoadingState } from "../../components/StatusStates";
import { ViewHeader } from "../../components/ViewHeader";
import { EDGE_TYPE_LOOK, humanise } from "../../graph/visual-encoding";
import { nodeHref, routes } from "../../navigation/routes";
import "./ChangesView.css";
import { CHANGES_PAGE_LIMIT, ChangesQuery } from "./operations";

type Change = ChangesResult["changes"][number];
type Item = Change["items"][number];

const KIND_WORDS: Record<ChangeKind, string> = {
  IMPORT: "Seed import",
  EDIT: "Curator edit",
  SUGGESTION: "Approved suggestion",
  DELETE: "Deleted",
  RESTORE: "Restored",
};
const OPERATION_WORDS = { ADDED: "New", CHANGED: "Changed", REMOVED: "Removed" } as const;
/** Items shown per change before "and N more" (a first seed import adds hundreds). */
const SHOWN_ITEMS = 12;

/**
 * /changes — "What's new": every change to the graph, newest first, grouped by day, each with
 * what it added, changed or removed and links to the nodes still in the graph. Dates come from
 * the server's ISO strings as they are (UTC), never from the clock, so the server's HTML and the
 * first client render agree.
 */
export default function ChangesView() {
  const [result, reexecute] = useQuery({ query: ChangesQuery, variables: { limit: CHANGES_PAGE_LIMIT } });
  if (result.error && !result.data)
    return <ErrorState error={result.error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />;
  if (!result.data) return <LoadingState label="Loading what's new" />;
  const days = byDay(result.data.changes);
  return (
    <>
      <ViewHeader
        title="What's new"
        description={
          <>
            Every change to the graph, newest first: seed imports, curators&apos; edits, approved suggestions, deletions
            and restores. Follow them in a feed reader with the <a href="/feeds/changes.atom">Atom feed</a>, or follow
            one node with the feed linked from its page.
          </>
        }
      />
      {days.length === 0 ? (
        <EmptyState title="No changes recorded yet" />
      ) : (
        <div className="changes" data-testid="changes-list">
          {days.map(([day, changes]) => (
            <section key={day} className="changes-day surface">
              <h2>
                <time dateTime={day}>{day}</time>
              </h2>
              <ol className="changes-list">
                {changes.map((change) => (
                  <ChangeEntry key={change.id} change={change} />
                ))}
              </ol>
            </section>
          ))}
        </div>
      )}
      <p className="muted">
        The {CHANGES_PAGE_LIMIT} latest changes. Times are UTC. <Link to={routes.overview()}>Back to the overview</Link>
      </p>
    </>
  );
}

function ChangeEntry({ change }: { change: Change }) {
  const shown = change.items.slice(0, SHOWN_ITEMS);
  const more = change.itemCount - shown.length;
  return (
    <li className="change" data-testid="change" data-kind={change.kind} id={`change-${change.id}`}>
      <p className="change-head">
        <strong>{KIND_WORDS[change.kind]}</strong> <time dateTime={change.at}>{change.at.slice(11, 16)}</time>{" "}
        <span className="muted">graph version {change.version}</span>
      </p>
      {shown.length > 0 && (
        <ul className="change-items">
          {shown.map((item, i) => (
            <li key={i}>
              <ItemText item={item} />
            </li>
          ))}
        </ul>
      )}
      {more > 0 && (
        <p className="muted">
          and {more} more {more === 1 ? "item" : "items"}
        </p>
      )}
    </li>
  );
}

function ItemText({ item }: { item: Item }) {
  const op = OPERATION_WORDS[item.change];
  if (item.node) {
    return (
      <>
        {op} {item.node.type ? humanise(item.node.type).toLowerCase() : "node"}: <NodeName node={item.node} />
      </>
    );
  }
  const words = item.type ? EDGE_TYPE_LOOK[item.type].forward.toLowerCase() : "linked to";
  return (
    <>
      {op} relationship: <NodeName node={item.from} /> {words} <NodeName node={item.to} />
    </>
  );
}

/** A link to the node's page while it is in the graph; its name alone once deleted. */
function NodeName({ node }: { node: ChangeNodeFieldsFragment | null }) {
  if (!node) return <>?</>;
  if (!node.exists || !node.type) return <span className="change-gone">{node.label}</span>;
  return <Link to={nodeHref({ id: node.id, type: node.type })}>{node.label}</Link>;
}

/** Changes grouped by their UTC day (YYYY-MM-DD), keeping the newest-first order. */
function byDay(changes: readonly Change[]): [string, Change[]][] {
  const days = new Map<string, Change[]>();
  for (const change of changes) {
    const day = change.at.slice(0, 10);
    days.set(day, [...(days.get(day) ?? []), change]);
  }
  return [...days];
}
