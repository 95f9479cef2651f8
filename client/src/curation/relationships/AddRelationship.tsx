import { useAnnounce } from "../announcer";
import { useDisclosure } from "../use-disclosure";
import { RelationshipForm } from "./RelationshipForm";
import type { PickedNode } from "./TargetPicker";

/** "Add a relationship" in the curator's part of the detail panel. */
export function AddRelationship({ node }: { node: PickedNode }) {
  const { open, setOpen, buttonRef, formHandlers } = useDisclosure();
  const announce = useAnnounce();
  return (
    <div className="curator-block">
      {!open && (
        <button type="button" className="button" ref={buttonRef} aria-expanded={false} onClick={() => setOpen(true)}>
          Add a relationship
        </button>
      )}
      {open && <RelationshipForm node={node} {...formHandlers(announce)} />}
    </div>
  );
}
