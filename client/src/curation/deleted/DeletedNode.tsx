import { NodeHistory } from "../history/NodeHistory";
import { useDeletedName } from "./DeletedName";
import { RestoreButton } from "./RestoreButton";
import "../../styles/forms.css";

const NO_NAMES: ReadonlyMap<string, string> = new Map();

/** A curator's view of a node that is not in the graph: deleted, so restore it, and its history. */
export default function DeletedNode({ id }: { id: string }) {
  const name = useDeletedName(id);
  return (
    <section className="curator-tools" aria-labelledby="deleted-heading">
      <h3 id="deleted-heading" className="section-heading">
        Curator
      </h3>
      <p>
        <strong>{name}</strong> is not in the graph: a curator deleted it, or it never existed.
      </p>
      <div className="form-row">
        <RestoreButton id={id} name={name} />
      </div>
      <NodeHistory id={id} names={NO_NAMES} />
    </section>
  );
}
