import { DEFAULT_CURATOR_JWT_AUDIENCE, DEFAULT_CURATOR_JWT_ISSUER } from "@rrn/common/curator-token";
import { boltUri, neo4jConnectionEnv, readInstanceSettings } from "@rrn/common/neo4j-env";
import { isIP } from "node:net";
import { z } from "zod";

/**
 * Operator settings: curator sign-in with OpenID Connect, whom to contact when curation is off,
 * the GraphQL IDE switch and the site's public address (canonical links, sitemap).
 */
const operatorEnv = {
  /**
   * OpenID Connect sign-in for curators: the issuer (its discovery document and JWKS are fetched
   * from it) and the explorer's client id there, which is also the audience tokens must carry.
   * https, or http on a loopback address for a provider on this machine.
   */
  CURATOR_OIDC_ISSUER: z
    .url({ protocol: /^https?$/, error: "CURATOR_OIDC_ISSUER must be an http(s) URL" })
    .refine(secureOrLoopback, "CURATOR_OIDC_ISSUER must use https (plain http only for localhost/127.0.0.1)")
    .optional(),
  CURATOR_OIDC_CLIENT_ID: z.string().min(1).optional(),
  /** Where the token lists its roles: a claim name or a dotted path (realm_access.roles). */
  CURATOR_OIDC_ROLE_CLAIM: z
    .string()
    .regex(/^[\w:/-]+(\.[\w:/-]+)*$/, "CURATOR_OIDC_ROLE_CLAIM must be a claim name or a dotted path")
    .default("roles"),
  /** Scopes the Curate page asks for; offline_access lets it renew the session silently. */
  CURATOR_OIDC_SCOPE: z.string().min(1).default("openid profile offline_access"),
  /** Whom to ask instead when curation is off: an email address or a web page, shown on the suggestion form. */
  CURATION_CONTACT: z.string().trim().min(1).max(200).optional(),
  /** The GraphiQL IDE at GET /graphql (and introspection): on in development, off in production unless "on". */
  GRAPHQL_IDE: z.enum(["on", "off"]).optional(),
  /**
   * The site's public address (https://explorer.example or https://example.org/explorer), for
   * canonical links, Open Graph URLs and the sitemap. Without it they follow the request's host.
   */
  PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: "PUBLIC_URL must be an http(s) URL" })
    .refine((url) => !/[?#]/.test(url), "PUBLIC_URL must have no query or fragment")
    .transform((url) => url.replace(/\/+$/, ""))
    .optional(),
};

/** https anywhere; http only on this machine, where there is nothing to intercept. */
function secureOrLoopback(text: string): boolean {
  const url = new URL(text);
  return url.protocol === "https:" || ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
}

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
  /**
   * The circuit breaker's liveness check: how often it asks Neo4j (on a connection of its own)
   * and how long an answer may take before the database counts as gone. While it is gone every
   * request is answered 503 at once; the first probe that succeeds lets requests through again.
   */
  NEO4J_PROBE_INTERVAL_MS: z.coerce.number().int().min(100).max(60_000).default(1000),
  NEO4J_PROBE_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(2000),
  HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1000).default(15000),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  CLIENT_DIST: z.string().optional(),
  /**
   * Curator sign-in (see server/src/auth/). An HS256 secret, a JWKS URL or an OpenID Connect
   * issuer (CURATOR_OIDC_*, below); with none, curation is off and every write, suggestions
   * included, is refused.
   */
  CURATOR_JWT_SECRET: z
    .string()
    .min(32, "CURATOR_JWT_SECRET must be at least 32 characters (HS256 needs a 256-bit secret)")
    .optional(),
  CURATOR_JWKS_URL: z.url({ protocol: /^https?$/, error: "CURATOR_JWKS_URL must be an http(s) URL" }).optional(),
  CURATOR_JWT_ISSUER: z.string().min(1).default(DEFAULT_CURATOR_JWT_ISSUER),
  CURATOR_JWT_AUDIENCE: z.string().min(1).default(DEFAULT_CURATOR_JWT_AUDIENCE),
  /** Anonymous suggestions per client address per window. */
  SUGGESTION_RATE_LIMIT: z.coerce.number().int().min(1).default(5),
  SUGGESTION_RATE_WINDOW_S: z.coerce.number().int().min(1).default(3600),
  /**
   * Other sites allowed to call the API from a browser, comma-separated origins such as
   * "https://rrn.example,https://staging.rrn.example". Empty: same-origin only (the explorer the
   * server itself serves needs no entry).
   */
  CORS_ORIGINS: originList(),
  /**
   * Sites allowed to show the explorer's embeddable views (`?embed=1`) in a frame,
   * comma-separated origins such as "https://trust.example,https://intranet.example" (CSP
   * frame-ancestors). Empty, the default: no site may frame any page. Pages without `embed=1`
   * are never framed, whatever this says.
   */
  EMBED_ORIGINS: originList(),
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
  /** Memory for rendered pages (HTML and its compressed copies, bytes); 0 renders every page per request. */
  PAGE_CACHE_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(0)
    .default(16 * 1024 * 1024),
  /**
   * While Neo4j is unreachable, keep serving the pages and public reads cached under the last
   * graph version, marked stale (`X-Data-Stale`, and a note in the page). `off`: answer them 503
   * like every other read.
   */
  SERVE_STALE: z
    .enum(["on", "off"])
    .default("on")
    .transform((v) => v === "on"),
  /**
   * Lets a shared cache (CDN) keep a public answer this many seconds without asking again
   * (`s-maxage`); readers may then see a change that much later. 0: every reuse is revalidated.
   */
  HTTP_CACHE_S_MAXAGE: z.coerce.number().int().min(0).max(86_400).default(0),
  /** The API lays each view of up to this many nodes out itself (once per graph version); the browser lays out bigger ones. */
  LAYOUT_MAX_NODES: z.coerce.number().int().min(0).max(20_000).default(1500),
  /**
   * A server-side layout still running after this long is abandoned (that answer goes without
   * positions and is not cached); below the HTTP request timeout.
   */
  LAYOUT_TIMEOUT_MS: z.coerce.number().int().min(1).max(120_000).default(10_000),
  /**
   * Which proxies in front of the server to believe about the client's address (the
   * suggestion rate limit's key), read from X-Forwarded-For by Express's `trust proxy`. Off
   * (default): the socket's address, and the header is ignored, since anyone can send it. A
   * number: that many proxies (a load balancer: 1), so the entry that many hops from the right
   * is the client. Or the proxies' addresses, comma-separated IPs or CIDR ranges (or Express's
   * names loopback, linklocal, uniquelocal): the client is the right-most entry not among them.
   */
  TRUST_PROXY: z
    .string()
    .default("")
    .transform((value, ctx): false | number | string[] => {
      const text = value.trim();
      if (text === "" || text === "false") return false;
      if (/^\d+$/.test(text)) return Number(text) === 0 ? false : Number(text);
      if (text === "true") {
        ctx.addIssue({
          code: "custom",
          message:
            "true would believe every X-Forwarded-For entry, so any client could pick its own address; " +
            "give the number of proxies in front of the server (e.g. 1) or their addresses",
        });
        return false;
      }
      const entries = text
        .split(",")
        .map((e) => e.trim())
        .filter((e) => e.length > 0);
      for (const entry of entries) {
        if (!isProxyAddress(entry)) {
          ctx.addIssue({
            code: "custom",
            message:
              `"${entry}" is not a hop count, an IP address or a CIDR range; write e.g. 1, or ` +
              `10.0.0.0/8,192.0.2.7 (or loopback, linklocal, uniquelocal)`,
          });
        }
      }
      return entries;
    }),
  /** On SIGTERM, how long in-flight requests may take to finish before their sockets are closed. */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
  /**
   * Bearer token a Prometheus scrape of GET /metrics must send. Unset: /metrics is open outside
   * production and off (404) in production.
   */
  METRICS_TOKEN: z.string().min(16, "METRICS_TOKEN must be at least 16 characters").optional(),
  ...operatorEnv,
});

