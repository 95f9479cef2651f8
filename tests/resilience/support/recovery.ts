import { expect } from "vitest";
import { ask, queryMix } from "@rrn/testkit/load";
import { msSince, waitFor } from "@rrn/testkit/poll";

/**
 * The fail-fast targets (the server's circuit breaker, server/src/neo4j/circuit-breaker.ts):
 * once Neo4j is gone the first answer comes within 2 s and is a 503; once it is back the
 * server answers again within 5 s, and every view within 10 s. These are properties of the
 * failover itself (a request must not wait out a connect timeout), so they are asserted.
 */
export const failFastMs = 2000;
export const answeringAgainMs = 5000;
export const allViewsAgainMs = 10_000;

/** The lightest question the explorer asks: is the server answering from the database again? */
const probe = { name: "probe", query: '{ node(id: "six-core-strategies") { id label } }' };

export interface Recovery {
  answeringMs: number;
  allViewsMs: number;
  /** When each view first succeeded again, ms after Neo4j was back. */
  byView: Record<string, number>;
}

/**
 * From now (Neo4j just back): how long until the server answers from the database again, and
 * until every view of the explorer does. Each is asked again every 100 ms until it succeeds;
 * the generous wait is only there to measure a miss rather than time out on it.
 */
export async function measureRecovery(url: string): Promise<Recovery> {
  const started = performance.now();
  await waitFor("the server to answer from Neo4j again", async () => ((await ask(url, probe)).ok ? true : undefined), {
    timeoutMs: 60_000,
    intervalMs: 100,
  });
  const answeringMs = msSince(started);
  // A restarted Neo4j plans each statement afresh, cold (the server warms them up once its
  // breaker closes); each view is asked again until it succeeds.
  const recovered = await Promise.all(
    queryMix.map(async (q) => {
      await waitFor(`${q.name} to succeed again`, async () => ((await ask(url, q)).ok ? true : undefined), {
        timeoutMs: 60_000,
        intervalMs: 100,
      });
      return [q.name, msSince(started)] as const;
    }),
  );
  return {
    answeringMs,
    allViewsMs: Math.max(...recovered.map(([, ms]) => ms)),
    byView: Object.fromEntries(recovered),
  };
}

export function expectRecoveredInTime(recovery: Recovery): void {
  const views = JSON.stringify(recovery.byView);
  expect(recovery.answeringMs, "answering again after Neo4j is back (ms)").toBeLessThanOrEqual(answeringAgainMs);
  expect(recovery.allViewsMs, `every view answering again (ms): ${views}`).toBeLessThanOrEqual(allViewsAgainMs);
}
