import { useMemo, useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { ResourceRelationshipType, type PendingSuggestionsQuery } from "../../__generated__/graphql";
import { howLabel } from "../../graph/visual-encoding";
import {
  EMPTY_PROVENANCE,
  provenanceInput,
  provenanceProblems,
  type Provenance,
} from "../../curation/relationships/provenance";
import { ProvenanceFields } from "../../curation/relationships/ProvenanceFields";
import { RelationshipPreview } from "../../curation/relationships/RelationshipPreview";
import { TargetPicker, type PickedNode } from "../../curation/relationships/TargetPicker";
import { relationshipChoices, relationshipSentence } from "../../curation/vocabulary";
import "../../styles/forms.css";
import { ApproveMutation, RelatedNodeQuery } from "./operations";
import { RejectForm } from "./RejectForm";

/** The node a visitor said the resource relates to, by name, as the picker's first choice. */

const RESOURCE_TYPES: readonly string[] = Object.values(ResourceRelationshipType);
function isResourceRelationshipType(type: string): type is ResourceRelationshipType {
  return RESOURCE_TYPES.includes(type);
}

/**
 * A curator's decision on one suggestion: approve it, optionally with one relationship picked
 * as in the detail panel (its plain name, the other end by name, the evidence), or reject it
 * with a reason. The message says what was done.
 */
export function ApprovalEditor({
  suggestion,
  prefix,
  onDecided,
}: {
  suggestion: Pick<PendingSuggestionsQuery["suggestions"][number], "id" | "title" | "url" | "relatedIds">;
  /** The card's id prefix, so field ids stay unique per suggestion. */
  prefix: string;
  /** Called with what was done, e.g. "Approved: … (derives from HOPE)". */
  onDecided: (message: string) => void;
}) {
  const [approval, approve] = useMutation(ApproveMutation);
  const choices = useMemo(() => relationshipChoices("RESOURCE").filter((c) => c.direction === "out"), []);
  const [choiceKey, setChoiceKey] = useState("");
  const [picked, setPicked] = useState<PickedNode | null>(null);
  const [provenance, setProvenance] = useState<Provenance>({ ...EMPTY_PROVENANCE, source: suggestion.url ?? "" });
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [rejectError, setRejectError] = useState<string | null>(null);
  const relatedId = suggestion.relatedIds[0];
  const [related] = useQuery({ query: RelatedNodeQuery, variables: { id: relatedId ?? "" }, pause: !relatedId });
  const suggestedTarget = related.data?.node ?? null;
  const other = picked;
  const choice = choices.find((c) => c.key === choiceKey) ?? null;
  const error = approval.error?.graphQLErrors[0]?.message ?? rejectError;
  const newResource = { id: "new", type: "RESOURCE" as const, label: suggestion.title };

  const onApprove = async (event: FormEvent) => {
    event.preventDefault();
    let relationships: NonNullable<Parameters<typeof approve>[0]["input"]>["relationships"] = [];
    let sentence = "";
    if (choice) {
      const found: Record<string, string> = { ...provenanceProblems(choice.type, provenance) };
      if (!other) found.other = "Choose the other end by name from the list.";
      setProblems(found);
      if (!other || Object.keys(found).length > 0 || !isResourceRelationshipType(choice.type)) return;
      const fields = provenanceInput(choice.type, provenance);
      relationships = [{ type: choice.type, targetId: other.id, ...fields }];
      sentence = ` (${relationshipSentence(choice.type, newResource, other, howLabel(fields.how))})`;
    }
    const res = await approve({ id: suggestion.id, input: { relationships } });
    if (res.data) onDecided(`Approved: ${suggestion.title}${sentence}`);
  };
  return (
    <>
      {error && (
        <p className="form-message error" role="alert">
          {error}
        </p>
      )}
      <form
        className="form-stack"
        onSubmit={(e) => void onApprove(e)}
        aria-label={`Approve ${suggestion.title}`}
        noValidate
      >
        <fieldset>
          <legend>Relationship with evidence (optional)</legend>
          <div className="form-stack">
            <div>
              <label className="field-label" htmlFor={`${prefix}-type`}>
                Relationship
              </label>
              <select
                id={`${prefix}-type`}
                value={choiceKey}
                aria-describedby={`${prefix}-type-hint`}
                onChange={(e) => {
                  const next = choices.find((c) => c.key === e.target.value);
                  setChoiceKey(e.target.value);
                  const start = picked ?? suggestedTarget;
                  setPicked(start && next?.otherTypes.includes(start.type) ? start : null);
                }}
              >
                <option value="">None: approve without a relationship</option>
                {choices.map((c) => (
                  <option key={c.key} value={c.key}>
                    {c.name}
                  </option>
                ))}
              </select>
              <p id={`${prefix}-type-hint`} className="field-hint">
                {choice ? choice.meaning : "What the new resource has to do with a node already in the graph."}
                {suggestedTarget && !choice && ` The visitor named “${suggestedTarget.label}”.`}
              </p>
            </div>
            {choice && (
              <>
                <TargetPicker
                  key={choice.key}
                  id={`${prefix}-other`}
                  label="To (the other end)"
                  types={choice.otherTypes}
                  value={other}
                  onPick={setPicked}
                  problem={problems.other}
                />
                {other && (
                  <RelationshipPreview
                    type={choice.type}
                    from={newResource}
                    to={other}
                    how={choice.type === "DERIVES_FROM" && provenance.how ? howLabel(provenance.how) : undefined}
                    caption="Not saved yet: drawn dashed until you approve."
                  />
                )}
                <ProvenanceFields
                  type={choice.type}
                  value={provenance}
                  onChange={setProvenance}
                  idPrefix={prefix}
                  problems={problems}
                />
              </>
            )}
          </div>
        </fieldset>
        <div className="form-row">
          <button type="submit" className="button primary" disabled={approval.fetching}>
            Approve
          </button>
        </div>
      </form>
      <RejectForm suggestion={suggestion} prefix={prefix} onDecided={onDecided} onError={setRejectError} />
    </>
  );
}
