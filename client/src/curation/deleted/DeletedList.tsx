import { useQuery } from "urql";
import { ErrorState, LoadingState } from "../../components/StatusStates";
import { humanise } from "../../graph/visual-encoding";
import { whenText } from "../history";
import { DeletedNodesQuery } from "../relationship-operations";
import { RestoreButton } from "./RestoreButton";

/** The Curate page's list of deleted nodes, newest first, each with Restore. */
export function DeletedList() {
  const [{ data, error }, refetch] = useQuery({ query: DeletedNodesQuery, requestPolicy: "cache-and-network" });
  const deleted = data?.deletedEntities ?? [];
  return (
    <section aria-labelledby="deleted-list-heading" className="curate-section">
      <h2 id="deleted-list-heading">Deleted ({deleted.length})</h2>
      {error && <ErrorState error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />}
      {!data && !error && <LoadingState label="Loading deleted nodes" />}
      {data && deleted.length === 0 && <p>Nothing deleted.</p>}
      {deleted.length > 0 && (
        <ul className="deleted-list">
          {deleted.map((d) => (
            <li key={d.id}>
              <span>
                <strong>{d.id}</strong> ({humanise(d.label.replace(/([a-z])([A-Z])/g, "$1_$2").toUpperCase())}) —
                deleted by {d.deletedBy}, <time dateTime={d.deletedAt}>{whenText(d.deletedAt)}</time>
              </span>
              <RestoreButton id={d.id} name={d.id} onRestored={() => refetch({ requestPolicy: "network-only" })} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
