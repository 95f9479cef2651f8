import fc from "fast-check";
import type { GraphQLSchema } from "graphql";
import { operationArbitrary } from "./arbitraries.js";
import { inputStrings, requestBody, type FuzzOperation } from "./operation.js";
import { failed, faultOf, judge, type Verdict } from "./verdict.js";

export interface FuzzOptions {
  /** Base URL of a running server (production mode is the point). */
  url: string;
  schema: GraphQLSchema;
  ids: readonly string[];
  operations: number;
  seed: number;
  /** Failures to minimise (each costs up to `shrinkBudgetMs`); later ones are only counted. */
  maxShrunk?: number;
  shrinkBudgetMs?: number;
  /** Called every `progressEvery` operations, and with each failure as it happens. */
  onProgress?: (done: number, summary: FuzzSummary) => void;
  progressEvery?: number;
  onFailure?: (failure: Failure) => void;
  /**
   * What the server logged for a request id (an internal error's answer carries only the id):
   * failures are grouped by it, and one of each group is minimised.
   */
  causeOf?: (requestId: string) => Promise<string | undefined>;
  /** An answer slower than this (ms) is a failure; without it, speed is not judged. */
  slowMs?: number;
}

export interface Failure {
  /** Which generated operation (0-based); with the seed, enough to generate it again. */
  index: number;
  fault: "server-error" | "slow" | "leak";
  verdict: Verdict;
  status: number;
  ms: number;
  body: unknown;
  /** The server's own account (from its log), when known; numbers blanked so alike ones group. */
  cause?: string | undefined;
  /** The operation as found, and after minimising (while it still failed the same way). */
  found: FuzzOperation;
  minimal?: FuzzOperation;
  excerpt: string;
}

export interface FuzzSummary {
  operations: number;
  serverErrors: number;
  slow: number;
  /** Slow once, then within the limit when asked again: noise, not counted as a failure. */
  slowOnce: number;
  slowestMs: number;
  leaks: number;
  /** Checks of /ready during the run that did not answer 200. */
  notReady: number;
  outcomes: Record<string, number>;
}

export interface FuzzResult extends FuzzSummary {
  seed: number;
  failures: Failure[];
}

/** Sends one operation as a client would (POST /graphql, JSON) and judges the answer. */
export async function sendOperation(
  url: string,
  op: FuzzOperation,
  slowMs?: number,
): Promise<{ verdict: Verdict; status: number; ms: number; text: string }> {
  // Built outside the try: a body this harness cannot build is its own fault, not the server's.
  const body = JSON.stringify(requestBody(op));
  const started = performance.now();
  let status = 0;
  let text = "";
  try {
    const res = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
      // Far past any limit (5 s in npm run fuzz): long enough to tell slow from hung.
      signal: AbortSignal.timeout(30_000),
    });
    status = res.status;
    text = await res.text();
  } catch (err) {
    text = `no answer: ${err instanceof Error ? err.message : String(err)}`;
  }
  const ms = Math.round(performance.now() - started);
  // No answer at all counts as a server error (status 0 < 500 would hide it).
  const verdict = judge({ status: status === 0 ? 599 : status, ms, body: text }, inputStrings(op), slowMs);
  return { verdict, status, ms, text };
}

