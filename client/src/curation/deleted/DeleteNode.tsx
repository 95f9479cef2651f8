import { useState } from "react";
import { useMutation } from "urql";
import { useAnnounce } from "../announcer";
import { ConfirmRow } from "../ConfirmRow";
import { GRAPH_WRITE_CONTEXT, errorText } from "../node-operations";
import { DeleteNode as DeleteNodeMutation } from "../relationship-operations";
import { useReturnFocus } from "../use-disclosure";

/** "Delete": a soft delete, asked once in place; the node's history and the Curate page restore it. */
export function DeleteNode({ node }: { node: { id: string; label: string } }) {
  const [confirming, setConfirming] = useState(false);
  const [state, remove] = useMutation(DeleteNodeMutation);
  const [error, setError] = useState<string | null>(null);
  const { ref: buttonRef, returnFocus } = useReturnFocus<HTMLButtonElement>(!confirming);
  const announce = useAnnounce();
  const back = () => {
    returnFocus();
    setConfirming(false);
  };
  const onDelete = async () => {
    const result = await remove({ id: node.id }, GRAPH_WRITE_CONTEXT);
    const problem = errorText(result);
    if (problem) setError(problem);
    else announce(`Deleted: ${node.label}. Restore it from here or from the Curate page.`);
  };
  return (
    <div className="curator-block">
      {!confirming ? (
        <button type="button" className="button danger" ref={buttonRef} onClick={() => setConfirming(true)}>
          Delete…
        </button>
      ) : (
        <ConfirmRow
          label={`Delete ${node.label}?`}
          question={`Delete ${node.label} and take its relationships out of the graph? It can be restored.`}
          confirm="Yes, delete"
          busy={state.fetching}
          onConfirm={() => void onDelete()}
          onCancel={back}
        />
      )}
      {error && (
        <p className="form-message error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
