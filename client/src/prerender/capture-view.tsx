import type { GraphFileEdge, GraphFileNode } from "@rrn/common/graph-files";
import type { ViewGraph } from "@rrn/common/ssr-entry";
import { prerender } from "react-dom/static";
import { createMemoryRouter, matchPath, RouterProvider } from "react-router-dom";
import { Provider } from "urql";
import { createApiClient } from "../api/client";
import { fetchProvenance } from "../api/provenance";
import { GraphCaptureContext, type CapturedGraph } from "../export/graph-capture";
import type { EdgeElementData, NodeElementData } from "../graph/elements";
import { edgeLook, nodeLook } from "../graph/visual-encoding";
import { ROUTE_TABLE, VIEW_ROUTES } from "../navigation/route-table";
import { Shell } from "../Shell";
import { settledUrl, watchedFetch } from "./view-request";

/** A graph view's route: its pattern and the ids in its path (`/node/:id` → { id }). */
export interface GraphViewMatch {
  pattern: string;
  params: Record<string, string>;
}

/** The graph view a path opens (one that draws a graph: preloadGraph in the route table), if any. */
export function graphViewOf(path: string): GraphViewMatch | undefined {
  for (const route of ROUTE_TABLE) {
    const match = matchPath(route.path, path);
    if (!match) continue;
    if (!route.preloadGraph) return undefined;
    const params: Record<string, string> = {};
    for (const [key, value] of Object.entries(match.params)) if (value !== undefined) params[key] = value;
    return { pattern: route.path, params };
  }
  return undefined;
}

/**
 * The graph a view URL draws, for the server's graph files (`/exports/view.*`): the view is
 * rendered as its page is (the same components, queries and variables, answered by the API
 * through `fetchImpl`), and GraphWorkspace hands over what it draws — nodes with the colour the
 * canvas key gives them and the position the view puts them at, relationships with their
 * type and basis — and the relationships' evidence is asked for as the Export menu does.
 */
export async function captureView(
  path: string,
  query: URLSearchParams,
  fetchImpl: typeof fetch,
  signal?: AbortSignal,
): Promise<ViewGraph> {
  const url = settledUrl(path, query);
  const watched = watchedFetch(fetchImpl);
  const client = createApiClient("/graphql", watched.fetch, { suspense: true });
  const router = createMemoryRouter([{ element: <Shell />, children: VIEW_ROUTES }], { initialEntries: [url] });
  let captured: CapturedGraph | undefined;
  const { prelude } = await prerender(
    <GraphCaptureContext value={(graph) => (captured = graph)}>
      <Provider value={client}>
        <RouterProvider router={router} />
      </Provider>
    </GraphCaptureContext>,
    signal ? { signal } : {},
  );
  // The markup is not wanted; the stream is read so the render runs to its end.
  await new Response(prelude).arrayBuffer();
  if (signal?.aborted) throw new Error(`capturing ${url} took too long`);
  const graph = captured;
  if (!graph) return { url, title: "", drawn: false, truncated: false, nodes: [], edges: [], failed: watched.failed() };

  const ids = new Set(graph.data.nodes.map((n) => n.id));
  const nodes: GraphFileNode[] = [];
  const edges: GraphFileEdge[] = [];
  for (const element of graph.elements) {
    if (element.group === "nodes") {
      // Compound group boxes (the organisation view's roles) are layout aids, not data.
      const { parent: _parent, caption: _caption, ...node } = element.data as NodeElementData;
      if (!ids.has(node.id)) continue;
      const at = graph.positions?.get(node.id);
      nodes.push({ ...node, colour: node.colour ?? nodeLook(node.type).colour, ...(at ? { x: at.x, y: at.y } : {}) });
    } else {
      const { label: _label, annotation: _annotation, ...edge } = element.data as EdgeElementData;
      edges.push({ ...edge, colour: edgeLook(edge.type).colour });
    }
  }
  const provenance = await fetchProvenance(client, [...ids]);
  for (const edge of edges) {
    const found = provenance.get(edge.id);
    if (found)
      Object.assign(edge, { evidence: found.evidence, sourceDoc: found.sourceDoc, reasoning: found.reasoning });
  }
  return {
    url,
    title: graph.title,
    drawn: true,
    truncated: Boolean(graph.data.truncated),
    nodes,
    edges,
    failed: watched.failed(),
  };
}
