import { afterEach, describe, expect, it } from "vitest";
import { recordFigures } from "../support/figures.js";
import { neo4jUri } from "../support/neo4j-instance.js";
import { rawRequest, slowPost } from "../support/raw-http.js";
import { msSince, waitFor } from "@rrn/testkit/poll";
import { type LogLine, type ServerProcess, startServerProcess } from "@rrn/testkit/server";

const query = Buffer.from(JSON.stringify({ query: '{ node(id: "six-core-strategies") { id label } }' }));

/** True once a new connection to the server is refused (it has stopped listening). */
async function refusesConnections(url: string): Promise<true | undefined> {
  try {
    await rawRequest(url, { method: "GET", path: "/health", headers: {}, body: undefined }, 2000);
    return undefined;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ECONNREFUSED") return true;
    throw err;
  }
}

function logged(logs: LogLine[], msg: string): boolean {
  return logs.some((l) => l.msg === msg);
}

/**
 * SIGTERM to a real server process, started as the image starts it (the Dockerfile's CMD, which
 * tini runs: the signal goes straight to node) and as the README's `npm run serve` starts it (npm
 * passes the signal on to the server it exec'd): it must stop accepting connections, finish what it
 * has in hand, close the Neo4j driver and exit 0 — in that order, and before its own last-resort
 * timer (grace period plus a margin) would exit 1. How long each step took is a figure.
 */
export function gracefulShutdownScenario(): void {
  describe.each([
    { launch: "image", how: "the image's command" },
    { launch: "npm", how: "npm run serve" },
  ] as const)("graceful shutdown on SIGTERM ($how)", ({ launch }) => {
    let server: ServerProcess | undefined;

    afterEach(async () => {
      await server?.stop();
    });

    it("stops accepting, finishes the request in flight, closes the driver and exits 0, in that order", async () => {
      server = await startServerProcess({ NODE_ENV: "production", NEO4J_URI: neo4jUri, LOG_LEVEL: "info" }, { launch });
      const inFlight = slowPost(server.url, "/graphql", query);
      await inFlight.started;
      // A later request answered means the server has read the earlier one's headers too.
      expect(
        (await rawRequest(server.url, { method: "GET", path: "/health", headers: {}, body: undefined })).status,
      ).toBe(200);

      const signalled = performance.now();
      server.child.kill("SIGTERM");
      await waitFor("the server to refuse new connections", () => refusesConnections(server!.url), {
        timeoutMs: 5000,
        intervalMs: 50,
      });
      const refusedAfterMs = msSince(signalled);

      inFlight.finish();
      const res = await inFlight.response;
      expect(res.status).toBe(200);
      expect(JSON.parse(res.body)).toEqual({
        data: { node: { id: "six-core-strategies", label: "Six Core Strategies" } },
      });

      const exit = await server.exited;
      const exitedAfterMs = msSince(signalled);
      // 0, not the 1 of the server's last-resort timer: the drain finished by itself.
      expect(exit).toEqual({ code: 0, signal: null });

      // In order: draining began, the in-flight request was answered, then the driver closed.
      // Ordered by each line's own timestamp: pino writes asynchronously, and at exit the last
      // lines may reach the pipe out of order.
      const at = (msg: string, after = 0): number =>
        server!.logs.find((l) => l.msg === msg && (l.time ?? 0) >= after)?.time ?? Number.NaN;
      const order = JSON.stringify(server.logs.map((l) => [l.msg, l.time]));
      const begin = at("shutting down: no new connections");
      const answered = at("graphql request", begin);
      const drained = at("in-flight requests finished", answered);
      const closed = at("neo4j driver closed", drained);
      for (const t of [begin, answered, drained, closed]) expect(t, order).not.toBeNaN();
      if (launch === "image")
        recordFigures("shutdown", {
          refusedNewConnectionsAfterMs: refusedAfterMs,
          exitedAfterMs,
          inFlightAnswered: true,
        });
    });

    it("holds a request that outlasts the grace period while draining, then cuts it and exits 0", async () => {
      const graceMs = 3000;
      server = await startServerProcess(
        { NODE_ENV: "production", NEO4J_URI: neo4jUri, LOG_LEVEL: "info", SHUTDOWN_GRACE_MS: String(graceMs) },
        { launch },
      );
      const stuck = slowPost(server.url, "/graphql", query);
      await stuck.started;
      expect(
        (await rawRequest(server.url, { method: "GET", path: "/health", headers: {}, body: undefined })).status,
      ).toBe(200);
      let cut = false;
      void stuck.response.catch(() => (cut = true));

      const signalled = performance.now();
      server.child.kill("SIGTERM");
      await waitFor("the server to refuse new connections", () => refusesConnections(server!.url), {
        timeoutMs: 5000,
        intervalMs: 50,
      });
      // Draining has begun (no new connections), yet the request in hand is still held open.
      expect(cut, "the held request was cut as soon as draining began").toBe(false);
      expect(server.alive()).toBe(true);
      // Never finished by the client: the server cuts it at the grace period rather than wait.
      await expect(stuck.response).rejects.toThrow();
      const exit = await server.exited;
      const exitedAfterMs = msSince(signalled);
      // 0, not the 1 of its last-resort timer: cutting the request let the shutdown finish.
      expect(exit).toEqual({ code: 0, signal: null });
      expect(logged(server.logs, "in-flight requests finished")).toBe(true);
      expect(logged(server.logs, "neo4j driver closed")).toBe(true);
      if (launch === "image") recordFigures("shutdown", { stuckRequestCutAfterMs: exitedAfterMs, graceMs });
    });
  });
}
