import type { NodeType, RelationshipType } from "../__generated__/graphql";
import { shapeSvg } from "../graph/shape-svg";
import { edgeLook, nodeLook, SHARED_CONTEXT_EDGE, UNSTATED_EDGE } from "../graph/visual-encoding";
import "./TypeIcons.css";

/** The node type's shape in its colour, as on the canvas; decorative beside a text label. */
export function NodeShapeIcon({ type, size = 16 }: { type: NodeType; size?: number }) {
  const look = nodeLook(type);
  return (
    <svg
      className="shape-icon"
      width={size}
      height={size}
      viewBox="0 0 20 20"
      aria-hidden="true"
      focusable="false"
      dangerouslySetInnerHTML={{ __html: shapeSvg(look.shape, 10, 10, 16, look.colour, "none") }}
    />
  );
}

/** The relationship type's line: colour, dash pattern and arrow head. */
export function EdgeLineIcon({ type }: { type: RelationshipType }) {
  const look = edgeLook(type);
  return (
    <svg className="edge-icon" width="36" height="12" viewBox="0 0 36 12" aria-hidden="true" focusable="false">
      <line
        x1="1"
        y1="6"
        x2="28"
        y2="6"
        stroke={look.colour}
        strokeWidth={Math.max(1.5, look.width)}
        strokeDasharray={look.dash.join(" ") || undefined}
      />
      <path d="M27,1 L35,6 L27,11 z" fill={look.colour} />
    </svg>
  );
}

/** A weaker link as the canvas draws it: a faint line with a hollow circle at its middle. */
export function UnstatedLineIcon() {
  return (
    <svg className="edge-icon" width="36" height="12" viewBox="0 0 36 12" aria-hidden="true" focusable="false">
      <line x1="1" y1="6" x2="35" y2="6" stroke="#5b6773" strokeWidth="1.5" opacity={UNSTATED_EDGE.opacity} />
      <circle cx="18" cy="6" r="3.5" fill="#ffffff" stroke={UNSTATED_EDGE.markerColour} strokeWidth="1.5" />
    </svg>
  );
}

/** A path step through shared context, as the path view draws it: grey, thinner, dotted. */
export function SharedContextLineIcon() {
  return (
    <svg className="edge-icon" width="36" height="12" viewBox="0 0 36 12" aria-hidden="true" focusable="false">
      <line
        x1="1"
        y1="6"
        x2="35"
        y2="6"
        stroke={SHARED_CONTEXT_EDGE.colour}
        strokeWidth={SHARED_CONTEXT_EDGE.width}
        strokeDasharray={SHARED_CONTEXT_EDGE.dash.join(" ")}
      />
    </svg>
  );
}

/** Type badge: shape + words, so the type never depends on colour alone. */
export function NodeTypeBadge({ type }: { type: NodeType }) {
  return (
    <span className="type-badge" data-type={type}>
      <NodeShapeIcon type={type} size={14} />
      {nodeLook(type).label}
    </span>
  );
}
