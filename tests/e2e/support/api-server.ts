import { e2eClientDist } from "@rrn/testkit/paths";
import { pollUntil } from "@rrn/testkit/poll";
import { startServerProcess } from "@rrn/testkit/server";

/**
 * The real API server as a child process, exactly as the image (and `npm run serve`) starts it
 * (testkit's startServerProcess), serving the e2e client build: the one every e2e file shares
 * (../setup.ts) and the extra ones a file needs with other settings (curation off, OpenID).
 */
export interface ApiServer {
  url: string;
  stop: () => Promise<void>;
}

/**
 * The first queries on a freshly started Neo4j compile their plans and fill caches, and can
 * outlast the API's query timeout on a busy two-core machine. The first views' queries, sent
 * up front and asked again until they answer, keep that cost out of the first test.
 */
async function warmUp(url: string, timeoutMs: number): Promise<void> {
  const query =
    '{ graph(limit: 500) { nodes { id } edges { id } } search(query: "restraint") { id } coverage { cells { count } } ' +
    // The timeline's resources-only graph and the insights' statistics are statements of their own.
    "timeline: graph(filter: { types: [RESOURCE] }, limit: 1000) { nodes { id } } " +
    "insights(split: KIND, rankBy: DEGREE) { resourceCount } }";
  const outcome = await pollUntil(
    async () => {
      const res = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query }),
      });
      const body = (await res.json()) as { errors?: { message: string }[] };
      if (res.ok && !body.errors?.length) return true;
      throw new Error(body.errors?.map((e) => e.message).join("; ") ?? `HTTP ${res.status}`);
    },
    { timeoutMs, intervalMs: 250 },
  );
  if ("timedOut" in outcome) {
    console.warn(
      `[e2e] warm-up queries still failing after ${timeoutMs} ms (${outcome.last}); tests will see the API as it is`,
    );
  }
}

/** Starts the API on `port` (a free one unless given) with the e2e client and these settings. */
export async function startApiServer(neo4jUri: string, env: Record<string, string>, port?: number): Promise<ApiServer> {
  const server = await startServerProcess(
    {
      NODE_ENV: "test",
      NEO4J_URI: neo4jUri,
      CLIENT_DIST: e2eClientDist,
      LOG_LEVEL: process.env.E2E_SERVER_LOG_LEVEL ?? "warn",
      ...env,
    },
    { port, waitForReady: true, echo: true, startTimeoutMs: 90_000 },
  );
  const stop = () => server.stop(15_000);
  try {
    await warmUp(server.url, 120_000);
  } catch (err) {
    await stop();
    throw err;
  }
  return { url: server.url, stop };
}
