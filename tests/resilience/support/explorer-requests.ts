import type { MixQuery } from "./query-mix.js";

/** One HTTP request, spelled out for any client (fetch, autocannon, raw sockets). */
export interface ExplorerRequest {
  method: "GET" | "POST";
  /** Path and query string, e.g. "/graphql". */
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/**
 * How the explorer's browser client (urql, client/src/api/client.ts) sends one operation:
 * POST /graphql with a JSON body and urql's Accept header. The one place the load test, the
 * soak and the recovery probes learn it, so when the client changes how it asks (cached GETs
 * with persisted-query hashes, say) they follow by changing this function alone.
 */
export function explorerRequest(q: MixQuery): ExplorerRequest {
  return {
    method: "POST",
    path: "/graphql",
    headers: {
      "content-type": "application/json",
      accept: "application/graphql-response+json, application/graphql+json, application/json",
    },
    body: JSON.stringify({ query: q.query, variables: q.variables ?? {} }),
  };
}
