import type { GraphFileEdge, GraphFileNode } from "./graph-files/types.js";

/**
 * What the client's server-side build (client/dist-ssr/entry-server.mjs) exports to the server:
 * its pages rendered with their data, and the graph a view URL draws for the graph files. The
 * client's entry checks itself against this and the server loads it by it, so the two cannot drift.
 */
export interface SsrEntry {
  /** `url` (path and query) as the browser first draws it, with its data. */
  renderView(
    path: string,
    query: URLSearchParams,
    fetchImpl: typeof fetch,
    signal?: AbortSignal,
  ): Promise<RenderedView>;
  /** The graph a view URL draws, as the graph files write it. */
  captureView(path: string, query: URLSearchParams, fetchImpl: typeof fetch, signal?: AbortSignal): Promise<ViewGraph>;
  /** The graph view a path opens (`/node/:id` → { id }), if it draws a graph at all. */
  graphViewOf(path: string): { pattern: string; params: Record<string, string> } | undefined;
  /** A view's query in its one canonical order, so equal views share one cache entry. */
  canonicalQuery(params: URLSearchParams): string;
}

export interface RenderedView {
  /** The markup inside #root: the view as the browser's first render draws it with its data. */
  html: string;
  /** Tags for the page's head React made for it (`<link rel="preload">` of the images it shows). */
  head: string;
  /** What the browser hydrates from: the URL rendered and urql's record of the answers used. */
  data: { url: string; answers: unknown };
  /** An answer the render needed failed (the database unreachable, a 5xx): the page must not be kept. */
  failed: boolean;
}

export interface ViewGraph {
  /** The URL the view settles on (path and canonical query), as its page is rendered. */
  url: string;
  /** The view's name ("Lineage of Six Core Strategies"); empty when it drew no graph. */
  title: string;
  /** False when the view drew no graph at this URL (a path without both ends, an empty lineage). */
  drawn: boolean;
  truncated: boolean;
  nodes: GraphFileNode[];
  edges: GraphFileEdge[];
  /** An answer the render needed failed (the database unreachable): not to be kept. */
  failed: boolean;
}
