import type { GraphEdgeFieldsFragment, NodeType, RelationshipType } from "../__generated__/graphql";
import { edgeLook } from "./visual-encoding";

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

export interface RelatedItem {
  edge: GraphEdgeFieldsFragment;
  other: { id: string; type: NodeType; label: string };
}

export interface RelationshipGroup {
  key: string;
  type: RelationshipType;
  heading: string;
  items: RelatedItem[];
}

/** Groups a node's relationships by type and direction, as "Published by" / "Published". */
export function groupRelationships(
  nodeId: string,
  edges: readonly GraphEdgeFieldsFragment[],
  nodes: readonly { id: string; type: NodeType; label: string }[],
): RelationshipGroup[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const groups = new Map<string, RelationshipGroup>();
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
  for (const g of groups.values()) g.items.sort((a, b) => a.other.label.localeCompare(b.other.label));
  return [...groups.values()].sort((a, b) => b.items.length - a.items.length || a.heading.localeCompare(b.heading));
}
