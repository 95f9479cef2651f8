import { prerender } from "react-dom/static";
import { createMemoryRouter, RouterProvider } from "react-router-dom";
import { Provider, ssrExchange } from "urql";
import { createApiClient } from "../api/client";
import type { ServerRenderedPage } from "../api/server-rendered-data";
import { settledQuery, VIEW_ROUTES } from "../navigation/route-table";
import { canonicalQuery } from "../navigation/url-state";
import { Shell } from "../Shell";

export interface RenderedView {
  /** The markup inside #root: the view as the browser's first render draws it with its data. */
  html: string;
  /** Tags for the page's head React made for it (`<link rel="preload">` of the images it shows). */
  head: string;
  /** What the browser hydrates from (api/server-rendered-data.ts): the URL rendered and the answers. */
  data: ServerRenderedPage;
  /** An answer the render needed failed (the database unreachable, a 5xx): the page must not be kept. */
  failed: boolean;
}

/**
 * Renders `url` (path and query) as the browser will first draw it, with its data: the real
 * components, urql in suspense mode so each view waits for its answers, and react-dom/static's
 * prerender, which waits for every lazy view and answer before writing. `fetchImpl` sends the
 * client's requests to the API (the server points it at itself, so its response cache answers).
 */
export async function renderView(
  path: string,
  query: URLSearchParams,
  fetchImpl: typeof fetch,
  signal?: AbortSignal,
): Promise<RenderedView> {
  const settled = canonicalQuery(settledQuery(path, query));
  const url = settled ? `${path}?${settled}` : path;
  let failed = false;
  const watched: typeof fetch = async (input, init) => {
    const res = await fetchImpl(input, init);
    if (res.status >= 500) failed = true;
    return res;
  };
  const ssr = ssrExchange({ isClient: false });
  const client = createApiClient("/graphql", watched, { ssr, suspense: true });
  const router = createMemoryRouter([{ element: <Shell />, children: VIEW_ROUTES }], { initialEntries: [url] });
  const { prelude } = await prerender(
    <Provider value={client}>
      <RouterProvider router={router} />
    </Provider>,
    // Every boundary inline, in place: React would otherwise move a large one to the end of the
    // page, behind a script that puts it back, and the page without scripts would say "Loading".
    { progressiveChunkSize: Number.MAX_SAFE_INTEGER, ...(signal ? { signal } : {}) },
  );
  const markup = await new Response(prelude).text();
  if (signal?.aborted) throw new Error(`rendering ${url} took too long`);
  // With no <head> of its own to put them in, React writes its resource hints first; inside
  // #root they would not match what the browser renders there.
  const [, head = "", html = ""] = /^((?:<link[^>]*>)*)([\s\S]*)$/.exec(markup) ?? [];
  return { html, head, data: { url, answers: ssr.extractData() }, failed };
}
