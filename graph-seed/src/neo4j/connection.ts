import neo4j, { type Driver } from "neo4j-driver";
import { z } from "zod";
import { boltUri, readInstanceSettings } from "../../../scripts/src/neo4j/instance.js";

export interface ConnectionSettings {
  uri: string;
  user: string;
  password: string;
  /** Undefined: the server's default database. */
  database: string | undefined;
}

const connectionEnv = z.object({
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\//, "NEO4J_URI looks like bolt://host:7687 or neo4j+s://host")
    .optional(),
  NEO4J_USER: z.string().min(1).default("neo4j"),
  NEO4J_PASSWORD: z.string().default(""),
  NEO4J_DATABASE: z.string().min(1).optional(),
});

/**
 * NEO4J_URI (with NEO4J_USER/NEO4J_PASSWORD/NEO4J_DATABASE) when set; otherwise the local
 * instance that `npm run db:start` manages, chosen by NEO4J_INSTANCE/NEO4J_BOLT_PORT.
 */
export function readConnectionSettings(env: NodeJS.ProcessEnv = process.env): ConnectionSettings {
  const parsed = connectionEnv.safeParse(env);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Neo4jUnavailableError(`Invalid environment: ${first?.path.join(".")}: ${first?.message}`);
  }
  const e = parsed.data;
  return {
    uri: e.NEO4J_URI ?? boltUri(readInstanceSettings(env)),
    user: e.NEO4J_USER,
    password: e.NEO4J_PASSWORD,
    database: e.NEO4J_DATABASE,
  };
}

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

/** Opens a driver from the environment, runs `work`, and always closes the driver. */
export async function withDriver<T>(
  work: (driver: Driver, settings: ConnectionSettings) => Promise<T>,
  env: NodeJS.ProcessEnv = process.env,
): Promise<T> {
  const settings = readConnectionSettings(env);
  const driver = await openDriver(settings);
  try {
    return await work(driver, settings);
  } finally {
    await driver.close();
  }
}
