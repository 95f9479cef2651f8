import neo4j, { type Driver } from "neo4j-driver";
import type { Config } from "../config.js";
import { translateNeo4jError } from "./errors.js";

/** One row of a Cypher result, keyed by column name; callers validate its shape. */
export type Row = Record<string, unknown>;

/** Runs one parameterised statement inside the current read transaction. */
export type RunStatement = (cypher: string, params: Record<string, unknown>) => Promise<Row[]>;

/**
 * Runs graph-shaped queries: always in a read transaction (`executeRead`, so a cluster routes
 * it to a reader and a stray write fails), always with the configured transaction timeout, and
 * always with parameters (the signature leaves no room for anything else). Driver errors leave
 * here already translated into GraphQL errors with a code.
 */
export interface GraphReader {
  /** Several statements in one read transaction, so they see the same snapshot. */
  transaction<T>(work: (run: RunStatement) => Promise<T>): Promise<T>;
  /** One statement. */
  read(cypher: string, params: Record<string, unknown>): Promise<Row[]>;
}

export function createGraphReader(driver: Driver, config: Config): GraphReader {
  const transaction = async <T>(work: (run: RunStatement) => Promise<T>): Promise<T> => {
    const session = driver.session({ database: config.NEO4J_DATABASE, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead(
        (tx) =>
          work(async (cypher, params) => {
            const res = await tx.run(cypher, asCypherParams(params));
            return res.records.map((r) => r.toObject());
          }),
        { timeout: config.NEO4J_QUERY_TIMEOUT_MS, metadata: { app: "rrn-explorer-api" } },
      );
    } catch (err) {
      throw translateNeo4jError(err);
    } finally {
      // Closing a session whose connection is gone can reject; the query error matters more.
      await session.close().catch(() => undefined);
    }
  };
  return {
    transaction,
    read: (cypher, params) => transaction((run) => run(cypher, params)),
  };
}

/**
 * JavaScript numbers reach Cypher as floats, which LIMIT, slicing and quantifiers refuse; whole
 * numbers among the parameters are sent as Cypher integers instead.
 */
function asCypherParams(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, typeof v === "number" && Number.isSafeInteger(v) ? neo4j.int(v) : v]),
  );
}
