import neo4j, { type Driver, type Transaction } from "neo4j-driver";
import type { Config } from "../config.js";
import { translateNeo4jError } from "./errors.js";
import { asCypherParams, type Row } from "./read.js";

/** Runs Cypher inside the current transaction; parameters only, never spliced input. */
export type RunCypher = (cypher: string, params?: Record<string, unknown>) => Promise<Row[]>;

export interface WriteScope {
  run: RunCypher;
  /** The open transaction, for @neo4j/graphql's `executionContext`, so its write shares it. */
  transaction: Transaction;
  /**
   * The graph version this transaction commits as, when it changes the public graph (set by
   * ../graph-version/versioned-writer.ts); the audit entry records its change under it.
   */
  graphVersion?: { version: string; counter: number };
}

/**
 * Curation's database access. Every curator write runs with its audit entry in one explicit
 * write transaction: either both are stored or neither is, and a refused write rolls back
 * whatever it had begun, so the database is unchanged.
 */
export interface GraphWriter {
  write<T>(work: (scope: WriteScope) => Promise<T>): Promise<T>;
  read<T>(work: (run: RunCypher) => Promise<T>): Promise<T>;
}

export function createGraphWriter(driver: Driver, config: Config): GraphWriter {
  const sessionFor = (mode: "READ" | "WRITE") =>
    driver.session({
      database: config.NEO4J_DATABASE,
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
    });
  const runner =
    (tx: { run: Transaction["run"] }): RunCypher =>
    async (cypher, params = {}) =>
      (await tx.run(cypher, asCypherParams(params))).records.map((r) => r.toObject());
  const txConfig = { timeout: config.NEO4J_QUERY_TIMEOUT_MS, metadata: { app: "rrn-explorer-api", curation: true } };

  return {
    write: async (work) => {
      const session = sessionFor("WRITE");
      let transaction: Transaction | undefined;
      try {
        transaction = session.beginTransaction(txConfig);
        const result = await work({ run: runner(transaction), transaction });
        await transaction.commit();
        return result;
      } catch (err) {
        if (transaction?.isOpen()) await transaction.rollback().catch(() => undefined);
        throw translateNeo4jError(err);
      } finally {
        await session.close().catch(() => undefined);
      }
    },
    read: async (work) => {
      const session = sessionFor("READ");
      try {
        return await session.executeRead((tx) => work(runner(tx)), txConfig);
      } catch (err) {
        throw translateNeo4jError(err);
      } finally {
        await session.close().catch(() => undefined);
      }
    },
  };
}
