import { z } from "zod";

/**
 * The one reader of the NEO4J_* environment, shared by the server, the seed tools, the scripts
 * that run the local Neo4j, the tests and the benchmarks, so that every one of them means the
 * same database by the same settings.
 *
 * - NEO4J_URI (with NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) names any Neo4j.
 * - Without NEO4J_URI, the local instance that `npm run db:start` manages is meant, chosen by
 *   NEO4J_INSTANCE (default "dev", on Bolt 7687; "test" is on 7688) and NEO4J_BOLT_PORT, and
 *   sized by NEO4J_HEAP and NEO4J_PAGECACHE.
 */

const size = (name: string) => z.string().regex(/^\d+[mg]$/, `${name} looks like 1g or 512m`);

const instanceEnv = z.object({
  NEO4J_INSTANCE: z
    .string()
    .regex(/^[a-z0-9-]+$/, "NEO4J_INSTANCE must be lower-case letters, digits and dashes")
    .default("dev"),
  NEO4J_BOLT_PORT: z.coerce.number().int().min(1024).max(65535).optional(),
  NEO4J_HEAP: size("NEO4J_HEAP").optional(),
  NEO4J_PAGECACHE: size("NEO4J_PAGECACHE").optional(),
});

/** The connection variables, as a zod shape other environment schemas (the server's) extend. */
export const neo4jConnectionEnv = {
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\//, "NEO4J_URI looks like bolt://host:7687, neo4j://host or neo4j+s://host")
    .optional(),
  NEO4J_USER: z.string().min(1).default("neo4j"),
  NEO4J_PASSWORD: z.string().default(""),
  NEO4J_DATABASE: z.string().min(1).optional(),
};

export interface InstanceSettings {
  name: string;
  boltPort: number;
  heap: string;
  pageCache: string;
}

export interface ConnectionSettings {
  uri: string;
  user: string;
  password: string;
  /** Undefined: the server's default database. */
  database: string | undefined;
}

/** A variable with a value that cannot work; the message names it and says what to write. */
export class Neo4jEnvError extends Error {
  override name = "Neo4jEnvError";
}

const defaultPorts: Record<string, number> = { dev: 7687, test: 7688 };

function parse<T>(schema: z.ZodType<T>, env: NodeJS.ProcessEnv): T {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Neo4jEnvError(`Invalid environment: ${lines.join("; ")}`);
  }
  return parsed.data;
}

/** Which local Neo4j instance is meant, and how big it is. */
export function readInstanceSettings(env: NodeJS.ProcessEnv = process.env): InstanceSettings {
  const e = parse(instanceEnv, env);
  const isDev = e.NEO4J_INSTANCE === "dev";
  return {
    name: e.NEO4J_INSTANCE,
    boltPort: e.NEO4J_BOLT_PORT ?? defaultPorts[e.NEO4J_INSTANCE] ?? 7690,
    // Sized for a 2-core, 24 GiB machine: the dev server gets room to grow, test and bench
    // instances stay small so several can run side by side.
    heap: e.NEO4J_HEAP ?? (isDev ? "2g" : "1g"),
    pageCache: e.NEO4J_PAGECACHE ?? (isDev ? "2g" : "512m"),
  };
}

export function boltUri(settings: Pick<InstanceSettings, "boltPort">): string {
  return `bolt://127.0.0.1:${settings.boltPort}`;
}

/** NEO4J_URI and its credentials when set; otherwise the local instance the environment names. */
export function readConnectionSettings(env: NodeJS.ProcessEnv = process.env): ConnectionSettings {
  const e = parse(z.object(neo4jConnectionEnv), env);
  return {
    uri: e.NEO4J_URI ?? boltUri(readInstanceSettings(env)),
    user: e.NEO4J_USER,
    password: e.NEO4J_PASSWORD,
    database: e.NEO4J_DATABASE,
  };
}
