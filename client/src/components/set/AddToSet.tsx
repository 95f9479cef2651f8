import { Link } from "react-router-dom";
import { routes } from "../../navigation/routes";
import { MAX_SET_SIZE, toggleInWorkingSet, useWorkingSet } from "./working-set";
import "./set.css";

export interface AddToSetProps {
  id: string;
  /** Names the node in the button's accessible name ("Add to set: REsTRAIN Yourself"). */
  label: string;
}

/**
 * "Add to set" for one node, and once it is in, a link to the set. Without scripts (and in the
 * server's HTML) it is a link to a set of this node alone, which the set page grows from.
 */
export function AddToSet({ id, label }: AddToSetProps) {
  const set = useWorkingSet();
  const inSet = set.includes(id);
  const full = !inSet && set.length >= MAX_SET_SIZE;
  return (
    <span className="add-to-set" data-testid="add-to-set">
      <Link
        className="button"
        role="button"
        aria-pressed={inSet}
        aria-disabled={full || undefined}
        to={routes.set(inSet ? set : [...set, id])}
        onClick={(e) => {
          // With scripts it adds here and stays; the link is for readers without them.
          e.preventDefault();
          if (!full) toggleInWorkingSet([id], !inSet);
        }}
      >
        {/* The name a screen reader hears starts with the words on screen (for voice control). */}
        {inSet ? "In set ✓" : "Add to set"}
        <span className="visually-hidden">: {label}</span>
      </Link>
      {set.length > 0 && <OpenSetLink ids={set} />}
    </span>
  );
}

/** "Open set (n)": the working set's own URL. */
export function OpenSetLink({ ids }: { ids: readonly string[] }) {
  return (
    <Link className="open-set" to={routes.set(ids)} data-testid="open-set">
      Open set ({ids.length})
    </Link>
  );
}

/** The working set's link where the toolbar has room for it: nothing until it has members. */
export function SetTrayLink() {
  const set = useWorkingSet();
  return set.length > 0 ? <OpenSetLink ids={set} /> : null;
}
