import { Client, cacheExchange, fetchExchange } from "urql";
import { curatorToken } from "./curator-token";

/**
 * The one GraphQL client. Same-origin /graphql: the API server serves the built client, and
 * Vite's dev server proxies /graphql to the API, so no URL needs configuring.
 */
export function createApiClient(url = "/graphql"): Client {
  return new Client({
    url,
    exchanges: [cacheExchange, fetchExchange],
    // Graph data changes only when curators edit; the document cache is enough and the retry
    // buttons use network-only to bypass it.
    requestPolicy: "cache-first",
    // The contract is POST /graphql; Apollo's CSRF prevention rejects simple GET requests.
    preferGetMethod: false,
    // A signed-in curator's token rides on every request (read each time, so signing in or out
    // takes effect at once).
    fetchOptions: () => {
      const token = curatorToken();
      return token ? { headers: { authorization: `Bearer ${token}` } } : {};
    },
  });
}
