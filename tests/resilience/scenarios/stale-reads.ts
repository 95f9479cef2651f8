import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { BUMP_GRAPH_VERSION_CYPHER } from "@rrn/model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { explorerRequest, queryMix, readiness, type MixQuery } from "@rrn/testkit/load";
import { neo4jUri, openTestDriver, startDb, stopDb } from "../support/neo4j-instance.js";
import { repoRoot } from "@rrn/testkit/paths";
import { GiveUp, waitFor } from "@rrn/testkit/poll";
import { startServerProcess, type ServerProcess } from "@rrn/testkit/server";
const BROWSER = {
  accept: "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8",
  "accept-encoding": "gzip, deflate, br",
};
const ORG_PAGE = "/org/mersey-care";
const STALE_META = /<meta name="rrn-data-stale" content="([^"]+)" \/>/;

interface Answer {
  status: number;
  headers: Headers;
  text: string;
}

async function get(url: string, headers: Record<string, string>): Promise<Answer> {
  const res = await fetch(url, { headers });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

/** One operation of the mix as the explorer sends it (GET, persisted-query hash). */
async function read(url: string, q: MixQuery): Promise<Answer> {
  const req = explorerRequest(q);
  return get(`${url}${req.path}`, req.headers);
}

const overview = queryMix[0]!;

/**
 * Readers keep reading through a database outage (issue 25, item 5): with Neo4j stopped under a
 * running server, the pages and public reads it has cached under the last graph version are
 * still answered 200, marked stale (`X-Data-Stale`, `Age`, the page's marker), reads it has not
 * cached fail at once with 503 SERVICE_UNAVAILABLE and /ready says 503; once Neo4j is back,
 * nothing stale is served, and a version changed meanwhile replaces what was cached.
 */
export function staleReadsScenario(): void {
  describe("readers through a database outage: stale pages and cached reads, fresh again after", () => {
    let server: ServerProcess;
    const dist = mkdtempSync(path.join(os.tmpdir(), "rrn-stale-"));
    copyFileSync(path.join(repoRoot, "client/index.html"), path.join(dist, "index.html"));
    const before: Record<string, Answer> = {};

    beforeAll(async () => {
      await startDb();
      server = await startServerProcess({
        NODE_ENV: "production",
        NEO4J_URI: neo4jUri,
        LOG_LEVEL: "warn",
        CLIENT_DIST: dist,
      });
      await waitFor(
        "the page and the overview to be answered from the caches",
        async () => {
          const page = await get(`${server.url}${ORG_PAGE}`, BROWSER);
          const answer = await read(server.url, overview);
          return page.status === 200 && page.headers.get("etag") && answer.headers.get("x-cache") === "HIT"
            ? true
            : undefined;
        },
        { timeoutMs: 60_000, intervalMs: 200 },
      );
      before.page = await get(`${server.url}${ORG_PAGE}`, { ...BROWSER, "accept-encoding": "identity" });
      before.overview = await read(server.url, overview);
    });

    afterAll(async () => {
      await server?.stop();
      await startDb(); // leave the database up for the scenarios after this one
      rmSync(dist, { recursive: true, force: true });
    });

    it("with Neo4j stopped: cached pages and reads 200 and marked stale, others 503, /ready 503", async () => {
      await stopDb();
      await waitFor(
        "/ready to say 503",
        async () => ((await readiness(server.url)).status === 503 ? true : undefined),
        { timeoutMs: 30_000, intervalMs: 100 },
      );

      const page = await get(`${server.url}${ORG_PAGE}`, { ...BROWSER, "accept-encoding": "identity" });
      expect(page.status).toBe(200);
      const asOf = /^as-of=(\S+)$/.exec(page.headers.get("x-data-stale") ?? "")?.[1];
      expect(asOf, "X-Data-Stale on the page").toBeDefined();
      expect(Number.isNaN(Date.parse(asOf!))).toBe(false);
      expect(page.headers.get("age")).toMatch(/^\d+$/);
      expect(page.headers.get("etag")).toBeNull();
      expect(page.headers.get("cache-control")).toBe("no-store");
      expect(STALE_META.exec(page.text)?.[1]).toBe(asOf);
      // The same page as before, plus the marker.
      expect(page.text.replace(/\s*<meta name="rrn-data-stale"[^>]*>/, "")).toBe(before.page!.text);

      const cached = await read(server.url, overview);
      expect(cached.status).toBe(200);
      expect(cached.headers.get("x-data-stale")).toBe(`as-of=${asOf}`);
      expect(cached.headers.get("x-cache")).toBe("STALE");
      expect(cached.headers.get("cache-control")).toBe("private, no-store");
      expect(JSON.parse(cached.text)).toEqual(JSON.parse(before.overview!.text));

      // Never asked before, so nothing cached: fails fast through the circuit breaker.
      const uncached = await read(server.url, {
        name: "uncached",
        query: `query Uncached($id: ID!) { node(id: $id) { id label } }`,
        variables: { id: "six-core-strategies" },
      });
      expect(uncached.status).toBe(503);
      const body = JSON.parse(uncached.text) as { errors?: { extensions?: { code?: string } }[] };
      expect(body.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
      expect(uncached.headers.get("x-data-stale")).toBeNull();

      const uncachedPage = await get(`${server.url}/node/six-core-strategies`, BROWSER);
      expect(uncachedPage.status).toBe(503);
      expect(uncachedPage.headers.get("cache-control")).toBe("no-store");

      expect((await fetch(`${server.url}/health`)).status).toBe(200);
      expect(server.alive()).toBe(true);
    });

    it("once Neo4j is back: nothing stale, and a version changed meanwhile replaces the cached page", async () => {
      await startDb();
      const driver = await openTestDriver();
      const original = String(
        (await driver.executeQuery("MATCH (o:Organisation {id: 'mersey-care'}) RETURN o.summary AS s")).records[0]!.get(
          "s",
        ),
      );
      const changed = `${original} (changed while the explorer could not see the database)`;
      try {
        const { records } = await driver.executeQuery(
          `MATCH (o:Organisation {id: 'mersey-care'}) SET o.summary = $changed WITH o ${BUMP_GRAPH_VERSION_CYPHER}`,
          { changed, floor: 0 },
        );
        const version = String(records[0]!.get("version"));
        await waitFor(
          "/ready to say 200",
          async () => ((await readiness(server.url)).status === 200 ? true : undefined),
          { timeoutMs: 60_000, intervalMs: 100 },
        );
        // From here on, every answer is fresh: no stale marker, whatever has been read again yet.
        const fresh = await waitFor(
          "the page of the new version",
          async () => {
            const page = await get(`${server.url}${ORG_PAGE}`, BROWSER);
            if (page.headers.get("x-data-stale") !== null || STALE_META.test(page.text)) {
              throw new GiveUp("a stale page after /ready said 200");
            }
            return page.headers.get("x-graph-version") === version ? page : undefined;
          },
          { timeoutMs: 30_000, intervalMs: 100 },
        );
        expect(fresh.status).toBe(200);
        expect(fresh.headers.get("etag")).toMatch(new RegExp(`^"${version}\\.`));
        expect(fresh.text).toContain("changed while the explorer could not see the database");
        // A restarted Neo4j may drop the first statements on its old pooled connections (the
        // breaker then opens again for a probe interval): the read is asked until it is answered.
        const answer = await waitFor(
          "the overview of the new version",
          async () => {
            const a = await read(server.url, overview);
            return a.status === 200 && a.headers.get("x-data-stale") === null ? a : undefined;
          },
          { timeoutMs: 30_000, intervalMs: 100 },
        );
        expect(answer.headers.get("x-graph-version")).toBe(version);
        expect(answer.headers.get("etag")).toMatch(new RegExp(`^W/"${version}\\.`));
      } finally {
        await driver.executeQuery(
          `MATCH (o:Organisation {id: 'mersey-care'}) SET o.summary = $original WITH o ${BUMP_GRAPH_VERSION_CYPHER}`,
          { original, floor: 0 },
        );
        await driver.close();
      }
    });
  });
}
