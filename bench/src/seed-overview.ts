/**
 * npm run bench:seed-overview: the landing page's first request on the real seed graph, with
 * nothing cached, as a new visitor's browser sends it (the client's Overview query and fields,
 * POST /graphql, production server), beside the same Cypher through a bare `neo4j-driver`.
 *
 * It seeds and uses the local instance NEO4J_INSTANCE / NEO4J_BOLT_PORT (default: the test
 * instance, so a dev database is never touched) or NEO4J_URI, and serves the API on
 * SEED_BENCH_PORT (4718). Every request is uncached: the server keeps no response cache. The
 * loopback round trip is reported as the server time (it adds well under a millisecond).
 */
import neo4j from "neo4j-driver";
import { readConnectionSettings, readInstanceSettings } from "@rrn/common/neo4j-env";
import { importSeed, loadSeed } from "@rrn/graph-seed";
import { overview } from "@rrn/server/queries";
import { startNeo4j, stopNeo4j } from "@rrn/scripts/neo4j";
import { log } from "./log.js";
import { postQuery } from "@rrn/testkit/graphql";
import { startApiServer } from "./measure/api-server.js";
import { recordingReader, replay, type RecordedStatement } from "./measure/raw-cypher.js";
import { summarise } from "./stats.js";

/** client/src/views/overview/operations.ts's query with client/src/api/fragments.ts's fields. */
const OVERVIEW = `query Overview($filter: GraphFilter, $limit: Int!) {
  graph(filter: $filter, limit: $limit) {
    nodes { ...GraphNodeFields }
    edges { ...GraphEdgeFields }
    truncated
    total
  }
}
fragment GraphNodeFields on GraphNode { id type label kind year degree distance }
fragment GraphEdgeFields on GraphEdge { id type source target how annotation }`;
const VARIABLES = { filter: null, limit: 500 };
const CANVAS = { nodeDetail: false, edgeProvenance: false };
const REPETITIONS = Number(process.env.SEED_BENCH_REPETITIONS ?? 60);

async function timed(work: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await work();
  return performance.now() - t;
}

async function main(): Promise<void> {
  const env: NodeJS.ProcessEnv = {
    NEO4J_INSTANCE: "test",
    NEO4J_BOLT_PORT: process.env.NEO4J_TEST_BOLT_PORT ?? "7688",
    ...process.env,
  };
  const instance = env.NEO4J_URI ? undefined : readInstanceSettings(env);
  const started = instance ? await startNeo4j(instance, log) : undefined;
  const settings = readConnectionSettings(env);
  const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    disableLosslessIntegers: true,
  });
  await importSeed(driver, await loadSeed(), { database: settings.database });
  const api = await startApiServer(settings.uri, Number(process.env.SEED_BENCH_PORT ?? 4718));
  try {
    const first = await timed(() => postQuery(api.url, OVERVIEW, VARIABLES));
    const recorded: RecordedStatement[] = [];
    await overview(recordingReader(driver, recorded), { filter: null, limit: 500, projection: CANVAS });
    const graphql: number[] = [];
    const raw: number[] = [];
    let bytes = 0;
    for (let i = 0; i < REPETITIONS; i++) {
      graphql.push(await timed(async () => (bytes = await postQuery(api.url, OVERVIEW, VARIABLES))));
      raw.push(await timed(() => replay(driver, recorded)));
    }
    const ping: number[] = [];
    for (let i = 0; i < 20; i++) ping.push(await timed(() => driver.executeQuery("RETURN 1")));
    const g = summarise(graphql);
    const r = summarise(raw);
    log(`Seed graph overview, uncached, ${REPETITIONS} requests (${bytes} B, ${recorded.length} statements):`);
    log(`  first request after start: ${first.toFixed(1)} ms`);
    log(`  GraphQL over HTTP: p50 ${g.p50} ms, p95 ${g.p95} ms`);
    log(`  raw Cypher (same statements): p50 ${r.p50} ms, p95 ${r.p95} ms`);
    log(`  RETURN 1: p50 ${summarise(ping).p50} ms`);
  } finally {
    await api.stop();
    await driver.close();
    if (instance && started && !started.alreadyRunning) await stopNeo4j(instance);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
