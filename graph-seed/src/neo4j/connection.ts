import neo4j, { type Driver } from "neo4j-driver";
import type { ConnectionSettings } from "@rrn/common/neo4j-env";

export type { ConnectionSettings };

/** Neo4j cannot be reached (or refuses us); the message says what to do about it. */
export class Neo4jUnavailableError extends Error {
  override name = "Neo4jUnavailableError";
}

/**
 * A driver that has already reached the server, so a CLI fails in one clear line before doing
 * any work. Integers stay lossless (the default): backups must tell 2 from 2.0.
 */
export async function openDriver(settings: ConnectionSettings): Promise<Driver> {
  const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    connectionTimeout: 5000,
    maxTransactionRetryTime: 5000,
  });
  try {
    await driver.getServerInfo({ database: settings.database });
    return driver;
  } catch (err) {
    await driver.close();
    const code = (err as { code?: string }).code ?? "";
    if (code.includes("Security")) {
      throw new Neo4jUnavailableError(
        `Neo4j at ${settings.uri} refused the credentials — check NEO4J_USER and NEO4J_PASSWORD`,
      );
    }
    throw new Neo4jUnavailableError(
      `Neo4j is not running at ${settings.uri} — start it with \`npm run db:start\` or set NEO4J_URI`,
    );
  }
}

/**
 * Opens a driver for the settings the caller read (the CLIs read the environment with
 * `@rrn/common/neo4j-env`), runs `work`, and always closes the driver.
 */
export async function withDriver<T>(
  settings: ConnectionSettings,
  work: (driver: Driver, settings: ConnectionSettings) => Promise<T>,
): Promise<T> {
  const driver = await openDriver(settings);
  try {
    return await work(driver, settings);
  } finally {
    await driver.close();
  }
}
