import type { GraphData, GraphEdge, GraphNode } from "./elements";

/** `E`: the edges as the caller has them (the path view's carry their evidence). */
export interface PathStep<E extends GraphEdge = GraphEdge> {
  from: GraphNode;
  to: GraphNode;
  edge: E;
  /** True when the relationship points from `to` back to `from` (paths ignore direction). */
  reversed: boolean;
}

/**
 * One shortest chain from `fromId` to `toId` through a paths() result, as steps a person can
 * read in order. Relationships are followed either way, as the API's paths are; ties go to the
 * edge listed first, so the answer is stable.
 */
export function shortestPathSteps<E extends GraphEdge>(
  data: Pick<GraphData, "nodes"> & { edges: readonly E[] },
  fromId: string,
  toId: string,
): PathStep<E>[] {
  const nodes = new Map(data.nodes.map((n) => [n.id, n]));
  const adjacent = new Map<string, { edge: E; other: string; reversed: boolean }[]>();
  const link = (a: string, entry: { edge: E; other: string; reversed: boolean }) => {
    const list = adjacent.get(a) ?? [];
    list.push(entry);
    adjacent.set(a, list);
  };
  for (const edge of data.edges) {
    link(edge.source, { edge, other: edge.target, reversed: false });
    link(edge.target, { edge, other: edge.source, reversed: true });
  }
  const cameFrom = new Map<string, { prev: string; edge: E; reversed: boolean }>();
  const seen = new Set([fromId]);
  const queue = [fromId];
  while (queue.length > 0) {
    const current = queue.shift() as string;
    if (current === toId) break;
    for (const { edge, other, reversed } of adjacent.get(current) ?? []) {
      if (seen.has(other)) continue;
      seen.add(other);
      cameFrom.set(other, { prev: current, edge, reversed });
      queue.push(other);
    }
  }
  if (fromId !== toId && !cameFrom.has(toId)) return [];
  const steps: PathStep<E>[] = [];
  for (let at = toId; at !== fromId;) {
    const step = cameFrom.get(at);
    const from = step && nodes.get(step.prev);
    const to = nodes.get(at);
    if (!step || !from || !to) return [];
    steps.unshift({ from, to, edge: step.edge, reversed: step.reversed });
    at = step.prev;
  }
  return steps;
}

/** One line of a path as a person reads it: a step, or two steps through context both sides share. */
export type PathItem<E extends GraphEdge = GraphEdge> =
  { kind: "step"; step: PathStep<E> } | { kind: "shared"; via: GraphNode; left: PathStep<E>; right: PathStep<E> };

/**
 * The steps in order, each pair that passes through a shared-context node (a setting, audience,
 * jurisdiction or restraint type that is not an end) joined into one "shared" item: "both are
 * for …" says the two sides share a label, not that one is linked to the other.
 */
export function pathItems<E extends GraphEdge>(
  steps: readonly PathStep<E>[],
  isSharedContext: (node: GraphNode) => boolean,
): PathItem<E>[] {
  const items: PathItem<E>[] = [];
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i] as PathStep<E>;
    const next = steps[i + 1];
    if (next && isSharedContext(step.to)) {
      items.push({ kind: "shared", via: step.to, left: step, right: next });
      i++;
    } else {
      items.push({ kind: "step", step });
    }
  }
  return items;
}
