import autocannon from "autocannon";
import { explorerRequest } from "./explorer-requests.js";
import type { MixQuery } from "./query-mix.js";

/** How one response turned out, as the load generator saw it. */
export interface Outcome {
  /** Date.now() when the response had arrived. */
  at: number;
  query: string;
  status: number;
  /** GraphQL error codes in the body; empty when there were none. */
  codes: string[];
  /** HTTP 200 with data and no `errors`. */
  ok: boolean;
}

export interface LoadFigures {
  connections: number;
  durationS: number;
  requests: number;
  rps: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  ok: number;
  /** Responses that were not ok: an HTTP error or GraphQL `errors`. */
  failed: number;
  withGraphqlErrors: number;
  non2xx: number;
  /** Sockets that failed or requests that timed out (no response at all). */
  socketErrors: number;
  timeouts: number;
  /** Count per "HTTP status/first error code", e.g. "200/-" or "503/SERVICE_UNAVAILABLE". */
  byOutcome: Record<string, number>;
  /** Failed responses per operation of the mix and outcome, to see what failed. */
  failuresByQuery: Record<string, number>;
}

export interface LoadOptions {
  url: string;
  mix: MixQuery[];
  connections: number;
  durationS: number;
  /** A request without a response after this long counts as a timeout (and its socket is dropped). */
  timeoutS: number;
}

export interface RunningLoad {
  outcomes: Outcome[];
  /**
   * Every response's latency, arrival time (Date.now()) and connection (0 to connections - 1),
   * in arrival order: which clients are still being answered after an event, and which hang.
   */
  latencies: { at: number; ms: number; connection: number }[];
  /** Ends the run early; `done` then resolves with what was measured so far. */
  stop: () => void;
  done: Promise<LoadFigures>;
}

function classify(name: string, status: number, body: string): Outcome {
  let codes: string[] = [];
  let hasData = false;
  try {
    const parsed = JSON.parse(body) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    codes = (parsed.errors ?? []).map((e) => e.extensions?.code ?? "NO_CODE");
    hasData = parsed.data !== undefined && parsed.data !== null;
  } catch {
    codes = ["NOT_JSON"];
  }
  return { at: Date.now(), query: name, status, codes, ok: status === 200 && hasData && codes.length === 0 };
}

/**
 * `connections` clients, each sending the mix's operations in turn (as the explorer sends
 * them: ./explorer-requests.ts) for `durationS` seconds, with autocannon. Every response body is read, so a
 * 200 carrying GraphQL `errors` counts as a failure, not a success.
 */
export function startLoad(options: LoadOptions): RunningLoad {
  const outcomes: Outcome[] = [];
  const latencies: RunningLoad["latencies"] = [];
  const connections = new Map<unknown, number>();
  let finish: (result: autocannon.Result) => void = () => undefined;
  let fail: (err: unknown) => void = () => undefined;
  const done = new Promise<LoadFigures>((resolve, reject) => {
    finish = (result) => resolve(figuresOf(options, result, outcomes));
    fail = reject;
  });
  // The callback form returns the running instance (to stop it and to watch responses).
  const instance = autocannon(
    {
      url: `${options.url}/graphql`,
      connections: options.connections,
      duration: options.durationS,
      timeout: options.timeoutS,
      requests: options.mix.map((q) => ({
        ...explorerRequest(q),
        onResponse: (status: number, body: string) => {
          outcomes.push(classify(q.name, status, body));
        },
      })),
    },
    (err, result) => (err ? fail(err) : finish(result)),
  );
  instance.on("response", (client, _status, _bytes, ms) => {
    if (!connections.has(client)) connections.set(client, connections.size);
    latencies.push({ at: Date.now(), ms, connection: connections.get(client) ?? -1 });
  });
  return { outcomes, latencies, stop: () => instance.stop(), done };
}

function figuresOf(options: LoadOptions, result: autocannon.Result, outcomes: Outcome[]): LoadFigures {
  const byOutcome: Record<string, number> = {};
  const failuresByQuery: Record<string, number> = {};
  for (const o of outcomes) {
    const key = `${o.status}/${o.codes[0] ?? "-"}`;
    byOutcome[key] = (byOutcome[key] ?? 0) + 1;
    if (!o.ok) failuresByQuery[`${o.query} ${key}`] = (failuresByQuery[`${o.query} ${key}`] ?? 0) + 1;
  }
  const ok = outcomes.filter((o) => o.ok).length;
  return {
    connections: options.connections,
    durationS: result.duration,
    requests: result.requests.total,
    rps: Math.round(result.requests.total / result.duration),
    p50Ms: result.latency.p50,
    p90Ms: result.latency.p90,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    ok,
    failed: outcomes.length - ok,
    withGraphqlErrors: outcomes.filter((o) => o.codes.length > 0).length,
    non2xx: result.non2xx,
    socketErrors: result.errors,
    timeouts: result.timeouts,
    byOutcome,
    failuresByQuery,
  };
}
