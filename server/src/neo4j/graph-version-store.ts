import { decodeRecords, decodeRow } from "@rrn/common/decode-row";
import { BUMP_GRAPH_VERSION_CYPHER, INITIAL_GRAPH_VERSION, READ_GRAPH_VERSION_CYPHER } from "@rrn/model";
import neo4j, { type Driver } from "neo4j-driver";
import { z } from "zod";
import type { Config } from "../config.js";
import { translateNeo4jError } from "./errors.js";
import type { RunCypher } from "./write.js";

const versionRow = z.object({ version: z.string().nullable() });

/**
 * The graph version now (see @rrn/model's graph-version). One auto-commit read of a
 * single node by its unique id, so it costs about one round trip; not retried (a poll that fails
 * is simply tried again at the next tick). Throws a GraphQL error with a code when Neo4j fails.
 */
export async function readGraphVersion(driver: Driver, config: Config): Promise<string> {
  const session = driver.session({ database: config.NEO4J_DATABASE, defaultAccessMode: neo4j.session.READ });
  try {
    const res = await session.run(READ_GRAPH_VERSION_CYPHER, {}, { timeout: config.NEO4J_CONNECT_TIMEOUT_MS });
    return decodeRecords(versionRow, res.records, "graph version")[0]?.version ?? INITIAL_GRAPH_VERSION;
  } catch (err) {
    throw translateNeo4jError(err);
  } finally {
    await session.close().catch(() => undefined);
  }
}

const bumpedRow = z.object({ version: z.string(), counter: z.number().int() });

/** Bumps the graph version inside the caller's write transaction and returns the new one with its counter. */
export async function bumpGraphVersion(run: RunCypher): Promise<{ version: string; counter: number }> {
  const [row] = await run(BUMP_GRAPH_VERSION_CYPHER, { floor: 0 });
  return decodeRow(bumpedRow, row, "graph version");
}
