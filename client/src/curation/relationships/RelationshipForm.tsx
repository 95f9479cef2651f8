import { useMemo, useState, type FormEvent, type KeyboardEvent } from "react";
import { useMutation } from "urql";
import { nodeLook, howLabel } from "../../graph/visual-encoding";
import { GRAPH_WRITE_CONTEXT, errorText } from "../node-operations";
import { AddRelationship, UpdateRelationship } from "../relationship-operations";
import { focusFirstField } from "../use-disclosure";
import { relationshipChoices, relationshipSentence, type RelationshipChoice } from "../vocabulary";
import { EMPTY_PROVENANCE, provenanceInput, provenanceProblems, type Provenance } from "./provenance";
import { ProvenanceFields } from "./ProvenanceFields";
import { RelationshipPreview } from "./RelationshipPreview";
import { TargetPicker, type PickedNode } from "./TargetPicker";

/** An existing relationship being changed: its type, direction and other end stay; its provenance is edited. */
export interface ExistingRelationship {
  choice: RelationshipChoice;
  other: PickedNode;
  provenance: Provenance;
}

interface Props {
  node: PickedNode;
  existing?: ExistingRelationship;
  /** Called with what was done, e.g. "Added: Toolkit derives from (based on) HOPE". */
  onDone: (message: string) => void;
  onCancel: () => void;
  onKeyDown: (e: KeyboardEvent) => void;
}

/**
 * Adds a relationship (type by its plain name, other end by name) or changes one's evidence,
 * drawing it before it is saved. The model's allowed pairs decide what the pickers offer; the
 * server holds the same rule.
 */
export function RelationshipForm({ node, existing, onDone, onCancel, onKeyDown }: Props) {
  const choices = useMemo(() => relationshipChoices(node.type), [node.type]);
  const [choiceKey, setChoiceKey] = useState(existing?.choice.key ?? "");
  const [other, setOther] = useState<PickedNode | null>(existing?.other ?? null);
  const [provenance, setProvenance] = useState<Provenance>(existing?.provenance ?? EMPTY_PROVENANCE);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [added, add] = useMutation(AddRelationship);
  const [updated, update] = useMutation(UpdateRelationship);
  const [error, setError] = useState<string | null>(null);
  const choice = choices.find((c) => c.key === choiceKey) ?? null;
  const from = choice?.direction === "in" ? other : node;
  const to = choice?.direction === "in" ? node : other;
  const prefix = `rel-${node.id}-${existing ? `${existing.choice.key}-${existing.other.id}` : "new"}`;
  const own = nodeLook(node.type).label.toLowerCase();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!choice) found.type = "Choose what kind of relationship it is.";
    if (!other) found.other = "Choose the other end by name from the list.";
    Object.assign(found, choice ? provenanceProblems(choice.type, provenance) : {});
    setProblems(found);
    if (!choice || !from || !to || Object.keys(found).length > 0) {
      setError("Please correct the fields marked below.");
      return;
    }
    const input = { type: choice.type, from: from.id, to: to.id, ...provenanceInput(choice.type, provenance) };
    const result = existing ? await update({ input }, GRAPH_WRITE_CONTEXT) : await add({ input }, GRAPH_WRITE_CONTEXT);
    const problem = errorText(result);
    if (problem) {
      setError(problem);
      return;
    }
    const sentence = relationshipSentence(choice.type, from, to, howLabel(input.how));
    onDone(existing ? `Changed the evidence of: ${sentence}` : `Added: ${sentence}`);
  };

  return (
    <form
      className="form-stack curator-form"
      aria-label={
        existing ? `Change ${existing.choice.name.toLowerCase()} ${existing.other.label}` : "Add a relationship"
      }
      ref={focusFirstField}
      onKeyDown={onKeyDown}
      onSubmit={(e) => void onSubmit(e)}
      noValidate
    >
      {!existing && (
        <>
          <div>
            <label className="field-label" htmlFor={`${prefix}-type`}>
              Relationship
            </label>
            <select
              id={`${prefix}-type`}
              value={choiceKey}
              aria-describedby={`${prefix}-type-hint${problems.type ? ` ${prefix}-type-problem` : ""}`}
              aria-invalid={problems.type ? true : undefined}
              onChange={(e) => {
                const next = choices.find((c) => c.key === e.target.value);
                setChoiceKey(e.target.value);
                if (other && next && !next.otherTypes.includes(other.type)) setOther(null);
              }}
            >
              <option value="">Choose…</option>
              <optgroup label={`From this ${own}`}>
                {choices
                  .filter((c) => c.direction === "out")
                  .map((c) => (
                    <option key={c.key} value={c.key}>
                      {c.name}
                    </option>
                  ))}
              </optgroup>
              <optgroup label={`To this ${own}`}>
                {choices
                  .filter((c) => c.direction === "in")
                  .map((c) => (
                    <option key={c.key} value={c.key}>
                      {c.name}
                    </option>
                  ))}
              </optgroup>
            </select>
            <p id={`${prefix}-type-hint`} className="field-hint">
              {choice
                ? choice.meaning
                : `“From this ${own}” reads ${node.label} → other; “To this ${own}” reads other → ${node.label}.`}
            </p>
            {problems.type && (
              <p id={`${prefix}-type-problem`} className="field-problem">
                {problems.type}
              </p>
            )}
          </div>
          {choice && (
            <TargetPicker
              key={choice.key}
              id={`${prefix}-other`}
              label={choice.direction === "in" ? "From (the other end)" : "To (the other end)"}
              types={choice.otherTypes}
              excludeId={node.id}
              value={other}
              onPick={setOther}
              problem={problems.other}
            />
          )}
        </>
      )}
      {choice && from && to && (
        <RelationshipPreview
          type={choice.type}
          from={from}
          to={to}
          how={choice.type === "DERIVES_FROM" && provenance.how ? howLabel(provenance.how) : undefined}
          caption={
            existing
              ? "Saved relationship; its evidence changes when you save."
              : "Not saved yet: drawn dashed until you save."
          }
        />
      )}
      <ProvenanceFields
        type={choice?.type ?? null}
        value={provenance}
        onChange={setProvenance}
        idPrefix={prefix}
        problems={problems}
      />
      {error && (
        <p className="form-message error" role="alert">
          {error}
        </p>
      )}
      <div className="form-row">
        <button type="submit" className="button primary" disabled={added.fetching || updated.fetching}>
          {existing ? "Save changes" : "Add relationship"}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
