import type { GraphEdgeFieldsFragment, NodeType, RelationshipType } from "../__generated__/graphql";

/** Any edge with the canvas fields; the detail panel's carry their evidence too. */
type Edge = GraphEdgeFieldsFragment;
import { edgeLook } from "./visual-encoding";
import { compareLabels } from "./label-order";

/**
 * Groups hits by node type, keeping the API's ranking: groups come in the order of their best
 * hit, so "six core" lists the framework itself before checklists that mention it.
 */
export function groupHits<T extends { type: NodeType }>(hits: readonly T[]): { type: NodeType; hits: T[] }[] {
  const groups = new Map<NodeType, T[]>();
  for (const hit of hits) {
    const group = groups.get(hit.type) ?? [];
    group.push(hit);
    groups.set(hit.type, group);
  }
  return [...groups.entries()].map(([type, grouped]) => ({ type, hits: grouped }));
}

export interface RelatedItem<E extends Edge = Edge> {
  edge: E;
  other: { id: string; type: NodeType; label: string };
}

export interface RelationshipGroup<E extends Edge = Edge> {
  key: string;
  type: RelationshipType;
  heading: string;
  items: RelatedItem<E>[];
}

/** Groups a node's relationships by type and direction, as "Published by" / "Published". */
export function groupRelationships<E extends Edge>(
  nodeId: string,
  edges: readonly E[],
  nodes: readonly { id: string; type: NodeType; label: string }[],
): RelationshipGroup<E>[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const groups = new Map<string, RelationshipGroup<E>>();
  for (const edge of edges) {
    const outgoing = edge.source === nodeId;
    if (!outgoing && edge.target !== nodeId) continue;
    const other = byId.get(outgoing ? edge.target : edge.source);
    if (!other) continue;
    const key = `${edge.type}:${outgoing ? "out" : "in"}`;
    const look = edgeLook(edge.type);
    const group = groups.get(key) ?? {
      key,
      type: edge.type,
      heading: outgoing ? look.forward : look.backward,
      items: [],
    };
    group.items.push({ edge, other });
    groups.set(key, group);
  }
  for (const g of groups.values()) g.items.sort((a, b) => compareLabels(a.other.label, b.other.label));
  return [...groups.values()].sort((a, b) => b.items.length - a.items.length || compareLabels(a.heading, b.heading));
}
