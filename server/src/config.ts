import { boltUri, neo4jConnectionEnv, readInstanceSettings } from "@rrn/common/neo4j-env";
import { z } from "zod";

/**
 * The server's whole configuration, read once from the environment and validated, so a typo
 * fails at start-up with a message that names the variable instead of at the first request.
 */
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default("0.0.0.0"),
  // NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE: read as every other tool reads them.
  ...neo4jConnectionEnv,
  /** Per-query budget inside Neo4j; kept below the HTTP timeout so the database gives up first. */
  NEO4J_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).default(8000),
  /**
   * How long to wait for a new connection to Neo4j before answering 503; the driver retries a
   * failed transaction for as long again, so with Neo4j gone a request fails within twice this.
   */
  NEO4J_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).default(3000),
  /** Connections to Neo4j; queries beyond this many at once wait for one to come free. */
  NEO4J_MAX_CONNECTIONS: z.coerce.number().int().min(1).max(1000).default(50),
  /**
   * How long a request may wait for a free connection when all are busy (heavy load) before
   * answering 503. Separate from the connect timeout: a busy pool is not a missing database, and
   * load should queue briefly rather than fail. Keep it below HTTP_REQUEST_TIMEOUT_MS.
   */
  NEO4J_ACQUISITION_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1000).default(15000),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  CLIENT_DIST: z.string().optional(),
  /**
   * Curator sign-in (see server/src/auth/). Either an HS256 secret or a JWKS URL; with neither,
   * curation is off and every write, suggestions included, is refused.
   */
  CURATOR_JWT_SECRET: z
    .string()
    .min(32, "CURATOR_JWT_SECRET must be at least 32 characters (HS256 needs a 256-bit secret)")
    .optional(),
  CURATOR_JWKS_URL: z.url({ protocol: /^https?$/, error: "CURATOR_JWKS_URL must be an http(s) URL" }).optional(),
  CURATOR_JWT_ISSUER: z.string().min(1).default("rrn-explorer"),
  CURATOR_JWT_AUDIENCE: z.string().min(1).default("rrn-explorer-api"),
  /** Anonymous suggestions per client address per window. */
  SUGGESTION_RATE_LIMIT: z.coerce.number().int().min(1).default(5),
  SUGGESTION_RATE_WINDOW_S: z.coerce.number().int().min(1).default(3600),
  /**
   * Other sites allowed to call the API from a browser, comma-separated origins such as
   * "https://rrn.example,https://staging.rrn.example". Empty: same-origin only (the explorer the
   * server itself serves needs no entry).
   */
  CORS_ORIGINS: z
    .string()
    .default("")
    .transform((value, ctx) => {
      const origins = value
        .split(",")
        .map((o) => o.trim())
        .filter((o) => o.length > 0);
      for (const origin of origins) {
        if (!isOrigin(origin)) {
          ctx.addIssue({
            code: "custom",
            message: `"${origin}" is not an origin; write scheme://host[:port] with no path, e.g. https://rrn.example`,
          });
        }
      }
      return origins;
    }),
  /**
   * How often each API instance reads the graph version from Neo4j: a write through another
   * instance reaches this one's cache within about this long. An instance that cannot confirm
   * the version for three intervals stops answering from its cache.
   */
  GRAPH_VERSION_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
  /** Memory for cached public answers, bodies and their compressed copies (bytes); 0 turns the cache off. */
  RESPONSE_CACHE_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(0)
    .default(64 * 1024 * 1024),
  /**
   * Lets a shared cache (CDN) keep a public answer this many seconds without asking again
   * (`s-maxage`); readers may then see a change that much later. 0: every reuse is revalidated.
   */
  HTTP_CACHE_S_MAXAGE: z.coerce.number().int().min(0).max(86_400).default(0),
  /** The API lays each view of up to this many nodes out itself (once per graph version); the browser lays out bigger ones. */
  LAYOUT_MAX_NODES: z.coerce.number().int().min(0).max(20_000).default(1500),
  /** On SIGTERM, how long in-flight requests may take to finish before their sockets are closed. */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
});

/** True for exactly an origin as browsers send it: http(s), a host, maybe a port, nothing more. */
function isOrigin(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === "http:" || url.protocol === "https:") && url.origin === text;
  } catch {
    return false;
  }
}

/** Without NEO4J_URI, the server talks to the local instance `npm run db:start` manages. */
export type Config = Omit<z.infer<typeof envSchema>, "NEO4J_URI"> & { NEO4J_URI: string };

/** Whether curator tokens can be verified at all. */
export function curationEnabled(config: Config): boolean {
  return Boolean(config.CURATOR_JWT_SECRET ?? config.CURATOR_JWKS_URL);
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema
    .refine((c) => !(c.CURATOR_JWT_SECRET && c.CURATOR_JWKS_URL), {
      message: "set CURATOR_JWT_SECRET or CURATOR_JWKS_URL, not both",
      path: ["CURATOR_JWT_SECRET"],
    })
    .safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid server environment:\n${lines.join("\n")}`);
  }
  return { ...parsed.data, NEO4J_URI: parsed.data.NEO4J_URI ?? boltUri(readInstanceSettings(env)) };
}
