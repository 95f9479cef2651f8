import { useState, type FormEvent } from "react";
import { Link } from "react-router-dom";
import { useClient } from "urql";
import type { NodeType } from "../../__generated__/graphql";
import { nodeLook } from "../../graph/visual-encoding";
import { nodeHref } from "../../navigation/routes";
import { useAnnounce } from "../announcer";
import { NodeFields } from "../fields/NodeFields";
import { createdFields, fieldProblem, fieldsOf, initialValues, type FieldValues } from "../node-fields";
import { slugOf } from "@rrn/model";
import { createNode, errorText } from "../node-operations";
import { aNodeOf, CREATABLE_TYPES, labelOf } from "../vocabulary";

/** The Curate page's "Create a node": any type, every property the model allows, then a link to it. */
export function CreateNode() {
  const [type, setType] = useState<NodeType>("RESOURCE");
  return (
    <section aria-labelledby="create-heading" className="curate-section">
      <h2 id="create-heading">Create a node</h2>
      <div className="form-stack">
        <div>
          <label className="field-label" htmlFor="create-type">
            Type
          </label>
          <select
            id="create-type"
            value={type}
            onChange={(e) => setType(CREATABLE_TYPES.find((t) => t === e.target.value) ?? type)}
          >
            {CREATABLE_TYPES.map((t) => (
              <option key={t} value={t}>
                {nodeLook(t).label}
              </option>
            ))}
          </select>
        </div>
        <CreateForm key={type} type={type} />
      </div>
    </section>
  );
}

function CreateForm({ type }: { type: NodeType }) {
  const label = labelOf(type);
  const fields = fieldsOf(label);
  const nameKey = label === "Resource" ? "title" : "name";
  const [values, setValues] = useState<FieldValues>(() => initialValues(label, {}));
  // null until the curator types an id: until then it follows the name.
  const [id, setId] = useState<string | null>(null);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ id: string; name: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const client = useClient();
  const announce = useAnnounce();
  const name = typeof values[nameKey] === "string" ? values[nameKey] : "";
  const nodeId = id ?? slugOf(name);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    for (const f of fields) {
      const p = fieldProblem(f, values[f.key]);
      if (p) found[f.key] = p;
    }
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(nodeId)) found.id = "Use lower-case letters, digits and single dashes.";
    setProblems(found);
    if (Object.keys(found).length > 0) {
      setError("Please correct the fields marked below.");
      return;
    }
    setBusy(true);
    const result = await createNode(client, label, { id: nodeId, ...createdFields(label, values) });
    setBusy(false);
    const problem = errorText(result);
    if (problem) {
      setError(problem);
      return;
    }
    setError(null);
    setCreated({ id: nodeId, name });
    announce(`Created: ${name} (${aNodeOf(type)}).`);
    setValues(initialValues(label, {}));
    setId(null);
  };

  return (
    <form
      className="form-stack curator-form"
      aria-label={`Create ${aNodeOf(type)}`}
      onSubmit={(e) => void onSubmit(e)}
      noValidate
    >
      <NodeFields
        fields={fields}
        values={values}
        problems={problems}
        idPrefix={`create-${type}`}
        onChange={(key, value) => setValues((v) => ({ ...v, [key]: value }))}
      />
      <div>
        <label className="field-label" htmlFor={`create-${type}-id`}>
          Id (its address in links)
        </label>
        <input
          id={`create-${type}-id`}
          value={nodeId}
          aria-describedby={`create-${type}-id-hint${problems.id ? ` create-${type}-id-problem` : ""}`}
          aria-invalid={problems.id ? true : undefined}
          onChange={(e) => setId(e.target.value)}
        />
        <p id={`create-${type}-id-hint`} className="field-hint">
          Made from the {nameKey}; fixed once created.
        </p>
        {problems.id && (
          <p id={`create-${type}-id-problem`} className="field-problem">
            {problems.id}
          </p>
        )}
      </div>
      {error && (
        <p className="form-message error" role="alert">
          {error}
        </p>
      )}
      <div className="form-row">
        <button type="submit" className="button primary" disabled={busy}>
          Create {nodeLook(type).label.toLowerCase()}
        </button>
        {created && <Link to={nodeHref({ id: created.id, type })}>Open {created.name}</Link>}
      </div>
    </form>
  );
}
