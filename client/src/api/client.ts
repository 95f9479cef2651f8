import { persistedExchange } from "@urql/exchange-persisted";
import { Client, cacheExchange, fetchExchange, makeOperation, mapExchange, type Exchange } from "urql";
import { watchStaleAnswers } from "../components/StaleDataNote";
import { staticFetch } from "../static/static-fetch";
import { staticSite } from "../static/static-site";
import { curatorToken } from "./curator-token";

/**
 * The one GraphQL client. Same-origin /graphql: the API server serves the built client, and
 * Vite's dev server proxies /graphql to the API, so no URL needs configuring.
 *
 * Reads go as GET with the document's SHA-256 instead of its text (automatic persisted queries,
 * @urql/exchange-persisted): short URLs that the browser, a CDN and the server's response cache
 * can all keep and revalidate by ETag. The server knows every hash this build can send (see
 * persisted-queries.json, written at build time); an unknown one is answered
 * PersistedQueryNotFound and the exchange sends the text once. A signed-in curator's requests go
 * as POST with the token: personal, so never cached anywhere.
 */
export interface ApiClientOptions {
  /**
   * urql's ssrExchange: on the server it records each answer for the page; in the browser it
   * hands the page's recorded answers to the first render, so hydration needs no request.
   */
  ssr?: Exchange;
  /** Server rendering only: views suspend until their data is there (react-dom/static waits). */
  suspense?: boolean;
}

export function createApiClient(url = "/graphql", fetchImpl?: typeof fetch, options: ApiClientOptions = {}): Client {
  return new Client({
    url,
    // The build passes its own fetch to learn exactly what this client sends (see prerender/).
    // In a static export there is no API: answers come from the page and the search index.
    // Otherwise each answer tells the page whether it is stale (a database outage, StaleDataNote).
    fetch: fetchImpl ?? (staticSite() ? staticFetch() : watchStaleAnswers()),
    exchanges: [
      cacheExchange,
      ...(options.ssr ? [options.ssr] : []),
      persistedExchange({ preferGetForPersistedQueries: true }),
      mapExchange({
        onOperation: (operation) =>
          curatorToken()
            ? makeOperation(operation.kind, operation, { ...operation.context, preferGetMethod: false })
            : operation,
      }),
      fetchExchange,
    ],
    // Graph data changes only when curators edit; the document cache is enough and the retry
    // buttons use network-only to bypass it.
    requestPolicy: "cache-first",
    suspense: options.suspense ?? false,
    // Read each time, so signing in or out takes effect at once. Apollo's CSRF prevention wants
    // a GET to carry a header a cross-site page could not send without a preflight.
    fetchOptions: (): RequestInit => {
      const token = curatorToken();
      const headers: Record<string, string> = token
        ? { authorization: `Bearer ${token}` }
        : { "apollo-require-preflight": "true" };
      return { headers };
    },
  });
}
