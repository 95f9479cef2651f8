import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordFigures } from "../support/figures.js";
import { ask, mixSucceeds, readiness, type Answer } from "../support/graphql.js";
import { neo4jUri, startDb, stopDb } from "../support/neo4j-instance.js";
import { msSince, waitFor } from "../support/poll.js";
import { queryMix } from "../support/query-mix.js";
import {
  allViewsAgainMs,
  answeringAgainMs,
  expectRecoveredInTime,
  failFastMs,
  measureRecovery,
} from "../support/recovery.js";
import { startServerProcess, type ServerProcess } from "../support/server-process.js";

// SERVE_STALE off: this measures the path to the database; cached reads served stale through an
// outage are scenarios/stale-reads.ts.
const serverEnv = { NODE_ENV: "production", NEO4J_URI: neo4jUri, LOG_LEVEL: "warn", SERVE_STALE: "off" };

interface Timed extends Answer {
  /** performance.now() when the request was sent, and how long its answer took. */
  sentAt: number;
  ms: number;
}

/** One request every `intervalMs`, one at a time (as an operator trying the site would), until stopped. */
function keepAsking(url: string, intervalMs: number): { answers: Timed[]; stop: () => Promise<void> } {
  const answers: Timed[] = [];
  let stopped = false;
  const looping = (async () => {
    while (!stopped) {
      const sentAt = performance.now();
      const answer = await ask(url, queryMix[0]!);
      answers.push({ ...answer, sentAt, ms: msSince(sentAt) });
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  })();
  return {
    answers,
    stop: async () => {
      stopped = true;
      await looping;
    },
  };
}

const unavailable = (a: Answer) =>
  a.status === 503 && a.codes.length > 0 && a.codes.every((c) => c === "SERVICE_UNAVAILABLE");

/**
 * Neo4j stopped cleanly under a running server (`npm run db:stop`, as an operator would), then a
 * second server started while it is down (a reboot, a deploy racing Neo4j): both must answer
 * 503 at once rather than wait out a connect timeout, say they are not ready, and answer again
 * by themselves once Neo4j is back.
 */
export function startupOutageScenario(): void {
  describe("db:stop under a running server, and a server started while Neo4j is down", () => {
    let serving: ServerProcess;
    let startedDown: ServerProcess;

    beforeAll(async () => {
      await startDb();
      serving = await startServerProcess(serverEnv);
      await waitFor(
        "every query of the mix to answer",
        async () => ((await mixSucceeds(serving.url, queryMix)) ? true : undefined),
        {
          timeoutMs: 60_000,
          intervalMs: 500,
        },
      );
    });

    afterAll(async () => {
      await Promise.all([serving?.stop(), startedDown?.stop()]);
      await startDb(); // leave the database up for the scenarios after this one
    });

    it(`answers within ${failFastMs / 1000} s throughout db:stop and after it, with 503 once Neo4j is gone`, async () => {
      const asking = keepAsking(serving.url, 100);
      const stopBegan = performance.now();
      await stopDb();
      const stopMs = msSince(stopBegan);
      // The operator's first query once db:stop has returned.
      const sentAt = performance.now();
      const first = await ask(serving.url, queryMix[0]!);
      const firstMs = msSince(sentAt);
      await asking.stop();
      const readyAt = performance.now();
      const ready = await readiness(serving.url);
      const readyMs = msSince(readyAt);

      const during = asking.answers;
      const odd = during.filter((a) => !a.ok && !unavailable(a));
      const first503 = during.find(unavailable);
      const slowest = Math.max(...during.map((a) => a.ms));
      recordFigures("dbStop", {
        stopTookMs: stopMs,
        answersDuringStop: during.length,
        first503AfterStopBeganMs: first503 ? Math.round(first503.sentAt + first503.ms - stopBegan) : null,
        slowestAnswerDuringStopMs: slowest,
        firstQueryAfterStopMs: firstMs,
        readyAnsweredMs: readyMs,
      });
      expect(odd.slice(0, 3), "answers other than success or 503 SERVICE_UNAVAILABLE").toEqual([]);
      expect(first503, "a 503 once Neo4j had gone").toBeDefined();
      expect(unavailable(first), `first query after db:stop: ${JSON.stringify(first)}`).toBe(true);
      expect(firstMs, "first query after db:stop answered within (ms)").toBeLessThanOrEqual(failFastMs);
      expect(slowest, "slowest answer while Neo4j was stopping (ms)").toBeLessThanOrEqual(failFastMs);
      expect(ready.status).toBe(503);
      expect(readyMs, "/ready while Neo4j is down answered within (ms)").toBeLessThanOrEqual(failFastMs);
      expect(serving.alive()).toBe(true);
    });

    it("a server started now answers /health 200, /ready 503 with a reason, and queries 503 SERVICE_UNAVAILABLE", async () => {
      startedDown = await startServerProcess(serverEnv);
      expect((await fetch(`${startedDown.url}/health`)).status).toBe(200);
      const ready = await readiness(startedDown.url);
      expect(ready.status).toBe(503);
      expect(ready.body.status).toBe("unavailable");
      expect(String(ready.body.reason)).not.toBe("");
      const sentAt = performance.now();
      const answer = await ask(startedDown.url, queryMix[0]!);
      expect(msSince(sentAt)).toBeLessThanOrEqual(failFastMs);
      expect(answer.status).toBe(503);
      expect(answer.codes).toEqual(["SERVICE_UNAVAILABLE"]);
      expect(startedDown.alive()).toBe(true);
    });

    it(`both answer again once Neo4j is up (within ${answeringAgainMs / 1000} s, every view within ${allViewsAgainMs / 1000} s), without a restart`, async () => {
      const pids = [serving.child.pid, startedDown.child.pid];
      await startDb();
      const started = performance.now();
      const [recovery, readyMs] = await Promise.all([
        measureRecovery(serving.url),
        waitFor(
          "/ready to answer 200",
          async () => ((await readiness(startedDown.url)).status === 200 ? msSince(started) : undefined),
          {
            timeoutMs: 60_000,
            intervalMs: 100,
          },
        ),
      ]);
      const firstViewMs = await waitFor(
        "a query to succeed",
        async () => ((await ask(startedDown.url, queryMix[0]!)).ok ? msSince(started) : undefined),
        { timeoutMs: 60_000, intervalMs: 100 },
      );
      recordFigures("dbStop", { answeringAgainMs: recovery.answeringMs, allViewsAgainMs: recovery.allViewsMs });
      recordFigures("startupOutage", { readyAfterNeo4jUpMs: readyMs, firstViewAnsweredAfterMs: firstViewMs });
      expect([serving.child.pid, startedDown.child.pid]).toEqual(pids);
      expect(serving.alive() && startedDown.alive()).toBe(true);
      expectRecoveredInTime(recovery);
      expect(readyMs, "server started while down: ready after Neo4j is up (ms)").toBeLessThanOrEqual(answeringAgainMs);
      expect(firstViewMs, "server started while down: first view after Neo4j is up (ms)").toBeLessThanOrEqual(
        allViewsAgainMs,
      );
    });
  });
}
