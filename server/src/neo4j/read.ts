import { GraphQLError } from "graphql";
import neo4j, { type Driver } from "neo4j-driver";
import type { Config } from "../config.js";
import { translateNeo4jError } from "./errors.js";

/** One row of a Cypher result, keyed by column name; callers validate its shape. */
export type Row = Record<string, unknown>;

/**
 * A Cypher statement the API may run: fixed text, with everything variable in parameters. Each
 * carries parameters that match nothing, so the server can warm it up (Neo4j plans a statement
 * on first use, which takes seconds on a cold database).
 */
export interface Statement<P extends Record<string, unknown>> {
  readonly cypher: string;
  readonly warmUp: P;
}

const statements: Statement<Record<string, unknown>>[] = [];

/** Declares a statement (at module load); see `GraphReader.warmUp`. */
export function statement<P extends Record<string, unknown>>(cypher: string, warmUp: P): Statement<P> {
  const s = { cypher, warmUp };
  statements.push(s);
  return s;
}

/** Runs one statement inside the current read transaction. */
export type RunStatement = <P extends Record<string, unknown>>(s: Statement<P>, params: P) => Promise<Row[]>;

/**
 * Runs graph-shaped queries: always in a read transaction (`executeRead`, so a cluster routes
 * it to a reader and a stray write fails), always with the configured transaction timeout, and
 * always with parameters (a Statement's text is fixed). Driver errors leave here already
 * translated into GraphQL errors with a code.
 */
export interface GraphReader {
  /** Several statements in one read transaction, so they see the same snapshot. */
  transaction<T>(work: (run: RunStatement) => Promise<T>): Promise<T>;
  /**
   * Plans and runs every declared statement once with parameters that match nothing, so the
   * first real request does not pay for planning. Failures are reported, never thrown: a
   * database that is down or not yet seeded must not stop the server.
   */
  warmUp(onError: (err: unknown, cypher: string) => void): Promise<void>;
}

export function createGraphReader(driver: Driver, config: Config): GraphReader {
  const transaction = async <T>(work: (run: RunStatement) => Promise<T>): Promise<T> => {
    const session = driver.session({ database: config.NEO4J_DATABASE, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead(
        (tx) =>
          work(async (s, params) => {
            const res = await tx.run(s.cypher, asCypherParams(params));
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
    warmUp: async (onError) => {
      for (const s of statements) {
        try {
          await transaction((run) => run(s, s.warmUp));
        } catch (err) {
          onError(err, s.cypher);
          // No database, no point trying the rest; the first real request plans on demand.
          if (err instanceof GraphQLError && err.extensions.code === "SERVICE_UNAVAILABLE") return;
        }
      }
    },
  };
}

/**
 * JavaScript numbers reach Cypher as floats, which LIMIT, slicing and quantifiers refuse; whole
 * numbers among the parameters are sent as Cypher integers instead.
 */
export function asCypherParams(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, typeof v === "number" && Number.isSafeInteger(v) ? neo4j.int(v) : v]),
  );
}