async function ready(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/ready`, { signal: AbortSignal.timeout(10_000) })).status === 200;
  } catch {
    return false;
  }
}

/**
 * Generates `operations` operations from the schema with fast-check (seeded: the same seed
 * gives the same operations, in order), sends each to the server one at a time, and judges
 * every answer. /ready is asked every 100 operations. Failures are then minimised: fast-check
 * replays the failing operation and shrinks it while it still fails the same way.
 */
export async function runFuzz(options: FuzzOptions): Promise<FuzzResult> {
  const { url, operations, seed } = options;
  const arbitrary = operationArbitrary({ schema: options.schema, ids: options.ids });
  const summary: FuzzSummary = {
    operations: 0,
    serverErrors: 0,
    slow: 0,
    slowOnce: 0,
    slowestMs: 0,
    leaks: 0,
    notReady: 0,
    outcomes: {},
  };
  const failures: Failure[] = [];
  const progressEvery = options.progressEvery ?? 500;

  // A property that never fails: fast-check is used here to generate, in a replayable order.
  await fc.check(
    fc.asyncProperty(arbitrary, async (op) => {
      const index = summary.operations;
      let { verdict, status, ms, text } = await sendOperation(url, op, options.slowMs);
      // A slow answer is asked again once: an operation that really makes the server work too
      // long is slow again, whereas a busy machine (or a statement planned for the first time)
      // is not. The slowest time still counts.
      if (verdict.slow && !verdict.serverError && verdict.leaks.length === 0) {
        const again = await sendOperation(url, op, options.slowMs);
        summary.slowestMs = Math.max(summary.slowestMs, ms);
        if (!again.verdict.slow) summary.slowOnce += 1;
        ({ verdict, status, ms, text } = again);
      }
      summary.operations += 1;
      summary.outcomes[verdict.outcome] = (summary.outcomes[verdict.outcome] ?? 0) + 1;
      summary.slowestMs = Math.max(summary.slowestMs, ms);
      if (verdict.serverError) summary.serverErrors += 1;
      if (verdict.slow) summary.slow += 1;
      if (verdict.leaks.length > 0) summary.leaks += 1;
      const fault = faultOf(verdict);
      if (fault) {
        const id = requestIdIn(text);
        const cause = id && options.causeOf ? await options.causeOf(id) : undefined;
        const failure: Failure = {
          index,
          fault,
          verdict,
          status,
          ms,
          body: parseOr(text),
          found: op,
          excerpt: text.slice(0, 400),
          cause: cause?.replace(/-?\d+/g, "#").slice(0, 160),
        };
        failures.push(failure);
        options.onFailure?.(failure);
      }
      if (summary.operations % 100 === 0 && !(await ready(url))) summary.notReady += 1;
      if (summary.operations % progressEvery === 0) options.onProgress?.(summary.operations, summary);
      return true;
    }),
    { seed, numRuns: operations, endOnFailure: true },
  );
  if (!(await ready(url))) summary.notReady += 1;

  // One of each kind: the same fault with the same logged cause is the same bug.
  const firstOfKind = new Map<string, Failure>();
  for (const f of failures)
    if (!firstOfKind.has(`${f.fault} ${f.cause ?? ""}`)) firstOfKind.set(`${f.fault} ${f.cause ?? ""}`, f);
  for (const failure of [...firstOfKind.values()].slice(0, options.maxShrunk ?? 5)) {
    failure.minimal = await minimise(options, arbitrary, failure);
  }
  return { ...summary, seed, failures };
}

/**
 * The smallest operation fast-check can find, by shrinking the failing one (its replay path
 * is the run's index), that still fails with the same fault. Bounded in time: a slow server
 * makes every attempt slow.
 */
export async function minimise(
  options: Pick<FuzzOptions, "url" | "seed" | "shrinkBudgetMs" | "slowMs">,
  arbitrary: fc.Arbitrary<FuzzOperation>,
  failure: Pick<Failure, "index" | "fault" | "found">,
  stillFails: (op: FuzzOperation) => Promise<boolean> = async (op) =>
    faultOf((await sendOperation(options.url, op, options.slowMs)).verdict) === failure.fault,
): Promise<FuzzOperation> {
  // Past the budget every further candidate counts as passing, which ends the shrinking with the
  // smallest failing operation found so far.
  const deadline = Date.now() + (options.shrinkBudgetMs ?? 60_000);
  const property: fc.IAsyncProperty<[FuzzOperation]> = fc.asyncProperty(
    arbitrary,
    async (op) => Date.now() > deadline || !(await stillFails(op)),
  );
  const details = await fc.check(property, { seed: options.seed, path: String(failure.index) });
  return details.counterexample?.[0] ?? failure.found;
}

/** The request id an internal error's answer carries. */
function requestIdIn(text: string): string | undefined {
  return /"requestId":"([A-Za-z0-9._-]+)"/.exec(text)?.[1];
}

function parseOr(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text.slice(0, 400);
  }
}

export { failed };
