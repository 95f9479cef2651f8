import { useState } from "react";
import { useMutation } from "urql";
import { useAnnounce } from "../announcer";
import { GRAPH_WRITE_CONTEXT, errorText } from "../node-operations";
import { RestoreNode } from "../relationship-operations";

/** Puts a deleted node back, with the relationships whose other end still exists. */
export function RestoreButton({ id, name, onRestored }: { id: string; name: string; onRestored?: () => void }) {
  const [state, restore] = useMutation(RestoreNode);
  const [error, setError] = useState<string | null>(null);
  const announce = useAnnounce();
  const onClick = async () => {
    const result = await restore({ id }, GRAPH_WRITE_CONTEXT);
    const problem = errorText(result);
    if (problem) {
      setError(problem);
      return;
    }
    announce(`Restored: ${name}.`);
    onRestored?.();
  };
  return (
    <>
      <button type="button" className="button" disabled={state.fetching} onClick={() => void onClick()}>
        Restore <span className="visually-hidden">{name}</span>
      </button>
      {error && (
        <p className="form-message error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
