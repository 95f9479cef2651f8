import { useState, type FormEvent } from "react";
import { useClient } from "urql";
import type { NodeType } from "../../__generated__/graphql";
import { useAnnounce } from "../announcer";
import { NodeFields } from "../fields/NodeFields";
import { changedFields, fieldProblem, fieldsOf, initialValues, type FieldValues } from "../node-fields";
import { errorText, updateNode } from "../node-operations";
import { focusFirstField, useDisclosure } from "../use-disclosure";
import { labelOf } from "../vocabulary";

export interface EditableNode {
  id: string;
  type: NodeType;
  label: string;
  [property: string]: unknown;
}

/** "Edit properties": every property the model allows for the node's type, saved as one update. */
export function PropertyEditor({ node }: { node: EditableNode }) {
  const { open, setOpen, buttonRef, close, onKeyDown } = useDisclosure();
  return (
    <div className="curator-block">
      {!open && (
        <button type="button" className="button" ref={buttonRef} aria-expanded={false} onClick={() => setOpen(true)}>
          Edit properties
        </button>
      )}
      {open && <PropertyForm node={node} onClose={close} onKeyDown={onKeyDown} />}
    </div>
  );
}

function PropertyForm({
  node,
  onClose,
  onKeyDown,
}: {
  node: EditableNode;
  onClose: () => void;
  onKeyDown: (e: React.KeyboardEvent) => void;
}) {
  const label = labelOf(node.type);
  const fields = fieldsOf(label);
  const [initial] = useState(() => initialValues(label, node));
  const [values, setValues] = useState<FieldValues>(initial);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const client = useClient();
  const announce = useAnnounce();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found = Object.fromEntries(
      fields.flatMap((f) => {
        const p = fieldProblem(f, values[f.key]);
        return p ? [[f.key, p]] : [];
      }),
    );
    setProblems(found);
    if (Object.keys(found).length > 0) {
      setError("Please correct the fields marked below.");
      return;
    }
    const update = changedFields(label, initial, values);
    const changed = fields.filter((f) => f.key in update).map((f) => f.label.toLowerCase());
    if (changed.length === 0) {
      announce(`Nothing changed on ${node.label}.`);
      onClose();
      return;
    }
    setBusy(true);
    const result = await updateNode(client, label, node.id, update);
    setBusy(false);
    const problem = errorText(result);
    if (problem) {
      setError(problem);
      return;
    }
    announce(`Saved ${node.label}: changed ${changed.join(", ")}.`);
    onClose();
  };

  return (
    <form
      className="form-stack curator-form"
      aria-label={`Edit ${node.label}`}
      ref={focusFirstField}
      onKeyDown={onKeyDown}
      onSubmit={(e) => void onSubmit(e)}
      noValidate
    >
      <NodeFields
        fields={fields}
        values={values}
        problems={problems}
        idPrefix={`edit-${node.id}`}
        onChange={(key, value) => setValues((v) => ({ ...v, [key]: value }))}
      />
      {error && (
        <p className="form-message error" role="alert">
          {error}
        </p>
      )}
      <div className="form-row">
        <button type="submit" className="button primary" disabled={busy}>
          Save
        </button>
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
