import { existsSync } from "node:fs";
import path from "node:path";
import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControl } from "@apollo/server/plugin/cacheControl";
import type { RequestHandler } from "express";
import { Kind, parse } from "graphql";
import type { Driver } from "neo4j-driver";
import type { Config } from "../config.js";
import type { GraphContext } from "../context.js";
import { CURATION_QUERIES } from "../curation/resolvers.js";
import { createGraphVersionTracker, type GraphVersionTracker } from "../graph-version/tracker.js";
import { createLayoutService, type LayoutService } from "../layout/layout-service.js";
import type { Logger } from "../logger.js";
import { readGraphVersion } from "../neo4j/graph-version-store.js";
import { createFreshness, type Freshness } from "../read-cache/freshness.js";
import { createResponseCache, type ResponseCache } from "../read-cache/response-cache.js";
import { cachedReads } from "./cached-reads.js";
import { sameOriginGetIsPreflighted } from "./fetch-metadata.js";
import { knownOperationsPlugin, readKnownOperations } from "./known-operations.js";

/** Root fields never cached: curator reads (they depend on who asks) and `version` (live server state). */
const PERSONAL_FIELDS: ReadonlySet<string> = new Set([...CURATION_QUERIES, "version"]);

/** The read path's parts, assembled once per server, and what the server wires where. */
export interface ReadPath {
  graphVersion: GraphVersionTracker;
  /** Whether cached answers and pages are current, stale (database unreachable) or unusable. */
  freshness: () => Freshness;
  responses: ResponseCache;
  layouts: LayoutService;
  /** The names of the operations the built client sends (its persisted-query manifest). */
  knownOperationNames: ReadonlySet<string>;
  /** For the Apollo server. */
  apolloPlugins: ApolloServerPlugin<GraphContext>[];
  /** On /graphql after body parsing, before Apollo. */
  graphqlMiddleware: RequestHandler[];
  /** Starts following the graph version; with `warm`, requests those URLs after every change. */
  start(warm?: { origin: string; urls: readonly string[] }): void;
  stop(): Promise<void>;
}

/**
 * Everything that makes a repeated read cheap: the graph version (../graph-version), the
 * response cache keyed by it with HTTP validators (./cached-reads.ts), the client's known
 * operations (./known-operations.ts) and server-side layouts (../layout).
 */
export function createReadPath({
  config,
  driver,
  logger,
  clientDist,
  databaseDown = () => false,
}: {
  config: Config;
  driver: Driver;
  logger: Logger;
  clientDist: string;
  /** True while the database is known to be unreachable (the circuit breaker is open). */
  databaseDown?: () => boolean;
}): ReadPath {
  const graphVersion = createGraphVersionTracker({
    read: () => readGraphVersion(driver, config),
    pollMs: config.GRAPH_VERSION_POLL_MS,
    maxAgeMs: 3 * config.GRAPH_VERSION_POLL_MS + config.NEO4J_CONNECT_TIMEOUT_MS,
    onPollError: (err) => logger.debug({ err }, "graph version poll failed"),
  });
  const freshness = createFreshness({ graphVersion, databaseDown, serveStale: config.SERVE_STALE });
  const responses = createResponseCache(config.RESPONSE_CACHE_MAX_BYTES);
  // Old versions' answers can never be asked for again: free their memory at once.
  graphVersion.onChange((version) => {
    responses.clear();
    logger.info({ graphVersion: version }, "graph version changed");
  });
  const layouts = createLayoutService({
    maxNodes: config.LAYOUT_MAX_NODES,
    timeoutMs: config.LAYOUT_TIMEOUT_MS,
    logger,
  });
  const reads = cachedReads({
    cache: responses,
    graphVersion,
    freshness,
    personalFields: PERSONAL_FIELDS,
    sharedMaxAge: config.HTTP_CACHE_S_MAXAGE,
    logger,
  });
  const manifest = path.join(clientDist, "persisted-queries.json");
  const known = existsSync(manifest) ? readKnownOperations(manifest) : new Map<string, string>();
  return {
    graphVersion,
    freshness,
    responses,
    layouts,
    knownOperationNames: operationNames(known.values()),
    apolloPlugins: [
      // Caching headers are ours (./cached-reads.ts); Apollo's would say max-age from schema hints.
      ApolloServerPluginCacheControl({ calculateHttpHeaders: false }),
      knownOperationsPlugin(known),
      reads.plugin,
    ],
    graphqlMiddleware: [sameOriginGetIsPreflighted, reads.serveFromCache],
    start: (warm) => {
      if (warm && warm.urls.length > 0) {
        graphVersion.onChange(() => void warmUp(warm.origin, warm.urls, logger));
      }
      graphVersion.start();
    },
    stop: async () => {
      graphVersion.stop();
      await layouts.stop();
    },
  };
}

/** The named operations defined in these documents. */
function operationNames(documents: Iterable<string>): Set<string> {
  const names = new Set<string>();
  for (const text of documents) {
    for (const def of parse(text).definitions) {
      if (def.kind === Kind.OPERATION_DEFINITION && def.name) names.add(def.name.value);
    }
  }
  return names;
}

/**
 * Asks this server for the given reads, one after another, as the explorer would: a change of
 * graph version empties the caches, and the first visitor should not pay for refilling them
 * (nor for the overview's layout). Failures only mean the first visitor waits as before.
 */
async function warmUp(origin: string, urls: readonly string[], logger: Logger): Promise<void> {
  for (const url of urls) {
    try {
      const res = await fetch(`${origin}${url}`, {
        headers: { "apollo-require-preflight": "true", "accept-encoding": "br" },
        signal: AbortSignal.timeout(30_000),
      });
      await res.arrayBuffer();
      if (!res.ok) logger.debug({ status: res.status, url }, "warming a read failed");
    } catch (err) {
      logger.debug({ err, url }, "warming a read failed");
    }
  }
}
