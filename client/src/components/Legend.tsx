import type { NodeType, RelationshipType } from "../__generated__/graphql";
import { edgeLook, NODE_TYPES, nodeLook, RELATIONSHIP_TYPES } from "../graph/visual-encoding";
import { EdgeLineIcon, NodeShapeIcon, SharedContextLineIcon, UnstatedLineIcon } from "./TypeIcons";
import "./Legend.css";

export interface LegendProps {
  /** Types present in the current view; the legend lists only those, in a stable order. */
  nodeTypes: ReadonlySet<NodeType>;
  edgeTypes: ReadonlySet<RelationshipType>;
  /** Some drawn relationship is not stated outright by its quote: explain its mark. */
  unstated?: boolean;
  /** A path goes through shared context (a setting, audience, … both sides share): explain its line. */
  sharedContext?: boolean;
}

/**
 * Key to the canvas: shape and colour per node type, line style per relationship type, and the
 * mark of a relationship its quote does not state outright.
 */
export function Legend({ nodeTypes, edgeTypes, unstated = false, sharedContext = false }: LegendProps) {
  const nodes = NODE_TYPES.filter((t) => nodeTypes.has(t));
  const edges = RELATIONSHIP_TYPES.filter((t) => edgeTypes.has(t));
  return (
    <details className="legend" open data-testid="legend">
      {/* A heading, so its Nodes and Relationships follow a level 2 wherever the view puts it. */}
      <summary>
        <h2 className="legend-title">Key</h2>
      </summary>
      <div className="legend-body">
        <h3 className="legend-heading">Nodes</h3>
        <ul>
          {nodes.map((t: NodeType) => (
            <li key={t}>
              <NodeShapeIcon type={t} />
              {nodeLook(t).label}
            </li>
          ))}
        </ul>
        {edges.length > 0 && (
          <>
            <h3 className="legend-heading">Relationships</h3>
            <ul>
              {edges.map((t) => (
                <li key={t}>
                  <EdgeLineIcon type={t} />
                  {edgeLook(t).forward.toLowerCase()}
                </li>
              ))}
              {sharedContext && (
                <li data-testid="legend-shared-context">
                  <SharedContextLineIcon />
                  shared context: both sides are for the same setting, audience, place or restraint type — not a link
                  between them
                </li>
              )}
              {unstated && (
                <li data-testid="legend-unstated">
                  <UnstatedLineIcon />
                  not stated outright (from a title, inferred or general knowledge)
                </li>
              )}
            </ul>
          </>
        )}
      </div>
    </details>
  );
}
