import autocannon from "autocannon";
import { log } from "../log.js";
import { QUERIES } from "./query-catalogue.js";

export interface LoadResult {
  connections: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
  requests: number;
}

/**
 * `neighbourhood` (depth 1) hammered over loopback at each connection count for `seconds`.
 * Errors count connection errors, timeouts and non-2xx answers together, as a user would.
 */
export async function measureLoad(url: string, connectionCounts: number[], seconds: number): Promise<LoadResult[]> {
  const q = QUERIES.find((x) => x.name === "neighbourhood")!;
  const body = JSON.stringify({ query: q.document, variables: q.variables });
  const results: LoadResult[] = [];
  for (const connections of connectionCounts) {
    const r = await autocannon({
      url: `${url}/graphql`,
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
      connections,
      duration: seconds,
      timeout: 10,
    });
    const result: LoadResult = {
      connections,
      rps: Math.round(r.requests.average),
      p50Ms: r.latency.p50,
      p99Ms: r.latency.p99,
      errors: r.errors + r.timeouts + r.non2xx,
      non2xx: r.non2xx,
      requests: r.requests.total,
    };
    log(
      `  ${String(connections).padStart(2)} connections: ${result.rps} req/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, ${result.errors} errors`,
    );
    results.push(result);
  }
  return results;
}
