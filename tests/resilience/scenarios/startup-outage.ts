import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordFigures } from "../support/figures.js";
import { ask, readiness } from "../support/graphql.js";
import { neo4jUri, startDb, stopDb } from "../support/neo4j-instance.js";
import { msSince, waitFor } from "../support/poll.js";
import { queryMix } from "../support/query-mix.js";
import { startServerProcess, type ServerProcess } from "../support/server-process.js";

/**
 * A server that comes up before its database (a reboot, a deploy racing Neo4j) must start
 * anyway, say it is not ready, and become ready by itself once Neo4j answers.
 */
export function startupOutageScenario(): void {
  describe("server started while Neo4j is down", () => {
    let server: ServerProcess;

    beforeAll(async () => {
      await stopDb();
    });

    afterAll(async () => {
      await server?.stop();
      await startDb(); // leave the database up for the scenarios after this one
    });

    it("starts, answers /health, and /ready 503 with a reason; queries get 503 SERVICE_UNAVAILABLE", async () => {
      server = await startServerProcess({
        NODE_ENV: "production",
        NEO4J_URI: neo4jUri,
        NEO4J_CONNECT_TIMEOUT_MS: "2000",
      });
      expect((await fetch(`${server.url}/health`)).status).toBe(200);
      const ready = await readiness(server.url);
      expect(ready.status).toBe(503);
      expect(ready.body.status).toBe("unavailable");
      expect(String(ready.body.reason)).not.toBe("");
      const answer = await ask(server.url, queryMix[0]!);
      expect(answer.status).toBe(503);
      expect(answer.codes).toEqual(["SERVICE_UNAVAILABLE"]);
      expect(server.alive()).toBe(true);
    });

    it("becomes ready once Neo4j is up, and answers, without a restart", async () => {
      const pid = server.child.pid;
      await startDb();
      const started = performance.now();
      await waitFor(
        "/ready to answer 200",
        async () => ((await readiness(server.url)).status === 200 ? true : undefined),
        {
          timeoutMs: 10_000,
          intervalMs: 100,
        },
      );
      const readyMs = msSince(started);
      // Ready means answering: the first view a visitor opens works (the load scenario already
      // showed every view recovering from a cold Neo4j).
      await waitFor("a query to succeed", async () => ((await ask(server.url, queryMix[0]!)).ok ? true : undefined), {
        timeoutMs: 30_000,
        intervalMs: 200,
      });
      recordFigures("startupOutage", { readyAfterNeo4jUpMs: readyMs, firstViewAnsweredAfterMs: msSince(started) });
      expect(server.child.pid).toBe(pid);
      expect(server.alive()).toBe(true);
    });
  });
}
