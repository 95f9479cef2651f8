import { timingSafeEqual } from "node:crypto";
import express, { type RequestHandler, type Router } from "express";
import type { Driver } from "neo4j-driver";
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { Config } from "../config.js";
import type { GraphVersionTracker } from "../graph-version/tracker.js";
import type { CircuitBreaker } from "../neo4j/circuit-breaker.js";
import { poolConnections } from "../neo4j/pool-stats.js";
import type { ResponseCache } from "../read-cache/response-cache.js";

/**
 * Operation names come from clients, so they cannot all become label values (every new name is
 * a new time series). The explorer's own operations (the build's manifest) always count under
 * their names; other well-formed names do until this many are known, then they count as "other".
 */
const MAX_OTHER_OPERATION_NAMES = 50;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
/** From a fast cache hit to a slow path query; seconds. */
const LATENCY_BUCKETS = [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export interface MetricsSources {
  config: Config;
  driver: Driver;
  breaker: Pick<CircuitBreaker, "isOpen">;
  graphVersion: Pick<GraphVersionTracker, "current">;
  responses: Pick<ResponseCache, "stats">;
  /** Operation names the built client sends (from its persisted-query manifest). */
  knownOperationNames: ReadonlySet<string>;
}

export interface Metrics {
  /** On /graphql before anything answers (the response cache included): counts and times requests. */
  countRequests: RequestHandler;
  /** GET /metrics: the metrics, 401 without the token when one is set, 404 when off. */
  router: Router;
  registry: Registry;
}

/** A counter whose value is read from elsewhere (a running total) each time it is scraped. */
function totalFrom(registry: Registry, name: string, help: string, read: () => number): void {
  new Counter({
    name,
    help,
    registers: [registry],
    collect() {
      this.reset();
      this.inc(read());
    },
  });
}

/** The graph version's counter, the number before the dash ("12-ab34cd56" → 12). */
function versionNumber(version: string): number {
  const n = Number.parseInt(version, 10);
  return Number.isFinite(n) ? n : Number.NaN;
}

function bearerMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(/^Bearer (.+)$/i.exec(header ?? "")?.[1] ?? "");
  const wanted = Buffer.from(token);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

/**
 * Prometheus metrics (prom-client, text format at GET /metrics): GraphQL requests by operation
 * and status (count and latency), the response cache, the graph version, the Neo4j circuit
 * breaker and connection pool, and Node's own (event-loop lag, memory, CPU). With METRICS_TOKEN
 * set, a scrape needs `Authorization: Bearer <token>`; without it, /metrics is open outside
 * production and absent (404) in production.
 */
export function createMetrics({
  config,
  driver,
  breaker,
  graphVersion,
  responses,
  knownOperationNames,
}: MetricsSources): Metrics {
  // One registry per server, not prom-client's global one: tests run several servers in a process.
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });

  const labelNames = ["operation", "status"] as const;
  const requests = new Counter({
    name: "rrn_graphql_requests_total",
    help: "GraphQL HTTP requests answered, by operation name and HTTP status",
    labelNames,
    registers: [registry],
  });
  const latency = new Histogram({
    name: "rrn_graphql_request_duration_seconds",
    help: "Time from a GraphQL request's arrival to the last byte of its answer, by operation name and HTTP status",
    labelNames,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  totalFrom(
    registry,
    "rrn_response_cache_hits_total",
    "Public reads answered from the response cache",
    () => responses.stats().hits,
  );
  totalFrom(
    registry,
    "rrn_response_cache_misses_total",
    "Public reads not in the response cache",
    () => responses.stats().misses,
  );
  totalFrom(
    registry,
    "rrn_response_cache_coalesced_total",
    "Reads that waited for an identical read already being answered instead of asking Neo4j",
    () => responses.stats().coalesced,
  );
  new Gauge({
    name: "rrn_response_cache_bytes",
    help: "Bytes of answers held in the response cache",
    registers: [registry],
    collect() {
      this.set(responses.stats().bytes);
    },
  });
  new Gauge({
    name: "rrn_response_cache_entries",
    help: "Answers held in the response cache",
    registers: [registry],
    collect() {
      this.set(responses.stats().entries);
    },
  });
  new Gauge({
    name: "rrn_graph_version",
    help: "The graph version this instance serves (its counter; the full version in the label), absent while unconfirmed",
    labelNames: ["version"],
    registers: [registry],
    collect() {
      this.reset();
      const version = graphVersion.current();
      if (version !== undefined) this.set({ version }, versionNumber(version));
    },
  });
  new Gauge({
    name: "rrn_neo4j_circuit_open",
    help: "1 while the circuit breaker holds Neo4j unreachable (requests get 503), 0 otherwise",
    registers: [registry],
    collect() {
      this.set(breaker.isOpen ? 1 : 0);
    },
  });
  new Gauge({
    name: "rrn_neo4j_pool_connections",
    help: "Connections in the Neo4j driver's pool, in use or idle",
    labelNames: ["state"],
    registers: [registry],
    collect() {
      const pool = poolConnections(driver);
      this.set({ state: "in_use" }, pool.inUse);
      this.set({ state: "idle" }, pool.idle);
    },
  });

  const others = new Set<string>();
  const operationLabel = (name: unknown): string => {
    if (typeof name !== "string" || name === "") return "anonymous";
    if (knownOperationNames.has(name) || others.has(name)) return name;
    if (!OPERATION_NAME.test(name) || others.size >= MAX_OTHER_OPERATION_NAMES) return "other";
    others.add(name);
    return name;
  };

  const countRequests: RequestHandler = (req, res, next) => {
    const stop = latency.startTimer();
    res.once("finish", () => {
      // Read here: the body is parsed by then (express.json runs after this middleware).
      const body: unknown = req.body;
      const fromBody =
        typeof body === "object" && body !== null && "operationName" in body ? body.operationName : undefined;
      const labels = { operation: operationLabel(fromBody ?? req.query.operationName), status: String(res.statusCode) };
      requests.inc(labels);
      stop(labels);
    });
    next();
  };

  const token = config.METRICS_TOKEN;
  const open = token === undefined && config.NODE_ENV !== "production";
  const router = express.Router();
  router.get("/metrics", async (req, res) => {
    // Off: a plain 404 here, not the explorer's page (which answers every other path).
    if (token === undefined && !open) {
      res.status(404).json({ error: "metrics are off in production unless METRICS_TOKEN is set" });
      return;
    }
    if (token !== undefined && !bearerMatches(req.get("authorization"), token)) {
      res.status(401).set("www-authenticate", 'Bearer realm="metrics"').json({ error: "a metrics token is required" });
      return;
    }
    res.set("content-type", registry.contentType).set("cache-control", "no-store");
    res.send(await registry.metrics());
  });
  return { countRequests, router, registry };
}