/** True for exactly an origin as browsers send it: http(s), a host, maybe a port, nothing more. */
/** A comma-separated list of origins (scheme://host[:port], nothing more), empty by default. */
function originList() {
  return z
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
    });
}

function isOrigin(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === "http:" || url.protocol === "https:") && url.origin === text;
  } catch {
    return false;
  }
}

/** An IP address, a CIDR range (address/prefix length) or one of proxy-addr's named ranges. */
function isProxyAddress(text: string): boolean {
  if (["loopback", "linklocal", "uniquelocal"].includes(text)) return true;
  const [address = "", prefix, ...rest] = text.split("/");
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/** Without NEO4J_URI, the server talks to the local instance `npm run db:start` manages. */
export type Config = Omit<z.infer<typeof envSchema>, "NEO4J_URI"> & { NEO4J_URI: string };

/** Whether curator tokens can be verified at all. */
export function curationEnabled(config: Config): boolean {
  return Boolean(config.CURATOR_JWT_SECRET ?? config.CURATOR_JWKS_URL ?? config.CURATOR_OIDC_ISSUER);
}

/** The GraphiQL IDE and introspection: on outside production, in production only when asked for. */
export function graphqlIdeEnabled(config: Config): boolean {
  return config.GRAPHQL_IDE ? config.GRAPHQL_IDE === "on" : config.NODE_ENV !== "production";
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema
    .refine((c) => [c.CURATOR_JWT_SECRET, c.CURATOR_JWKS_URL, c.CURATOR_OIDC_ISSUER].filter(Boolean).length <= 1, {
      message: "set one of CURATOR_JWT_SECRET, CURATOR_JWKS_URL or CURATOR_OIDC_ISSUER, not several",
      path: ["CURATOR_JWT_SECRET"],
    })
    .refine((c) => Boolean(c.CURATOR_OIDC_ISSUER) === Boolean(c.CURATOR_OIDC_CLIENT_ID), {
      message: "CURATOR_OIDC_ISSUER and CURATOR_OIDC_CLIENT_ID go together: set both or neither",
      path: ["CURATOR_OIDC_CLIENT_ID"],
    })
    .safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid server environment:\n${lines.join("\n")}`);
  }
  return { ...parsed.data, NEO4J_URI: parsed.data.NEO4J_URI ?? boltUri(readInstanceSettings(env)) };
}
