import { prerender } from "react-dom/static";
import { createMemoryRouter, RouterProvider } from "react-router-dom";
import { Provider, ssrExchange } from "urql";
import { createApiClient } from "../api/client";
import type { RenderedView as RenderedViewContract } from "@rrn/common/ssr-entry";
import type { ServerRenderedPage } from "../api/server-rendered-data";
import { VIEW_ROUTES } from "../navigation/route-table";
import { Shell } from "../Shell";
import { settledUrl, watchedFetch } from "./view-request";

/** A rendered page; its data is what the browser hydrates from (api/server-rendered-data.ts). */
export interface RenderedView extends RenderedViewContract {
  data: ServerRenderedPage;
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
  const url = settledUrl(path, query);
  const watched = watchedFetch(fetchImpl);
  const ssr = ssrExchange({ isClient: false });
  const client = createApiClient("/graphql", watched.fetch, { ssr, suspense: true });
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
  return { html, head, data: { url, answers: ssr.extractData() }, failed: watched.failed() };
}
