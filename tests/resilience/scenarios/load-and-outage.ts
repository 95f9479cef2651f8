import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordFigures } from "../support/figures.js";
import { killDb, startDb } from "../support/neo4j-instance.js";
import { expectRecoveredByTheBreaker, measureRecovery, outageServerEnv, unavailable } from "../support/recovery.js";
import { queryMix, readiness, startLoad, untilEveryViewAnswers } from "@rrn/testkit/load";
import { waitFor } from "@rrn/testkit/poll";
import { type ServerProcess, startServerProcess } from "@rrn/testkit/server";

/** The requirement: 50 clients for 30 s. Overridable to iterate quickly on a laptop, never lowered in CI. */
const clients = Number(process.env.RESILIENCE_CLIENTS ?? 50);
const loadSeconds = Number(process.env.RESILIENCE_LOAD_SECONDS ?? 30);

/** Answers each connection must get after the kill: the one in flight at the kill, and a new one. */
const answersPerConnection = 2;

export function loadAndOutageScenario(): void {
  describe(`load: ${clients} clients × the explorer's query mix, then Neo4j killed mid-load`, () => {
    let server: ServerProcess;

    beforeAll(async () => {
      await startDb();
      server = await startServerProcess(outageServerEnv);
      await untilEveryViewAnswers(server.url);
    });

    afterAll(async () => {
      await server?.stop();
    });

    it(`holds ${loadSeconds} s with no failed request and no GraphQL error`, async () => {
      const load = startLoad({
        url: server.url,
        mix: queryMix,
        connections: clients,
        durationS: loadSeconds,
        timeoutS: 30,
      });
      const f = await load.done;
      recordFigures("load", {
        clients,
        seconds: f.durationS,
        requests: f.requests,
        rps: f.rps,
        p50Ms: f.p50Ms,
        p99Ms: f.p99Ms,
        maxMs: f.maxMs,
        failed: f.failed + f.socketErrors,
        graphqlErrors: f.withGraphqlErrors,
        ...(f.failed > 0 ? { failuresByQuery: f.failuresByQuery } : {}),
      });
      expect(f.byOutcome, "every answer is 200 without errors").toEqual({ "200/-": f.ok });
      expect(f.ok).toBeGreaterThan(0);
      expect(f.failed).toBe(0);
      expect(f.withGraphqlErrors).toBe(0);
      expect(f.non2xx).toBe(0);
      expect(f.socketErrors).toBe(0);
      expect(f.timeouts).toBe(0);
    });

    it("answers every request in flight at the SIGKILL and every later one, with 503 SERVICE_UNAVAILABLE, and stays up", async () => {
      const load = startLoad({
        url: server.url,
        mix: queryMix,
        connections: clients,
        durationS: 120, // stopped below, once the outage has been observed
        // Never cut by the load generator: a request left waiting would stay unanswered, and show.
        timeoutS: 600,
      });
      let killedAt = Number.POSITIVE_INFINITY;
      /** Answers per connection since `since` (a Date.now() reading). */
      const answeredSince = (since: number) => {
        const counts = new Map<number, number>();
        for (const l of load.latencies) if (l.at > since) counts.set(l.connection, (counts.get(l.connection) ?? 0) + 1);
        return counts;
      };
      try {
        await waitFor(
          "the load to be answered normally",
          () => Promise.resolve(load.outcomes.filter((o) => o.ok).length >= 100 ? true : undefined),
          { timeoutMs: 60_000 },
        );
        killDb();
        killedAt = Date.now();
        // Reads the response cache holds keep answering 200 for a while; the breaker shows once
        // a read misses it. From its first 503 on, each client (one request at a time) must be
        // answered twice: the request it had in flight, and a new one. A request waiting for a
        // timeout (all out of reach) would keep its client from ever getting there.
        await waitFor(
          `a 503, then every one of the ${clients} connections answered ${answersPerConnection} times`,
          () => {
            const first503 = load.outcomes.find((o) => o.at > killedAt && unavailable(o));
            if (!first503) throw new Error("no 503 yet (cached reads still answering)");
            const counts = answeredSince(first503.at);
            const waiting = clients - [...counts.values()].filter((n) => n >= answersPerConnection).length;
            if (waiting === 0) return true;
            throw new Error(`${waiting} connections still waiting for an answer`);
          },
          { timeoutMs: 60_000, intervalMs: 100 },
        );
        const health = await fetch(`${server.url}/health`);
        expect(health.status, "/health while Neo4j is down").toBe(200);
        const ready = await readiness(server.url);
        expect(ready.status, "/ready while Neo4j is down").toBe(503);
        expect(ready.body.status).toBe("unavailable");
      } finally {
        load.stop();
      }
      const f = await load.done;
      const after = load.outcomes.filter((o) => o.at > killedAt);
      const refused = after.filter(unavailable);
      const other = after.filter((o) => !o.ok && !unavailable(o));
      // How long each answer took after the kill (requests already running count from the kill).
      const waitedAfterKill = load.latencies
        .filter((l) => l.at > killedAt)
        .map((l) => l.at - Math.max(l.at - l.ms, killedAt));
      recordFigures("outage", {
        answersAfterKill: after.length,
        serviceUnavailable: refused.length,
        otherFailures: other.length,
        first503AfterKillMs: refused.length > 0 ? Math.min(...refused.map((o) => o.at)) - killedAt : null,
        maxMsAfterKill: Math.round(Math.max(0, ...waitedAfterKill)),
      });
      // Before the kill everything succeeded; after it, every failure is a clean 503 (reads the
      // response cache still holds keep answering 200).
      expect(load.outcomes.filter((o) => o.at <= killedAt && !o.ok)).toEqual([]);
      expect(other.slice(0, 5), "failures other than 503 SERVICE_UNAVAILABLE").toEqual([]);
      expect(refused.length).toBeGreaterThan(0);
      // No dropped connections: every request got an answer.
      expect(f.timeouts).toBe(0);
      expect(f.socketErrors).toBe(0);
      expect(server.alive(), "server process still running").toBe(true);
    });

    it("answers again once Neo4j is back, every view, by itself and without a restart", async () => {
      const pid = server.child.pid;
      await startDb(); // as `npm run db:start`: returns once Neo4j answers over Bolt
      const recovery = await measureRecovery(server.url);
      expect((await readiness(server.url)).status).toBe(200);
      expect(server.alive()).toBe(true);
      expect(server.child.pid, "the same server process").toBe(pid);
      recordFigures("outage", { answeringAgainMs: recovery.answeringMs, allViewsAgainMs: recovery.allViewsMs });
      await expectRecoveredByTheBreaker(recovery, server.logs);
    });
  });
}
