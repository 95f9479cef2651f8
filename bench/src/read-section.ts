import { rmSync } from "node:fs";
import neo4j from "neo4j-driver";
import { boltUri, readInstanceSettings } from "@rrn/common/neo4j-env";
import { importSeed, loadSeed } from "@rrn/graph-seed";
import { instanceDirs, startNeo4j, stopNeo4j } from "@rrn/scripts/neo4j";
import { log } from "./log.js";
import { BENCH_PAGES, measurePages } from "./measure/pages.js";
import { startApiServer, type ApiServer } from "./measure/api-server.js";
import {
  LIGHTHOUSE_VIEWS,
  measureCold,
  measureLighthouse,
  measureWarm,
  overviewUrl,
  type ReadMeasurement,
} from "./measure/read.js";

export interface ReadOptions {
  /** The production client build the API serves (its preload.json names the overview request). */
  clientDist: string;
  /** Neo4j instance `bench-read` on this Bolt port. */
  boltPort: number;
  /** The API (then, once it has stopped, the cold API) on this port; the static-bytes floor on the next. */
  apiPort: number;
  connections: number;
  seconds: number;
  coldRepetitions: number;
  /** Pages measured warm against a bare server sending their bytes; empty skips them. */
  pages: readonly string[];
  /** Seconds of load per page (half on the API, half on its floor, twice). */
  pageSeconds: number;
  /** Views for Lighthouse (name → path); empty skips it. */
  lighthouseViews: Record<string, string>;
  serverTree?: string;
}

export const DEFAULT_READ_OPTIONS: Omit<ReadOptions, "clientDist"> = {
  boltPort: 7715,
  apiPort: 4715,
  connections: 50,
  seconds: 20,
  coldRepetitions: 60,
  pages: BENCH_PAGES,
  pageSeconds: 10,
  lighthouseViews: LIGHTHOUSE_VIEWS,
};

/**
 * The read section of `npm run bench`, on the real seed graph (the size a visitor meets today)
 * in its own Neo4j instance `bench-read` with a fresh data folder. Two API servers: the normal
 * one (warm figures, Lighthouse) and one with its response cache off (cold figures).
 */
export async function benchRead(opts: ReadOptions): Promise<ReadMeasurement> {
  const settings = readInstanceSettings({
    NEO4J_INSTANCE: "bench-read",
    NEO4J_BOLT_PORT: String(opts.boltPort),
    NEO4J_HEAP: "1g",
    NEO4J_PAGECACHE: "256m",
  });
  await stopNeo4j(settings);
  rmSync(instanceDirs(settings.name).data, { recursive: true, force: true });
  await startNeo4j(settings, log);
  const uri = boltUri(settings);
  const driver = neo4j.driver(uri, neo4j.auth.basic("neo4j", ""), { disableLosslessIntegers: true });
  let api: ApiServer | undefined;
  let cold: ApiServer | undefined;
  try {
    const seed = await loadSeed();
    await importSeed(driver, seed, { log: () => undefined });
    log(`Read: seed graph, ${seed.nodes.length} nodes and ${seed.relationships.length} relationships`);
    const requestPath = overviewUrl(opts.clientDist);
    api = await startApiServer(uri, opts.apiPort, opts.clientDist, opts.serverTree);
    log(`Read: warm overview at ${opts.connections} connections vs a bare server sending the same bytes…`);
    const warm = await measureWarm(api.url, requestPath, opts.connections, opts.seconds, opts.apiPort + 1);
    log(
      `  API ${warm.api.rps} req/s (p50 ${warm.api.p50Ms} ms), floor ${warm.floor.rps} req/s (p50 ${warm.floor.p50Ms} ms): ×${warm.ratio}; ${warm.bytes} B ${warm.encoding}`,
    );
    let pages: ReadMeasurement["pages"];
    if (opts.pages.length > 0) {
      log(
        `Read: ${opts.pages.length} pages warm at ${opts.connections} connections vs a bare server sending the same bytes…`,
      );
      pages = await measurePages(api.url, opts.pages, opts.connections, opts.pageSeconds, opts.apiPort + 1);
    }
    let lighthouse: ReadMeasurement["lighthouse"] = {};
    if (Object.keys(opts.lighthouseViews).length > 0) {
      log(`Read: Lighthouse 12 (mobile, then desktop performance)…`);
      lighthouse = await measureLighthouse(api.url, opts.lighthouseViews);
    }
    await api.stop();
    api = undefined;

    cold = await startApiServer(uri, opts.apiPort, opts.clientDist, opts.serverTree, {
      RESPONSE_CACHE_MAX_BYTES: "0",
    });
    log(`Read: cold overview (response cache off) vs the raw neo4j-driver fetch…`);
    const coldFigures = await measureCold(cold.url, requestPath, driver, opts.coldRepetitions);
    log(
      `  API p50 ${coldFigures.api.p50} ms (p95 ${coldFigures.api.p95}), raw p50 ${coldFigures.raw.p50} ms: ×${coldFigures.ratio}; first request ${coldFigures.firstRequestMs} ms`,
    );
    return {
      graph: { nodes: seed.nodes.length, relationships: seed.relationships.length },
      warm,
      ...(pages ? { pages } : {}),
      cold: coldFigures,
      lighthouse,
    };
  } finally {
    await api?.stop();
    await cold?.stop();
    await driver.close();
    await stopNeo4j(settings);
  }
}
