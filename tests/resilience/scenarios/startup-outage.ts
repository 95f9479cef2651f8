import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordFigures } from "../support/figures.js";
import { startDb, stopDb } from "../support/neo4j-instance.js";
import {
  expectRecoveredByTheBreaker,
  measureRecovery,
  REACHABLE_AGAIN,
  outageServerEnv,
  unavailable,
} from "../support/recovery.js";
import { type Answer, ask, queryMix, readiness, untilEveryViewAnswers } from "@rrn/testkit/load";
import { msSince, waitFor } from "@rrn/testkit/poll";
import { type ServerProcess, startServerProcess } from "@rrn/testkit/server";

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

/**
 * Neo4j stopped cleanly under a running server (`npm run db:stop`, as an operator would), then a
 * second server started while it is down (a reboot, a deploy racing Neo4j): both must answer
 * 503 from their circuit breaker rather than wait for a timeout (theirs are out of reach here, so
 * waiting would be a hang), say they are not ready, and answer again by themselves once Neo4j is
 * back.
 */
export function startupOutageScenario(): void {
  describe("db:stop under a running server, and a server started while Neo4j is down", () => {
    let serving: ServerProcess;
    let startedDown: ServerProcess;

    beforeAll(async () => {
      await startDb();
      serving = await startServerProcess(outageServerEnv);
      await untilEveryViewAnswers(serving.url);
    });

    afterAll(async () => {
      await Promise.all([serving?.stop(), startedDown?.stop()]);
      await startDb(); // leave the database up for the scenarios after this one
    });

    it("answers throughout db:stop and after it, with 503 once Neo4j is gone, and /ready 503", async () => {
      const asking = keepAsking(serving.url, 100);
      const stopBegan = performance.now();
      await stopDb();
      const stopMs = msSince(stopBegan);
      const stopped = performance.now();
      // One question at a time: answers keep coming after the stop only if none waits for a timeout.
      await waitFor(
        "3 answers to questions asked after db:stop returned",
        () => (asking.answers.filter((a) => a.sentAt > stopped).length >= 3 ? true : undefined),
        { timeoutMs: 60_000, intervalMs: 50 },
      );
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
      recordFigures("dbStop", {
        stopTookMs: stopMs,
        answersDuringStop: during.length,
        first503AfterStopBeganMs: first503 ? Math.round(first503.sentAt + first503.ms - stopBegan) : null,
        slowestAnswerDuringStopMs: Math.max(...during.map((a) => a.ms)),
        firstQueryAfterStopMs: firstMs,
        readyAnsweredMs: readyMs,
      });
      expect(odd.slice(0, 3), "answers other than success or 503 SERVICE_UNAVAILABLE").toEqual([]);
      expect(first503, "a 503 once Neo4j had gone").toBeDefined();
      expect(unavailable(first), `first query after db:stop: ${JSON.stringify(first)}`).toBe(true);
      expect(ready.status).toBe(503);
      expect(serving.alive()).toBe(true);
    });

    it("a server started now answers /health 200, /ready 503 with a reason, and queries 503 SERVICE_UNAVAILABLE", async () => {
      startedDown = await startServerProcess(outageServerEnv);
      expect((await fetch(`${startedDown.url}/health`)).status).toBe(200);
      const ready = await readiness(startedDown.url);
      expect(ready.status).toBe(503);
      expect(ready.body.status).toBe("unavailable");
      expect(String(ready.body.reason)).not.toBe("");
      // Its timeouts are out of reach: an answer at all is the breaker's.
      const answer = await ask(startedDown.url, queryMix[0]!);
      expect(answer.status).toBe(503);
      expect(answer.codes).toEqual(["SERVICE_UNAVAILABLE"]);
      expect(startedDown.alive()).toBe(true);
    });

    it("both answer again once Neo4j is up, every view, by themselves and without a restart", async () => {
      const pids = [serving.child.pid, startedDown.child.pid];
      await startDb();
      const started = performance.now();
      const [recovery, readyMs] = await Promise.all([
        measureRecovery(serving.url),
        waitFor(
          "/ready to answer 200",
          async () => ((await readiness(startedDown.url)).status === 200 ? msSince(started) : undefined),
          { timeoutMs: 60_000, intervalMs: 100 },
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
      await expectRecoveredByTheBreaker(recovery, serving.logs);
      await waitFor(
        "the second server's breaker to log that Neo4j is reachable again",
        () => (startedDown.logs.some((l) => l.msg === REACHABLE_AGAIN) ? true : undefined),
        { timeoutMs: 10_000, intervalMs: 50 },
      );
    });
  });
}
