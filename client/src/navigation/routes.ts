import type { LineageDirection } from "../__generated__/graphql";
/** Builders for every view URL, so links are written one way everywhere. */
export const routes = {
  overview: (): string => "/",
  node: (id: string): string => `/node/${encodeURIComponent(id)}`,
  lineage: (id: string, direction: LineageDirection = "DOWNSTREAM"): string =>
    `/node/${encodeURIComponent(id)}/lineage${direction === "UPSTREAM" ? "?direction=up" : ""}`,
  similar: (id: string): string => `/node/${encodeURIComponent(id)}/similar`,
  org: (id: string): string => `/org/${encodeURIComponent(id)}`,
  path: (from?: string, to?: string): string => {
    const params = new URLSearchParams();
    if (from) params.set("from", from);
    if (to) params.set("to", to);
    const qs = params.toString();
    return qs ? `/path?${qs}` : "/path";
  },
  /** A set of nodes, in the order given (`/set` alone: the empty set, with how to build one). */
  set: (ids: readonly string[] = []): string =>
    ids.length ? `/set?ids=${ids.map(encodeURIComponent).join(",")}` : "/set",
  coverage: (): string => "/coverage",
  guides: (): string => "/routes",
  /** A guided route, at a step (1-based; the first when absent). */
  guide: (id: string, step?: number): string =>
    `/routes/${encodeURIComponent(id)}${step && step > 1 ? `?step=${step}` : ""}`,
  timeline: (): string => "/timeline",
  insights: (): string => "/insights",
  /** "What's new": the changes to the graph, newest first. */
  changes: (): string => "/changes",
  /** The suggestion page, asking for the link of one resource. */
  suggestLink: (resourceId: string): string => `/suggest?resource=${encodeURIComponent(resourceId)}`,
  /** The search results page; without `q`, the page itself (the header form's action). */
  search: (q?: string): string => (q ? `/search?q=${encodeURIComponent(q)}` : "/search"),
};

/** An overview URL with the facets given (the overview's own parameter names: `setting`, `restraint`, …). */
export function overviewWith(facets: Record<string, string | number>): string {
  const params = new URLSearchParams(Object.entries(facets).map(([k, v]) => [k, String(v)]));
  return `${routes.overview()}?${params.toString()}`;
}

/** Where a node opens: organisations in their own view, everything else as a neighbourhood. */
export function nodeHref(node: { id: string; type: string }): string {
  return node.type === "ORGANISATION" ? routes.org(node.id) : routes.node(node.id);
}
