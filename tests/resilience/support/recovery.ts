import { expect } from "vitest";
import { type Answer, ask, queryMix } from "@rrn/testkit/load";
import { msSince, waitFor } from "@rrn/testkit/poll";
import type { LogLine } from "@rrn/testkit/server";
import { neo4jUri } from "./neo4j-instance.js";

/**
 * The server's own query, pool-wait and HTTP request timeouts set far beyond any test: in the
 * outage scenarios a request the circuit breaker did not answer would wait for one of them, so
 * an answer while Neo4j is down shows that the breaker (server/src/neo4j/circuit-breaker.ts)
 * gave it, and a hang shows up as no answer. The connect timeout stays as shipped: the
 * graph-version check waits on it, and with it out of reach the response cache went on
 * answering every read 200 for the whole outage, so no read reached the breaker. How fast
 * answers came is recorded as a figure, never asserted: speed belongs in bench/.
 */
export const timeoutsOutOfReach = {
  NEO4J_QUERY_TIMEOUT_MS: "600000",
  NEO4J_ACQUISITION_TIMEOUT_MS: "600000",
  HTTP_REQUEST_TIMEOUT_MS: "900000",
};

/**
 * The production server of the outage scenarios (load-and-outage, startup-outage): its defaults
 * but for the timeouts above, and with SERVE_STALE off, since they check the path to the database
 * (cached reads served stale through an outage are scenarios/stale-reads.ts).
 */
export const outageServerEnv = {
  NODE_ENV: "production",
  NEO4J_URI: neo4jUri,
  LOG_LEVEL: "warn",
  ...timeoutsOutOfReach,
  SERVE_STALE: "off",
};

/** What the server logs when its probe finds Neo4j again and the breaker closes. */
export const REACHABLE_AGAIN = "neo4j reachable again";

/** A clean refusal by the breaker: 503 with SERVICE_UNAVAILABLE and nothing else. */
export const unavailable = (a: Pick<Answer, "status" | "codes">): boolean =>
  a.status === 503 && a.codes.length > 0 && a.codes.every((c) => c === "SERVICE_UNAVAILABLE");

/** The lightest question the explorer asks: is the server answering from the database again? */
const probe = { name: "probe", query: '{ node(id: "six-core-strategies") { id label } }' };

export interface Recovery {
  answeringMs: number;
  allViewsMs: number;
  /** When each view first succeeded again, ms after Neo4j was back. */
  byView: Record<string, number>;
  /** Every answer that was not a success while waiting: each must be a clean 503. */
  refusals: Answer[];
}

/**
 * From now (Neo4j just back): asks the probe, then every view of the explorer, again every
 * 100 ms until each succeeds, keeping every answer that was not a success. The times are
 * figures for docs/reliability.md; the wait is bounded only so that a server that never recovers fails.
 */
export async function measureRecovery(url: string): Promise<Recovery> {
  const started = performance.now();
  const refusals: Answer[] = [];
  const succeeds = async (q: (typeof queryMix)[number]) => {
    const answer = await ask(url, q);
    if (!answer.ok) refusals.push(answer);
    return answer.ok ? true : undefined;
  };
  await waitFor("the server to answer from Neo4j again", () => succeeds(probe), { timeoutMs: 60_000, intervalMs: 100 });
  const answeringMs = msSince(started);
  // A restarted Neo4j plans each statement afresh, cold (the server warms them up once its
  // breaker closes); each view is asked again until it succeeds.
  const recovered = await Promise.all(
    queryMix.map(async (q) => {
      await waitFor(`${q.name} to succeed again`, () => succeeds(q), { timeoutMs: 60_000, intervalMs: 100 });
      return [q.name, msSince(started)] as const;
    }),
  );
  return {
    answeringMs,
    allViewsMs: Math.max(...recovered.map(([, ms]) => ms)),
    byView: Object.fromEntries(recovered),
    refusals,
  };
}

/**
 * Recovered by itself: its own probe found Neo4j and closed the breaker (the log says so), and
 * until every view answered, whatever did not succeed was refused cleanly by the breaker (no
 * other error, no request left to a timeout).
 */
export async function expectRecoveredByTheBreaker(recovery: Recovery, logs: readonly LogLine[]): Promise<void> {
  await waitFor(
    "the breaker to log that Neo4j is reachable again",
    () => (logs.some((l) => l.msg === REACHABLE_AGAIN) ? true : undefined),
    {
      timeoutMs: 10_000,
      intervalMs: 50,
    },
  );
  expect(recovery.refusals.filter((a) => !unavailable(a)).slice(0, 3), "answers other than success or 503").toEqual([]);
  expect(Object.keys(recovery.byView).sort()).toEqual(queryMix.map((q) => q.name).sort());
}
