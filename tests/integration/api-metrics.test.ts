import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { z } from "zod";
import { postGraphql } from "@rrn/testkit/graphql";
import { startTestServer, type TestServer } from "@rrn/testkit/in-process-server";
import { waitFor } from "@rrn/testkit/poll";

/**
 * GET /metrics as Prometheus scrapes it, parsed by parse-prometheus-text-format (prom2json's
 * output shape), so what is checked is what a scraper reads, not prom-client's objects. That
 * parser merges the series of a labelled histogram into one (it keeps neither their labels nor
 * their counts), so histogram series are read from their own sample lines below.
 */
const sample = z.object({ labels: z.record(z.string(), z.string()).optional(), value: z.string() });
const histogramSample = z.object({ buckets: z.record(z.string(), z.string()) });
const family = z.object({
  name: z.string(),
  help: z.string(),
  type: z.enum(["COUNTER", "GAUGE", "HISTOGRAM", "SUMMARY", "UNTYPED"]),
  metrics: z.array(z.union([histogramSample, sample])),
});
type Family = z.infer<typeof family>;

const parsePrometheusText = createRequire(import.meta.url)("parse-prometheus-text-format") as (text: string) => unknown;

async function scrape(url: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${url}/metrics`, { headers });
}

interface Scrape {
  families: Map<string, Family>;
  text: string;
}

async function scrapeParsed(url: string): Promise<Map<string, Family>> {
  return (await scrapeBoth(url)).families;
}

async function scrapeBoth(url: string): Promise<Scrape> {
  const res = await scrape(url);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
  const text = await res.text();
  const families = z.array(family).parse(parsePrometheusText(text));
  return { families: new Map(families.map((f) => [f.name, f])), text };
}

/** The value of one sample line, `name{labels} value`, labels exactly as prom-client orders them. */
function sampleLine(text: string, series: string): number {
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  expect(line, series).toBeDefined();
  return Number(line!.slice(series.length + 1));
}

/** The one value of a family's sample with these labels (all of them). */
function valueOf(families: Map<string, Family>, name: string, labels: Record<string, string> = {}): number {
  const f = families.get(name);
  expect(f, `${name} is exported`).toBeDefined();
  const match = f!.metrics.find(
    (m): m is z.infer<typeof sample> => "value" in m && Object.entries(labels).every(([k, v]) => m.labels?.[k] === v),
  );
  expect(match, `${name}${JSON.stringify(labels)}`).toBeDefined();
  return Number(match!.value);
}

const probeQuery = `query MetricsProbe { node(id: "six-core-strategies") { id label } }`;
const probeBody = JSON.stringify({ query: probeQuery, operationName: "MetricsProbe" });

describe("GET /metrics (outside production: open)", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(inject("neo4jUri"));
    // Public reads are cached only under a confirmed graph version.
    await waitFor(
      "a confirmed graph version",
      async () => {
        await server.readPath.graphVersion.refresh();
        return server.readPath.graphVersion.current();
      },
      { timeoutMs: 30_000, intervalMs: 100 },
    );
  });
  afterAll(async () => {
    await server.close();
  });

  it("counts and times GraphQL requests by operation name and status", async () => {
    for (let i = 0; i < 3; i++) expect((await postGraphql(server.url, probeBody)).status).toBe(200);
    const broken = await postGraphql(
      server.url,
      JSON.stringify({ query: "query Broken { node(", operationName: "Broken" }),
    );
    expect(broken.status).toBe(400);

    const { families, text } = await scrapeBoth(server.url);
    expect(families.get("rrn_graphql_requests_total")?.type).toBe("COUNTER");
    expect(valueOf(families, "rrn_graphql_requests_total", { operation: "MetricsProbe", status: "200" })).toBe(3);
    expect(valueOf(families, "rrn_graphql_requests_total", { operation: "Broken", status: "400" })).toBe(1);
    expect(families.get("rrn_graphql_request_duration_seconds")?.type).toBe("HISTOGRAM");
    const series = 'operation="MetricsProbe",status="200"';
    expect(sampleLine(text, `rrn_graphql_request_duration_seconds_count{${series}}`)).toBe(3);
    expect(sampleLine(text, `rrn_graphql_request_duration_seconds_bucket{le="+Inf",${series}}`)).toBe(3);
    expect(sampleLine(text, `rrn_graphql_request_duration_seconds_sum{${series}}`)).toBeGreaterThan(0);
  });

  it("reports the response cache: a repeated public read is a miss, then hits", async () => {
    const before = await scrapeParsed(server.url);
    const body = JSON.stringify({ query: `query CacheProbe { node(id: "mersey-care") { id } }` });
    expect((await postGraphql(server.url, body)).status).toBe(200);
    // The answer is stored once compressed, off the event loop: wait for it rather than race it.
    const stored = valueOf(before, "rrn_response_cache_entries") + 1;
    await waitFor(
      "the answer to be stored",
      async () => (valueOf(await scrapeParsed(server.url), "rrn_response_cache_entries") >= stored ? true : undefined),
      { timeoutMs: 10_000, intervalMs: 50 },
    );
    for (let i = 0; i < 2; i++) expect((await postGraphql(server.url, body)).status).toBe(200);
    const after = await scrapeParsed(server.url);
    expect(valueOf(after, "rrn_response_cache_entries")).toBe(stored);
    const delta = (name: string) => valueOf(after, name) - valueOf(before, name);
    expect(after.get("rrn_response_cache_hits_total")?.type).toBe("COUNTER");
    expect(delta("rrn_response_cache_misses_total")).toBe(1);
    expect(delta("rrn_response_cache_hits_total")).toBe(2);
    expect(valueOf(after, "rrn_response_cache_bytes")).toBeGreaterThan(valueOf(before, "rrn_response_cache_bytes"));
    expect(valueOf(after, "rrn_response_cache_coalesced_total")).toBeGreaterThanOrEqual(0);
  });

  it("reports the graph version, the circuit breaker and the Neo4j pool", async () => {
    const families = await scrapeParsed(server.url);
    const version = server.readPath.graphVersion.current()!;
    expect(valueOf(families, "rrn_graph_version", { version })).toBe(Number.parseInt(version, 10));
    expect(valueOf(families, "rrn_neo4j_circuit_open")).toBe(0);
    const inUse = valueOf(families, "rrn_neo4j_pool_connections", { state: "in_use" });
    const idle = valueOf(families, "rrn_neo4j_pool_connections", { state: "idle" });
    // Queries have run and finished: their connections are back in the pool.
    expect(Number.isInteger(inUse) && inUse >= 0).toBe(true);
    expect(idle).toBeGreaterThanOrEqual(1);
  });

  it("reports Node's own: event-loop lag and memory", async () => {
    const families = await scrapeParsed(server.url);
    expect(families.get("nodejs_eventloop_lag_seconds")?.type).toBe("GAUGE");
    expect(valueOf(families, "nodejs_eventloop_lag_seconds")).toBeGreaterThanOrEqual(0);
    expect(valueOf(families, "process_resident_memory_bytes")).toBeGreaterThan(0);
    expect(valueOf(families, "nodejs_heap_size_used_bytes")).toBeGreaterThan(0);
  });
});

describe("GET /metrics in production", () => {
  const servers: TestServer[] = [];
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
  });

  it("is off without METRICS_TOKEN", async () => {
    const server = await startTestServer(inject("neo4jUri"), { NODE_ENV: "production" });
    servers.push(server);
    const res = await scrape(server.url);
    expect(res.status).toBe(404);
    // Its own answer, not the explorer's page (which a built client serves for unknown paths).
    expect(await res.json()).toEqual({ error: expect.stringContaining("METRICS_TOKEN") as unknown });
  });

  it("needs the bearer token when METRICS_TOKEN is set", async () => {
    const token = "metrics-token-for-the-test-0123456789";
    const server = await startTestServer(inject("neo4jUri"), { NODE_ENV: "production", METRICS_TOKEN: token });
    servers.push(server);
    expect((await scrape(server.url)).status).toBe(401);
    expect((await scrape(server.url, { authorization: `Bearer ${token}x` })).status).toBe(401);
    const res = await scrape(server.url, { authorization: `Bearer ${token}` });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("# TYPE rrn_graphql_requests_total counter");
  });
});
