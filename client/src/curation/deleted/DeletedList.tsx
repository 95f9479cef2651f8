import { useQuery } from "urql";
import { ErrorState, LoadingState } from "../../components/StatusStates";
import { humanise } from "../../graph/visual-encoding";
import { whenText } from "../history";
import { DeletedNodesQuery } from "../relationship-operations";
import { useDeletedName } from "./DeletedName";
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
            <DeletedRow key={d.id} entity={d} onRestored={() => refetch({ requestPolicy: "network-only" })} />
          ))}
        </ul>
      )}
    </section>
  );
}

function DeletedRow({
  entity,
  onRestored,
}: {
  entity: { id: string; label: string; deletedBy: string; deletedAt: string };
  onRestored: () => void;
}) {
  const name = useDeletedName(entity.id);
  return (
    <li>
      <span>
        <strong>{name}</strong> ({humanise(entity.label.replace(/([a-z])([A-Z])/g, "$1_$2").toUpperCase())}) — deleted
        by {entity.deletedBy}, <time dateTime={entity.deletedAt}>{whenText(entity.deletedAt)}</time>
      </span>
      <RestoreButton id={entity.id} name={name} onRestored={onRestored} />
    </li>
  );
}
