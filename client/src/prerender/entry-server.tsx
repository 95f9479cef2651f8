import { renderToString } from "react-dom/server";
import { createMemoryRouter, RouterProvider } from "react-router-dom";
import { Client, Provider } from "urql";
import { Kind, type DocumentNode } from "graphql";
import * as generated from "../__generated__/graphql";
import { createApiClient } from "../api/client";
import { VIEW_ROUTES } from "../navigation/route-table";
import { Shell } from "../Shell";
import type { SsrEntry } from "@rrn/common/ssr-entry";
import { canonicalQuery } from "../navigation/url-state";
import { captureView, graphViewOf } from "./capture-view";
import { firstRequests, ROUTE_ID } from "./first-requests";
import { renderView } from "./render-view";

/**
 * The build's server-side entry (vite build --ssr, run by build/prerender-plugin.ts once the
 * browser bundle is written). It renders the real components without data — what a visitor
 * sees before the answers arrive — and runs the real API client against a stand-in fetch to
 * learn exactly which URLs it sends and which document each hash stands for.
 */

/** A client that asks nothing: views render their loading states. */
const offline = new Client({ url: "/graphql", exchanges: [] });

/** The markup of `path` inside #root, as the first client render draws it without data. */
export function renderPath(path: string): string {
  const router = createMemoryRouter([{ element: <Shell />, children: VIEW_ROUTES }], { initialEntries: [path] });
  return renderToString(
    <Provider value={offline}>
      <RouterProvider router={router} />
    </Provider>,
  );
}

export { ROUTE_ID };
// What the server loads from this build, checked here against its contract (@rrn/common/ssr-entry).
export const ssrEntry = { renderView, captureView, graphViewOf, canonicalQuery } satisfies SsrEntry;
export { renderView, captureView, graphViewOf, canonicalQuery };
export type { GraphViewMatch } from "./capture-view";

export interface ClientRequests {
  /** Every query this build can send, by the hash it sends instead of the text. */
  persistedQueries: Record<string, string>;
  /** Per route pattern, the GET URLs of its first requests (ROUTE_ID standing for :id). */
  preloads: { pattern: string; urls: string[] }[];
}

/**
 * Sends `query` through the real client, answering the hash-only GET "PersistedQueryNotFound"
 * so the client sends the text too: the first URL is what a browser sends, the retry pairs the
 * hash with its text.
 */
async function send(
  query: DocumentNode,
  variables: Record<string, unknown>,
): Promise<{ url: string; hash: string; text: string }> {
  const seen: { url: string; body: unknown }[] = [];
  const fetchImpl: typeof fetch = (input, init) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const body: unknown = typeof init?.body === "string" ? JSON.parse(init.body) : undefined;
    seen.push({ url, body });
    const text = new URL(url, "http://build").searchParams.get("query") ?? fieldOf(body, "query");
    const answer = text ? { data: null } : { errors: [{ message: "PersistedQueryNotFound" }] };
    return Promise.resolve(new Response(JSON.stringify(answer), { headers: { "content-type": "application/json" } }));
  };
  await createApiClient("/graphql", fetchImpl).query(query, variables).toPromise();
  const first = seen[0];
  const retry = seen[1];
  if (!first || !retry) throw new Error("the client sent no persisted query");
  const retryUrl = new URL(retry.url, "http://build");
  const text = retryUrl.searchParams.get("query") ?? fieldOf(retry.body, "query");
  const extensions = retryUrl.searchParams.get("extensions") ?? fieldOf(retry.body, "extensions") ?? "{}";
  const hash = fieldOf(JSON.parse(fieldOf(JSON.parse(extensions), "persistedQuery") ?? "{}"), "sha256Hash");
  if (!text || !hash) throw new Error("the client's retry carried no query text or hash");
  return { url: first.url, hash, text };
}

/** A field of parsed JSON: strings as they are, anything else as JSON text. */
function fieldOf(body: unknown, key: string): string | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const value: unknown = Object.getOwnPropertyDescriptor(body, key)?.value;
  return typeof value === "string" ? value : value === undefined ? undefined : JSON.stringify(value);
}

function isQueryDocument(value: unknown): value is DocumentNode {
  if (typeof value !== "object" || value === null || !("kind" in value) || value.kind !== Kind.DOCUMENT) return false;
  if (!("definitions" in value) || !Array.isArray(value.definitions)) return false;
  return value.definitions.some(
    (d: unknown) =>
      typeof d === "object" &&
      d !== null &&
      "kind" in d &&
      d.kind === Kind.OPERATION_DEFINITION &&
      "operation" in d &&
      d.operation === "query",
  );
}

export async function clientRequests(): Promise<ClientRequests> {
  const persistedQueries: Record<string, string> = {};
  for (const document of Object.values(generated).filter(isQueryDocument)) {
    const { hash, text } = await send(document, {});
    persistedQueries[hash] = text;
  }
  const preloads: ClientRequests["preloads"] = [];
  for (const { pattern, requests } of firstRequests()) {
    const urls: string[] = [];
    for (const request of requests) {
      const sent = await send(request.query, request.variables);
      if (!persistedQueries[sent.hash]) throw new Error(`${pattern}: a first request the manifest lacks`);
      urls.push(sent.url);
    }
    preloads.push({ pattern, urls });
  }
  return { persistedQueries, preloads };
}
