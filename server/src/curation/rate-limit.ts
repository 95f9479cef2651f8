import { createHash } from "node:crypto";
import { decodeRow } from "@rrn/common/decode-row";
import { GraphQLError } from "graphql";
import { z } from "zod";
import type { Config } from "../config.js";
import type { GraphWriter, RunCypher } from "../neo4j/write.js";

/**
 * The label of the counters. No public query matches it (they all match entity labels), and
 * a counter is deleted once its window has passed.
 */
export const SUGGESTION_RATE_LABEL = "SuggestionRateCount";
const CONSTRAINT = "suggestion_rate_count_key";
/** How often one instance sweeps expired counters away (it also happens only after a suggestion). */
const SWEEP_EVERY_MS = 60_000;

export interface SuggestionRateLimit {
  /**
   * Counts one suggestion for the address, inside the caller's write transaction, so the count
   * is stored only together with the suggestion it lets through (a refused or invalid one rolls
   * back and costs nothing). Throws RATE_LIMITED (429) past the limit.
   */
  consume(run: RunCypher, clientAddress: string): Promise<void>;
  /** Before the transaction: makes sure counters are unique per key (once per process). */
  prepare(): Promise<void>;
  /** After it: removes expired counters now and then, best effort. */
  sweep(): void;
}

const countRow = z.object({ count: z.number().int(), msLeft: z.number().int() });

/**
 * Anonymous suggestions per client address per window, counted in Neo4j, so every instance
 * behind a load balancer enforces the one limit. A fixed window opens with an address's first
 * suggestion and lasts SUGGESTION_RATE_WINDOW_S by the database's clock (one clock for every
 * instance). Counters are keyed by a SHA-256 of the address rather than the address itself,
 * and live no longer than their window.
 *
 * A Cypher counter rather than rate-limiter-flexible with a custom store: the count must share
 * the suggestion's transaction, which a store called outside it cannot.
 */
export function createSuggestionRateLimit(config: Config, writer: GraphWriter): SuggestionRateLimit {
  const windowMs = config.SUGGESTION_RATE_WINDOW_S * 1000;
  let constraint: Promise<void> | undefined;
  let lastSweep = 0;

  return {
    prepare: () => {
      // Without the constraint two instances could each create a counter for one new address
      // at the same moment (MERGE alone does not lock what does not exist yet). Schema changes
      // need a transaction of their own. If it fails (a user without schema rights) the limit
      // still holds except in that race, and the next suggestion tries again.
      constraint ??= writer
        .write(({ run }) =>
          run(
            `CREATE CONSTRAINT ${CONSTRAINT} IF NOT EXISTS
             FOR (c:${SUGGESTION_RATE_LABEL}) REQUIRE c.key IS UNIQUE`,
          ),
        )
        .then(
          () => undefined,
          () => {
            constraint = undefined;
          },
        );
      return constraint;
    },

    consume: async (run, clientAddress) => {
      // The write lock (_lock) is taken before the counter is read, so concurrent suggestions
      // from one address, on any instance, are counted one after another and none is lost.
      const rows = await run(
        `MERGE (c:${SUGGESTION_RATE_LABEL} {key: $key})
           ON CREATE SET c.count = 0, c.windowEndsAt = 0
         SET c._lock = true
         WITH c, timestamp() AS now
         WITH c, now, c.windowEndsAt <= now AS expired
         SET c.count = CASE WHEN expired THEN 1 ELSE c.count + 1 END,
             c.windowEndsAt = CASE WHEN expired THEN now + $windowMs ELSE c.windowEndsAt END
         REMOVE c._lock
         RETURN c.count AS count, c.windowEndsAt - now AS msLeft`,
        { key: keyOf(clientAddress), windowMs },
      );
      const { count, msLeft } = decodeRow(countRow, rows[0], "suggestion rate count");
      if (count <= config.SUGGESTION_RATE_LIMIT) return;
      const retryAfter = Math.max(1, Math.ceil(msLeft / 1000));
      throw new GraphQLError(
        `Too many suggestions from your address: at most ${config.SUGGESTION_RATE_LIMIT} per ` +
          `${formatWindow(config.SUGGESTION_RATE_WINDOW_S)}. Please try again in ${formatDelay(retryAfter)}.`,
        { extensions: { code: "RATE_LIMITED", retryAfterSeconds: retryAfter, http: { status: 429 } } },
      );
    },

    sweep: () => {
      if (Date.now() - lastSweep < SWEEP_EVERY_MS) return;
      lastSweep = Date.now();
      // Its own transaction, after the suggestion's, and its failure (another instance
      // sweeping the same counters) is of no consequence.
      void writer
        .write(({ run }) =>
          run(
            `MATCH (c:${SUGGESTION_RATE_LABEL}) WHERE c.windowEndsAt <= timestamp()
             WITH c LIMIT 1000 DELETE c`,
          ),
        )
        .catch(() => undefined);
    },
  };
}

function keyOf(clientAddress: string): string {
  return createHash("sha256").update(`rrn-suggestions:${clientAddress}`).digest("base64url");
}

function formatWindow(seconds: number): string {
  if (seconds % 3600 === 0) return seconds === 3600 ? "hour" : `${seconds / 3600} hours`;
  return seconds === 1 ? "second" : `${seconds} seconds`;
}

function formatDelay(seconds: number): string {
  if (seconds >= 120) return `${Math.ceil(seconds / 60)} minutes`;
  return seconds === 1 ? "1 second" : `${seconds} seconds`;
}
