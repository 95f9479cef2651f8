import { LABEL_OF_NODE_TYPE, NODE_TYPE_OF_LABEL, type NodeLabel, RELATIONSHIP_TYPES, RELATIONSHIPS } from "@rrn/model";
import type { NodeType, RelationshipType } from "../__generated__/graphql";
import { EDGE_TYPE_LOOK, NODE_TYPE_LOOK } from "../graph/visual-encoding";

/**
 * What a curator may connect, in words: the model's allowed `from → to` pairs
 * (@rrn/model, the table the seed validator and the server check against), named as
 * the detail panel names relationships ("Derives from", "Published by"; "Published" from the
 * other end), so a picker never shows a raw type name.
 */

/** `out`: the node in the panel is where the relationship starts; `in`: where it ends. */
export type Direction = "out" | "in";

export interface RelationshipChoice {
  /** `TYPE:out` or `TYPE:in`: one option of the type picker. */
  key: string;
  type: RelationshipType;
  direction: Direction;
  /** As the panel's relationship list heads it: forward name going out, backward coming in. */
  name: string;
  /** What the relationship says, from the model. */
  meaning: string;
  /** Node types the other end may have. */
  otherTypes: NodeType[];
}

export function labelOf(type: NodeType): NodeLabel {
  return LABEL_OF_NODE_TYPE[type];
}

export function nodeTypeOf(label: NodeLabel): NodeType {
  return NODE_TYPE_OF_LABEL[label];
}

/** The model's meanings mention field names in backticks; readers get plain text. */
function plain(text: string): string {
  return text.replace(/`/g, "");
}

/** Every relationship a node of this type may have, going out first, then coming in. */
export function relationshipChoices(nodeType: NodeType): RelationshipChoice[] {
  const label = labelOf(nodeType);
  const choices: RelationshipChoice[] = [];
  for (const direction of ["out", "in"] as const) {
    for (const type of RELATIONSHIP_TYPES) {
      const pairs: readonly (readonly [NodeLabel, NodeLabel])[] = RELATIONSHIPS[type].pairs;
      const others = pairs
        .filter(([from, to]) => (direction === "out" ? from === label : to === label))
        .map(([from, to]) => nodeTypeOf(direction === "out" ? to : from));
      if (others.length === 0) continue;
      const look = EDGE_TYPE_LOOK[type];
      choices.push({
        key: `${type}:${direction}`,
        type,
        direction,
        name: direction === "out" ? look.forward : look.backward,
        meaning: plain(RELATIONSHIPS[type].meaning),
        otherTypes: [...new Set(others)],
      });
    }
  }
  return choices;
}

/** The choice an existing edge is, seen from `nodeId`'s panel. */
export function choiceFor(
  nodeType: NodeType,
  edge: { type: RelationshipType; source: string; target: string },
  nodeId: string,
): RelationshipChoice | undefined {
  const direction: Direction = edge.source === nodeId ? "out" : "in";
  return relationshipChoices(nodeType).find((c) => c.type === edge.type && c.direction === direction);
}

/** "Toolkit — derives from → Six Core Strategies": the relationship read the way it points. */
export function relationshipSentence(
  type: RelationshipType,
  from: { label: string },
  to: { label: string },
  how?: string,
): string {
  const verb = EDGE_TYPE_LOOK[type].forward.toLowerCase();
  return `${from.label} ${verb}${how ? ` (${how})` : ""} ${to.label}`;
}

/** "a resource", "an organisation": how the create form and messages name a type. */
export function aNodeOf(type: NodeType): string {
  const word = NODE_TYPE_LOOK[type].label.toLowerCase();
  return `${/^[aeiou]/.test(word) ? "an" : "a"} ${word}`;
}

/** Node types in the legend's order, for the create form's type picker. */
export const CREATABLE_TYPES: readonly NodeType[] = Object.keys(NODE_TYPE_LOOK) as NodeType[];
