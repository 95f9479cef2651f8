import { useState } from "react";
import { useMutation } from "urql";
import type { DerivationHow, EvidenceBasis, NodeType, RelationshipType } from "../../__generated__/graphql";
import { howLabel } from "../../graph/visual-encoding";
import { useAnnounce } from "../announcer";
import { ConfirmRow } from "../ConfirmRow";
import { GRAPH_WRITE_CONTEXT, errorText } from "../node-operations";
import { RemoveRelationship } from "../relationship-operations";
import { useDisclosure, useReturnFocus } from "../use-disclosure";
import { choiceFor, relationshipSentence } from "../vocabulary";
import { RelationshipForm } from "./RelationshipForm";
import type { PickedNode } from "./TargetPicker";
import "./RelationshipActions.css";

export interface ListedEdge {
  type: RelationshipType;
  source: string;
  target: string;
  how?: DerivationHow | null;
  basis: EvidenceBasis;
  evidence?: string | null;
  sourceDoc?: string | null;
  reasoning?: string | null;
}

interface Props {
  node: PickedNode;
  other: { id: string; type: NodeType; label: string };
  edge: ListedEdge;
}

/**
 * "Change" and "Remove" beside one relationship in the panel's list. Removing asks once, in
 * place, with focus on the confirming button; Escape or "Keep it" backs out.
 */
export default function RelationshipActions({ node, other, edge }: Props) {
  const { open, setOpen, buttonRef, formHandlers } = useDisclosure();
  const [confirming, setConfirming] = useState(false);
  const { ref: removeButtonRef, returnFocus } = useReturnFocus<HTMLButtonElement>(!open && !confirming);
  const [removal, remove] = useMutation(RemoveRelationship);
  const [error, setError] = useState<string | null>(null);
  const announce = useAnnounce();
  const choice = choiceFor(node.type, edge, node.id);
  if (!choice) return null;
  const outgoing = edge.source === node.id;
  const from = outgoing ? node : other;
  const to = outgoing ? other : node;
  const sentence = relationshipSentence(edge.type, from, to, howLabel(edge.how));
  const stopConfirming = () => {
    returnFocus();
    setConfirming(false);
  };
  const onRemove = async () => {
    const result = await remove({ type: edge.type, from: from.id, to: to.id }, GRAPH_WRITE_CONTEXT);
    const problem = errorText(result);
    if (problem) setError(problem);
    else {
      announce(`Removed: ${sentence}`);
      // The list item goes with the relationship; the panel's heading keeps the reader's place.
      document.getElementById("detail-heading")?.focus();
    }
  };

  return (
    <div className="relationship-actions">
      {!open && !confirming && (
        <div className="form-row">
          <button
            type="button"
            className="button small"
            ref={buttonRef}
            aria-label={`Change: ${sentence}`}
            onClick={() => setOpen(true)}
          >
            Change
          </button>
          <button
            type="button"
            className="button small"
            ref={removeButtonRef}
            aria-label={`Remove: ${sentence}`}
            onClick={() => setConfirming(true)}
          >
            Remove
          </button>
        </div>
      )}
      {confirming && (
        <ConfirmRow
          label={`Remove: ${sentence}?`}
          question="Remove this relationship?"
          confirm="Yes, remove"
          busy={removal.fetching}
          small
          onConfirm={() => void onRemove()}
          onCancel={stopConfirming}
        />
      )}
      {error && (
        <p className="form-message error" role="alert">
          {error}
        </p>
      )}
      {open && (
        <RelationshipForm
          node={node}
          existing={{
            choice,
            other,
            provenance: {
              how: edge.how ?? "",
              evidence: edge.evidence ?? "",
              source: edge.sourceDoc ?? "",
              basis: edge.basis,
              reasoning: edge.reasoning ?? "",
            },
          }}
          {...formHandlers(announce)}
        />
      )}
    </div>
  );
}
