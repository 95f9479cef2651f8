import type { GraphData, GraphEdge, GraphNode } from "./elements";

/** `E`: the edges as the caller has them (the path view's carry their evidence). */
export interface PathStep<E extends GraphEdge = GraphEdge> {
  from: GraphNode;
  to: GraphNode;
  edge: E;
  /** True when the relationship points from `to` back to `from` (paths ignore direction). */
  reversed: boolean;
}

/** Each node's relationships, either way, in the order the edges are listed. */
function adjacency<E extends GraphEdge>(edges: readonly E[]) {
  const adjacent = new Map<string, { edge: E; other: string; reversed: boolean }[]>();
  const link = (a: string, entry: { edge: E; other: string; reversed: boolean }) => {
    const list = adjacent.get(a) ?? [];
    list.push(entry);
    adjacent.set(a, list);
  };
  for (const edge of edges) {
    link(edge.source, { edge, other: edge.target, reversed: false });
    link(edge.target, { edge, other: edge.source, reversed: true });
  }
  return adjacent;
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
  const adjacent = adjacency(data.edges);
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

/** The shortest routes a paths() answer draws, as `shortestRoutes` lists them. */
export interface Routes<E extends GraphEdge = GraphEdge> {
  /** At most `max` routes, the one `shortestPathSteps` reads first. */
  routes: PathStep<E>[][];
  /** How many shortest routes the answer holds in all (more than `routes.length` when capped). */
  total: number;
}

/**
 * Every shortest route from `fromId` to `toId` through a paths() result, first the one
 * `shortestPathSteps` picks (the route the view spells out step by step), then the others in
 * the order the edges are listed. The API answers with the union of its paths, all of one
 * length, so these are its paths (and, were its list cut at its limit, any other route their
 * steps make up); two relationships between the same two nodes make two routes.
 */
export function shortestRoutes<E extends GraphEdge>(
  data: Pick<GraphData, "nodes"> & { edges: readonly E[] },
  fromId: string,
  toId: string,
  max: number,
): Routes<E> {
  const first = shortestPathSteps(data, fromId, toId);
  if (first.length === 0) return { routes: [], total: 0 };
  const nodes = new Map(data.nodes.map((n) => [n.id, n]));
  const adjacent = adjacency(data.edges);
  const hops = (start: string) => {
    const distance = new Map([[start, 0]]);
    const queue = [start];
    while (queue.length > 0) {
      const at = queue.shift() as string;
      for (const { other } of adjacent.get(at) ?? []) {
        if (distance.has(other)) continue;
        distance.set(other, (distance.get(at) ?? 0) + 1);
        queue.push(other);
      }
    }
    return distance;
  };
  const fromStart = hops(fromId);
  const toEnd = hops(toId);
  const length = first.length;
  // A step lies on a shortest route when it goes one hop further from the start and one nearer the end.
  const onward = (at: string) =>
    (adjacent.get(at) ?? []).filter(
      ({ other }) =>
        fromStart.get(other) === (fromStart.get(at) ?? 0) + 1 &&
        toEnd.get(other) === length - (fromStart.get(other) ?? 0),
    );
  // How many routes run from each node to the end, counted without listing them all.
  const ways = new Map<string, number>([[toId, 1]]);
  const countFrom = (at: string): number => {
    const known = ways.get(at);
    if (known !== undefined) return known;
    const n = onward(at).reduce((sum, { other }) => sum + countFrom(other), 0);
    ways.set(at, n);
    return n;
  };
  const total = countFrom(fromId);
  const key = (route: readonly PathStep<E>[]) => route.map((s) => s.edge.id).join(" ");
  const routes: PathStep<E>[][] = [first];
  const firstKey = key(first);
  const walk = (at: string, sofar: PathStep<E>[]) => {
    if (routes.length >= max) return;
    if (at === toId) {
      if (key(sofar) !== firstKey) routes.push(sofar);
      return;
    }
    for (const { edge, other, reversed } of onward(at)) {
      const from = nodes.get(at);
      const to = nodes.get(other);
      if (from && to) walk(other, [...sofar, { from, to, edge, reversed }]);
    }
  };
  walk(fromId, []);
  return { routes: routes.slice(0, max), total };
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
