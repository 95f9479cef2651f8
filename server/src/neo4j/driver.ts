import { decodeRecords } from "@rrn/common/decode-row";
import neo4j, { type Driver } from "neo4j-driver";
import { z } from "zod";
import type { Config } from "../config.js";

/**
 * One driver per process. The connection timeout and retry window are short so that, with Neo4j
 * gone, a request fails fast with 503 instead of hanging until the HTTP timeout. Waiting for a
 * pooled connection may take longer: that only happens when Neo4j is up and busy.
 */
export function createDriver(config: Config): Driver {
  return neo4j.driver(config.NEO4J_URI, neo4j.auth.basic(config.NEO4J_USER, config.NEO4J_PASSWORD), {
    connectionTimeout: config.NEO4J_CONNECT_TIMEOUT_MS,
    connectionAcquisitionTimeout: config.NEO4J_ACQUISITION_TIMEOUT_MS,
    maxTransactionRetryTime: config.NEO4J_CONNECT_TIMEOUT_MS,
    maxConnectionPoolSize: config.NEO4J_MAX_CONNECTIONS,
    disableLosslessIntegers: true,
  });
}

/**
 * The circuit breaker's own driver, with one connection: its probe must never queue behind
 * requests for a pooled connection (a busy database is not a missing one), and must give up
 * within the probe timeout rather than the requests' connect timeout.
 */
export function createProbeDriver(config: Config): Driver {
  return neo4j.driver(config.NEO4J_URI, neo4j.auth.basic(config.NEO4J_USER, config.NEO4J_PASSWORD), {
    connectionTimeout: config.NEO4J_PROBE_TIMEOUT_MS,
    connectionAcquisitionTimeout: config.NEO4J_PROBE_TIMEOUT_MS,
    maxConnectionPoolSize: 1,
    disableLosslessIntegers: true,
  });
}

/** One liveness check: resolves when the database answers a trivial read, rejects otherwise. */
export async function probeNeo4j(driver: Driver, config: Config): Promise<void> {
  const session = driver.session({ database: config.NEO4J_DATABASE, defaultAccessMode: neo4j.session.READ });
  try {
    // Auto-commit, so the driver does not retry: a failure is reported at once.
    await session.run("RETURN 1 AS ok", {}, { timeout: config.NEO4J_PROBE_TIMEOUT_MS });
  } finally {
    await session.close().catch(() => undefined);
  }
}

const versionRow = z.object({ version: z.string() });
const apocRow = z.object({ v: z.string() });

export interface Neo4jStatus {
  ok: boolean;
  version?: string;
  apoc?: string | null;
  reason?: string;
}

/**
 * Asks Neo4j for its version; used by /ready and { version }. Never throws, and answers within
 * the connect timeout: auto-commit `session.run` is not retried, unlike `executeQuery`.
 */
export async function neo4jStatus(driver: Driver, config: Config): Promise<Neo4jStatus> {
  const session = driver.session({ database: config.NEO4J_DATABASE, defaultAccessMode: neo4j.session.READ });
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error("Neo4j did not answer in time")), config.NEO4J_CONNECT_TIMEOUT_MS + 1000).unref(),
  );
  try {
    const res = await Promise.race([
      session.run(
        `CALL dbms.components() YIELD name, versions
         WHERE name = "Neo4j Kernel"
         RETURN versions[0] AS version`,
        {},
        { timeout: config.NEO4J_CONNECT_TIMEOUT_MS },
      ),
      timeout,
    ]);
    let apoc: string | null = null;
    try {
      const a = await Promise.race([session.run("RETURN apoc.version() AS v"), timeout]);
      apoc = decodeRecords(apocRow, a.records, "APOC version")[0]?.v ?? null;
    } catch {
      apoc = null;
    }
    return { ok: true, version: decodeRecords(versionRow, res.records, "Neo4j version")[0]?.version, apoc };
  } catch (err) {
    return { ok: false, reason: err instanceof Error ? err.message : String(err) };
  } finally {
    void session.close().catch(() => undefined);
  }
}
