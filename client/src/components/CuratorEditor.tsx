import { useState, type FormEvent } from "react";
import { useMutation } from "urql";
import { graphql } from "../__generated__";
import { useCurationStatus } from "../api/curation-status";
import "../styles/forms.css";
import "./CuratorEditor.css";

const UpdateResource = graphql(`
  mutation UpdateResourceSummary($id: ID!, $label: String!, $summary: String, $url: String) {
    updateResources(
      where: { id: { eq: $id } }
      update: { title: { set: $label }, summary: { set: $summary }, url: { set: $url } }
    ) {
      resources {
        id
        updatedBy
      }
    }
  }
`);
const UpdateOrganisation = graphql(`
  mutation UpdateOrganisationSummary($id: ID!, $label: String!, $summary: String) {
    updateOrganisations(where: { id: { eq: $id } }, update: { name: { set: $label }, summary: { set: $summary } }) {
      organisations {
        id
        updatedBy
      }
    }
  }
`);
const UpdateFramework = graphql(`
  mutation UpdateFrameworkSummary($id: ID!, $label: String!, $summary: String) {
    updateFrameworks(where: { id: { eq: $id } }, update: { name: { set: $label }, summary: { set: $summary } }) {
      frameworks {
        id
        updatedBy
      }
    }
  }
`);

const EDITABLE = new Set(["RESOURCE", "ORGANISATION", "FRAMEWORK"]);

interface Props {
  node: { id: string; type: string; label: string; summary?: string | null; url?: string | null };
}

/**
 * The curator's edit form in the detail panel: name and summary of a resource, organisation or
 * framework, and a resource's link (http(s) only, which the server checks too). Shown only to a
 * signed-in curator; the server checks again and logs the change.
 */
export function CuratorEditor({ node }: Props) {
  const [{ data }] = useCurationStatus();
  if (!data?.curationStatus.curator || !EDITABLE.has(node.type)) return null;
  return <EditForm key={node.id} node={node} />;
}

function EditForm({ node }: Props) {
  const [open, setOpen] = useState(false);
  const [label, setLabel] = useState(node.label);
  const [summary, setSummary] = useState(node.summary ?? "");
  const [url, setUrl] = useState(node.url ?? "");
  const [saved, setSaved] = useState(false);
  const [resource, updateResource] = useMutation(UpdateResource);
  const [organisation, updateOrganisation] = useMutation(UpdateOrganisation);
  const [framework, updateFramework] = useMutation(UpdateFramework);
  const state = node.type === "RESOURCE" ? resource : node.type === "ORGANISATION" ? organisation : framework;
  const error = state.error?.graphQLErrors[0]?.message ?? state.error?.message;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const vars = { id: node.id, label: label.trim(), summary: summary.trim() || null };
    const context = { additionalTypenames: ["GraphNode"] };
    const res =
      node.type === "RESOURCE"
        ? await updateResource({ ...vars, url: url.trim() || null }, context)
        : node.type === "ORGANISATION"
          ? await updateOrganisation(vars, context)
          : await updateFramework(vars, context);
    setSaved(!res.error);
  };

  const prefix = `edit-${node.id}`;
  return (
    <section className="curator-editor" aria-labelledby={`${prefix}-heading`}>
      <h3 id={`${prefix}-heading`} className="section-heading">
        Curator
      </h3>
      <button type="button" className="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        Edit details
      </button>
      {open && (
        <form className="form-stack" onSubmit={(e) => void onSubmit(e)} aria-label={`Edit ${node.label}`}>
          <div>
            <label className="field-label" htmlFor={`${prefix}-label`}>
              {node.type === "RESOURCE" ? "Title" : "Name"}
            </label>
            <input id={`${prefix}-label`} value={label} required onChange={(e) => setLabel(e.target.value)} />
          </div>
          <div>
            <label className="field-label" htmlFor={`${prefix}-summary`}>
              Summary
            </label>
            <textarea id={`${prefix}-summary`} rows={4} value={summary} onChange={(e) => setSummary(e.target.value)} />
          </div>
          {node.type === "RESOURCE" && (
            <div>
              <label className="field-label" htmlFor={`${prefix}-url`}>
                Link to the resource
              </label>
              <input
                id={`${prefix}-url`}
                type="url"
                inputMode="url"
                pattern="https?://.+"
                placeholder="https://…"
                aria-describedby={`${prefix}-url-hint`}
                value={url}
                onChange={(e) => setUrl(e.target.value)}
              />
              <p id={`${prefix}-url-hint`} className="field-hint">
                An http:// or https:// address; leave empty when there is none (visitors then get “Find it”).
              </p>
            </div>
          )}
          {error && (
            <p className="form-message error" role="alert">
              {error}
            </p>
          )}
          <p role="status" aria-live="polite">
            {saved ? "Saved; the change is in the audit log." : ""}
          </p>
          <div className="form-row">
            <button type="submit" className="button primary" disabled={state.fetching}>
              Save
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
