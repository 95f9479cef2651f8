import type { RelationshipType } from "../../__generated__/graphql";
import { NodeShapeIcon } from "../../components/TypeIcons";
import { edgeLook } from "../../graph/visual-encoding";
import type { PickedNode } from "./TargetPicker";
import "./RelationshipPreview.css";

interface Props {
  type: RelationshipType;
  from: PickedNode;
  to: PickedNode;
  /** The derivation's words, e.g. "based on". */
  how?: string;
  /** "Not saved yet" while drafting; "Saved" is for the caller to say. */
  caption: string;
}

/**
 * The relationship drawn before it is saved: both ends with their shapes and a provisional
 * dashed line in the type's colour, pointing the way the relationship reads.
 */
export function RelationshipPreview({ type, from, to, how, caption }: Props) {
  const look = edgeLook(type);
  const verb = `${look.forward.toLowerCase()}${how ? ` (${how})` : ""}`;
  return (
    <figure className="relationship-preview" data-testid="relationship-preview">
      <div className="preview-drawing" role="img" aria-label={`${from.label} ${verb} ${to.label}`}>
        <span className="preview-node">
          <NodeShapeIcon type={from.type} size={18} />
          {from.label}
        </span>
        <span className="preview-edge">
          <span className="preview-verb">{verb}</span>
          <svg width="100%" height="12" preserveAspectRatio="none" viewBox="0 0 100 12" aria-hidden="true">
            <line x1="0" y1="6" x2="92" y2="6" stroke={look.colour} strokeWidth="2" strokeDasharray="6 4" />
            <path d="M91,1 L100,6 L91,11 z" fill={look.colour} />
          </svg>
        </span>
        <span className="preview-node">
          <NodeShapeIcon type={to.type} size={18} />
          {to.label}
        </span>
      </div>
      <figcaption className="field-hint">{caption}</figcaption>
    </figure>
  );
}
