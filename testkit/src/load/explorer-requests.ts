import { createHash } from "node:crypto";
import type { MixQuery } from "./query-mix.js";

/** One HTTP request, spelled out for any client (fetch, autocannon, raw sockets). */
export interface ExplorerRequest {
  method: "GET" | "POST";
  /** Path and query string, e.g. "/graphql?query=…". */
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/**
 * How the explorer's browser client (urql with @urql/exchange-persisted, client/src/api/client.ts)
 * sends a read: GET /graphql with the operation in the query string, its SHA-256 as an automatic
 * persisted query, `apollo-require-preflight` (Apollo's CSRF check for GETs) and urql's Accept
 * header. The browser sends the hash alone for its own documents (the server knows them from the
 * build) and hash plus text the first time for any other; the mix's documents are not the build's,
 * so they go as the second form, which the server answers and caches under the same key. No
 * If-None-Match: every answer comes back whole, the heavier case for the server. The one place the
 * load test, the soak and the recovery probes learn how the explorer asks.
 */
export function explorerRequest(q: MixQuery): ExplorerRequest {
  const params = new URLSearchParams({
    query: q.query,
    ...(operationName(q.query) ? { operationName: operationName(q.query)! } : {}),
    variables: JSON.stringify(q.variables ?? {}),
    extensions: JSON.stringify({
      persistedQuery: { version: 1, sha256Hash: createHash("sha256").update(q.query).digest("hex") },
    }),
  });
  return {
    method: "GET",
    path: `/graphql?${params.toString()}`,
    headers: {
      accept: "application/graphql-response+json, application/graphql+json, application/json",
      "apollo-require-preflight": "true",
    },
  };
}

/** The operation's name, as urql sends it beside the document. */
function operationName(query: string): string | undefined {
  return /^\s*(?:query|mutation)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(query)?.[1];
}
