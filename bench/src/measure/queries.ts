import type { Driver } from "neo4j-driver";
import { log } from "../log.js";
import { round, summarise, type Summary } from "../stats.js";
import { postGraphql, postQuery } from "@rrn/testkit/graphql";
import { QUERIES } from "./query-catalogue.js";
import { recordingReader, replay, type RecordedStatement } from "./raw-cypher.js";

export interface QueryMeasurement {
  name: string;
  size: number;
  graphql: Summary;
  raw: Summary;
  /** p50 GraphQL / p50 raw. */
  ratio: number;
  /** p50 GraphQL − p50 raw: what the HTTP + GraphQL layers add. */
  addedMs: number;
  statements: number;
  responseBytes: number;
  /** Objects with an `id` in the answer (its nodes and relationships): what "per element" divides by. */
  elements: number;
  /** Set when the query failed (e.g. Neo4j's transaction timeout): the run goes on without it. */
  error?: string;
}

export interface QueryRunOptions {
  warmUp: number;
  repetitions: number;
  /** Stop repeating a query once it has used this much time (slow queries at 100k). */
  budgetMs: number;
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await work();
  return performance.now() - t;
}

/**
 * Every graph query, GraphQL over HTTP and raw Cypher alternating request by request, so load
 * from other processes on the machine hits both sides alike.
 */
export async function measureQueries(
  url: string,
  driver: Driver,
  size: number,
  opts: QueryRunOptions,
): Promise<QueryMeasurement[]> {
  const results: QueryMeasurement[] = [];
  for (const q of QUERIES) {
    try {
      results.push(await measureOne(q, url, driver, size, opts));
    } catch (err) {
      const error = (err instanceof Error ? err.message : String(err)).split("\n")[0]!.slice(0, 200);
      log(`  ${q.name.padEnd(20)} FAILED: ${error}`);
      const none = { p50: Number.NaN, p95: Number.NaN, n: 0 };
      results.push({
        name: q.name,
        size,
        graphql: none,
        raw: none,
        ratio: Number.NaN,
        addedMs: Number.NaN,
        statements: 0,
        responseBytes: 0,
        elements: 0,
        error,
      });
    }
  }
  return results;
}

async function measureOne(
  q: (typeof QUERIES)[number],
  url: string,
  driver: Driver,
  size: number,
  opts: QueryRunOptions,
): Promise<QueryMeasurement> {
  {
    const recorded: RecordedStatement[] = [];
    await q.direct(recordingReader(driver, recorded));
    const statements = [...recorded];
    let responseBytes = 0;
    for (let i = 0; i < opts.warmUp; i++) {
      responseBytes = await postQuery(url, q.document, q.variables);
      await replay(driver, statements);
    }
    const answer = await postGraphql(url, JSON.stringify({ query: q.document, variables: q.variables }));
    const elements = countElements(answer.body.data);
    const graphql: number[] = [];
    const raw: number[] = [];
    const started = performance.now();
    while (graphql.length < opts.repetitions && (graphql.length < 5 || performance.now() - started < opts.budgetMs)) {
      graphql.push(await timed(() => postQuery(url, q.document, q.variables)));
      raw.push(await timed(() => replay(driver, statements)));
    }
    const g = summarise(graphql);
    const r = summarise(raw);
    const m: QueryMeasurement = {
      name: q.name,
      size,
      graphql: g,
      raw: r,
      ratio: round(g.p50 / r.p50),
      addedMs: round(g.p50 - r.p50),
      statements: statements.length,
      responseBytes,
      elements,
    };
    log(
      `  ${q.name.padEnd(20)} graphql p50 ${g.p50} ms p95 ${g.p95} | raw p50 ${r.p50} ms p95 ${r.p95} | ×${m.ratio} (+${m.addedMs} ms, n=${g.n}, ${statements.length} statements, ${responseBytes} B)`,
    );
    return m;
  }
}

/** The objects carrying an `id` anywhere in a GraphQL answer: the nodes and relationships it returns. */
export function countElements(value: unknown): number {
  if (Array.isArray(value)) return value.reduce<number>((n, item) => n + countElements(item), 0);
  if (value === null || typeof value !== "object") return 0;
  const own = "id" in value ? 1 : 0;
  return own + Object.values(value).reduce<number>((n, v) => n + countElements(v), 0);
}
