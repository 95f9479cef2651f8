import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import express from "express";
import http from "node:http";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { loadGuides as loadGuideRoutes } from "@rrn/graph-seed/guides";
import { graphqlIdeEnabled, type Config } from "../config.js";
import type { Logger } from "../logger.js";
import { createCircuitBreaker } from "../neo4j/circuit-breaker.js";
import { createProbeDriver, neo4jStatus, probeNeo4j } from "../neo4j/driver.js";
import { createTokenVerifier } from "../auth/verify-token.js";
import { createGraphReader } from "../neo4j/read.js";
import { buildSchema } from "../api/build-schema.js";
import type { GraphContext } from "../context.js";
import { httpErrorHandler } from "./errors.js";
import { graphiqlRoutes } from "./graphiql.js";
import { createArmor, requestLimits } from "./limits.js";
import { createMetrics } from "./metrics.js";
import { knownOperationTypesRule } from "./operation-types.js";
import { requestId, requestIdOf } from "./request-id.js";
import { clientApp } from "./html-shell.js";
import { viewRenderer } from "./view-renderer.js";
import type { PageCache } from "./page-cache.js";
import { createReadPath, type ReadPath } from "./read-path.js";
import { createVersionMemo } from "../read-cache/version-memo.js";
import { requestLogPlugin } from "./request-log.js";
import { isEmbedUrl, pageSecurity } from "./embed-headers.js";
import { corsAllowList, fixedHeadersOf } from "./security.js";
import { pageHead, seoRoutes, siteBase } from "./seo.js";
import { nodePageMetadata } from "../queries/page-metadata.js";
import { feedRoutes } from "./feed-routes.js";
import { graphFileRoutes } from "../graph-files/routes.js";

/** How graphql-js's message begins when a request's variables had too many errors to list. */
const TOO_MANY_VARIABLE_ERRORS = "Too many errors processing variables";

export interface AppDeps {
  config: Config;
  driver: Driver;
  logger: Logger;
}

export interface RunningApp {
  server: http.Server;
  url: string;
  /** Settles once every graph statement has been planned (see GraphReader.warmUp). */
  warmedUp: Promise<void>;
  /** The graph version, response cache and layouts, for tests and benchmarks to inspect. */
  readPath: Pick<ReadPath, "graphVersion" | "freshness" | "responses" | "layouts">;
  /** The page cache, when a client build is served. */
  pages: PageCache | undefined;
  stop: () => Promise<void>;
}

/** Where this process can reach its own listener. */
function loopbackOrigin(host: string, port: number): string {
  const any = host === "0.0.0.0" || host === "::" || host === "";
  const name = any ? "127.0.0.1" : host.includes(":") ? `[${host}]` : host;
  return `http://${name}:${port}`;
}

/** Builds the HTTP server: /health, /ready, POST /graphql and the built client at /. */
export async function startApp({ config, driver, logger }: AppDeps): Promise<RunningApp> {
  const app = express();
  app.disable("x-powered-by");
  // Which X-Forwarded-For entry is the client (req.ip, the rate limit's key): none unless
  // TRUST_PROXY names the proxies in front of us; Express (proxy-addr) does the parsing.
  app.set("trust proxy", config.TRUST_PROXY);
  // Express's own error pages show stack traces unless its env is production; follow the config
  // rather than whatever NODE_ENV the process happens to have.
  app.set("env", config.NODE_ENV);
  // GraphQL validators are ours (graph version + body hash, ./cached-reads.ts): Express must not
  // add its own to mutations and private answers. Static files keep serve-static's.
  app.set("etag", false);
  // The Curate page talks to the OpenID provider (discovery, token endpoint) when one is set.
  const oidcOrigin = config.CURATOR_OIDC_ISSUER ? new URL(config.CURATOR_OIDC_ISSUER).origin : undefined;
  // Embeddable views (?embed=1) may be framed by EMBED_ORIGINS; every other page by nobody.
  const security = pageSecurity({
    connectSources: oidcOrigin ? [oidcOrigin] : [],
    embedOrigins: config.EMBED_ORIGINS,
  });
  app.use(security.middleware);
  // Warm pages are answered before Express when the page cache holds them (./page-cache.ts).
  let fastPages: PageCache["serveFast"] = () => false;
  const httpServer = http.createServer((req, res) => {
    if (!fastPages(req, res)) app(req, res);
  });
  httpServer.requestTimeout = config.HTTP_REQUEST_TIMEOUT_MS;
  // Longer than the usual proxy/client idle timeouts, so they close idle sockets first and
  // never reuse one the server is closing (which surfaces as ECONNRESET).
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;

  const production = config.NODE_ENV === "production";
  // The self-hosted GraphiQL and introspection share one switch (GRAPHQL_IDE).
  const ide = graphqlIdeEnabled(config);
  const graph = createGraphReader(driver, config);
  const warmUp = () =>
    graph.warmUp((err, cypher) => logger.warn({ err, cypher: cypher.slice(0, 80) }, "warm-up of a statement failed"));
  const probeDriver = createProbeDriver(config);
  const breaker = createCircuitBreaker({
    probe: () => probeNeo4j(probeDriver, config),
    intervalMs: config.NEO4J_PROBE_INTERVAL_MS,
    timeoutMs: config.NEO4J_PROBE_TIMEOUT_MS,
    onChange: (change) => {
      if (change.open) {
        logger.error(
          { reason: change.reason },
          "neo4j unreachable: cached pages and reads served stale, others answered 503 until a probe succeeds",
        );
        // Nothing is fresh until the version has been read again.
        readPath.graphVersion.distrust();
        return;
      }
      logger.warn({ downMs: change.downMs }, "neo4j reachable again");
      // Read the version now rather than at the next poll: if it changed while the database was
      // away, the old caches go at once; until it is read, nothing cached is served.
      readPath.graphVersion.refresh().catch((err: unknown) => logger.debug({ err }, "graph version read failed"));
      // A restarted Neo4j has no query plans: make them now rather than on visitors' time.
      void warmUp();
    },
  });
  const clientDist = config.CLIENT_DIST ?? path.resolve(import.meta.dirname, "../../../client/dist");
  const readPath = createReadPath({ config, driver, logger, clientDist, databaseDown: () => breaker.isOpen });
  const perVersion = createVersionMemo(() => readPath.graphVersion.current());
  const metrics = createMetrics({
    config,
    driver,
    breaker,
    graphVersion: readPath.graphVersion,
    responses: readPath.responses,
    knownOperationNames: readPath.knownOperationNames,
  });
  // Read once: the schema answers guided routes from them, and the page head names them.
  const routes = loadGuideRoutes();
  const schema = await buildSchema({
    driver,
    config,
    breaker,
    routes,
    graphVersion: readPath.graphVersion,
    layouts: readPath.layouts,
  });
  const armor = createArmor(production);
  const apollo = new ApolloServer<GraphContext>({
    schema,
    introspection: ide,
    includeStacktraceInErrorResponses: !production,
    // No "Did you mean …?" in validation errors: they would map the schema for a stranger.
    hideSchemaDetailsFromClientErrors: production,
    allowBatchedHttpRequests: false,
    // index.ts owns SIGTERM/SIGINT (drain, close the driver, exit); Apollo's own handlers would
    // stop the server a second time and re-raise the signal, killing the process mid-shutdown.
    stopOnTerminationSignals: false,
    validationRules: [...armor.validationRules, knownOperationTypesRule],
    // A document longer than this many tokens fails to parse (GRAPHQL_PARSE_FAILED, 400).
    parseOptions: { maxTokens: requestLimits.maxTokens },
    plugins: [
      // On stop: refuse new connections, let in-flight requests finish for the grace period,
      // then close what is left.
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.SHUTDOWN_GRACE_MS }),
      // graphql-armor's types come from Apollo's CommonJS build, ours from its ESM build: the
      // same interface declared twice, which TypeScript cannot unify by itself.
      ...(armor.plugins as unknown as ApolloServerPlugin<GraphContext>[]),
      requestLogPlugin,
      // Apollo's own landing page loads its code from a CDN; browsers get GraphiQL instead (./graphiql.ts).
      ApolloServerPluginLandingPageDisabled(),
      ...readPath.apolloPlugins,
    ],
    formatError: (formatted) => {
      // graphql-js stops coercing variables after 50 errors and says so in an error without a
      // code, which would count as internal; it is the client's input, like the 50 before it.
      if (formatted.message.startsWith(TOO_MANY_VARIABLE_ERRORS)) {
        return { message: formatted.message, extensions: { code: "BAD_USER_INPUT" } };
      }
      // Resolver errors are masked already (with a request id); this catches the rest.
      return production && formatted.extensions?.code === "INTERNAL_SERVER_ERROR" && !formatted.extensions.requestId
        ? { message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } }
        : formatted;
    },
  });
  await apollo.start();
  // Only now: building the schema keeps the event loop busy for seconds, which would make the
  // first probes look unanswered.
  breaker.start();

  // Liveness: the process is up. Never touches Neo4j.
  app.get("/health", (_req, res) => {
    res.json({ status: "ok" });
  });

  // Readiness: Neo4j answers. 503 with the reason otherwise, at once while the circuit breaker
  // knows it is gone; the driver reconnects by itself.
  app.get("/ready", async (_req, res) => {
    if (breaker.isOpen) {
      res.status(503).json({ status: "unavailable", reason: breaker.reason });
      return;
    }
    const status = await neo4jStatus(driver, config);
    if (status.ok) res.json({ status: "ready", neo4j: status.version, apoc: status.apoc });
    else res.status(503).json({ status: "unavailable", reason: status.reason });
  });

  app.use(metrics.router);
  app.use(graphiqlRoutes({ clientDist, enabled: ide }));
  app.use(seoRoutes({ config, graph, logger, routes }));
  const tokens = createTokenVerifier(config, (err) =>
    logger.warn({ err, issuer: config.CURATOR_OIDC_ISSUER }, "OpenID provider discovery failed"),
  );
  app.use(
    "/graphql",
    metrics.countRequests,
    requestId,
    ...corsAllowList(config.CORS_ORIGINS),
    express.json({ limit: requestLimits.bodyBytes }),
    ...readPath.graphqlMiddleware,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const id = requestIdOf(res.locals);
        // Curator tokens (../auth): only a verified token becomes `jwt`, which @neo4j/graphql trusts.
        const identity = await tokens.identify(req.get("authorization"));
        return {
          identity,
          jwt: identity.kind === "signed-in" ? identity.jwt : undefined,
          clientAddress: req.ip ?? req.socket.remoteAddress ?? "unknown",
          graph,
          perVersion,
          requestId: id,
          log: logger.child({ requestId: id }),
          exposeErrorDetail: !production,
          // Read by @neo4j/graphql for the entity layer's queries.
          transaction: { timeout: config.NEO4J_QUERY_TIMEOUT_MS },
          sessionConfig: config.NEO4J_DATABASE ? { database: config.NEO4J_DATABASE } : undefined,
        };
      },
    }),
  );
  app.use("/graphql", httpErrorHandler(logger));

  // The built client and its HTML shell (prerendered first view, data preloads), with each page's
  // own title, description, canonical URL and Open Graph tags in its head (./seo.ts).
  // Each page is made once per graph version and kept compressed (./page-cache.ts); the node
  // lookup fails fast through the circuit breaker while Neo4j is away.
  const lookup = (id: string) => breaker.guardRead(() => nodePageMetadata(graph, id));
  // Before the client's catch-all route: the Atom feeds of "What's new" (./feed-routes.ts).
  app.use(feedRoutes({ config, graph, graphVersion: readPath.graphVersion, logger, lookup }));
  // Each view rendered with its data by the client's own components, which ask this server's
  // /graphql (known once it listens) — so its response cache answers them (./view-renderer.ts).
  const self: { origin?: string } = {};
  const siteHeaders = fixedHeadersOf(security.site);
  const embedHeaders = fixedHeadersOf(security.embed);
  const bodies = await viewRenderer(clientDist, () => self.origin, logger);
  // The graph by URL for other tools, from the views' own rendering (../graph-files/routes.ts).
  app.use(
    graphFileRoutes({
      clientDist,
      origin: () => self.origin,
      freshness: readPath.freshness,
      nodeExists: async (id) => (await lookup(id)) !== null,
      logger,
    }),
  );
  const client = clientApp(clientDist, {
    freshness: readPath.freshness,
    maxBytes: config.PAGE_CACHE_MAX_BYTES,
    baseOf: (req) => siteBase(config, req),
    fastPath: {
      // Per URL: an embeddable view (?embed=1) carries its own frame-ancestors.
      fixedHeaders: (url) => (isEmbedUrl(url) ? embedHeaders : siteHeaders),
      // As siteBase: Express's req.protocol without a trusted proxy is the socket's own.
      rawBaseOf: (req) =>
        config.PUBLIC_URL ??
        (config.TRUST_PROXY === false
          ? `${"encrypted" in req.socket && req.socket.encrypted ? "https" : "http"}://${req.headers.host ?? "localhost"}`
          : undefined),
    },
    head: (page) => pageHead(page.path, page.base, lookup, routes),
    ...(bodies ? { bodies } : {}),
  });
  if (client) {
    app.use(client.router);
    const pages = client.pages;
    fastPages = (req, res) => pages.serveFast(req, res);
    // Old versions' pages can never be asked for again.
    readPath.graphVersion.onChange(() => client.pages.clear());
  }

  await new Promise<void>((resolve) => httpServer.listen(config.PORT, config.HOST, resolve));
  const address = httpServer.address();
  const port = typeof address === "object" && address ? address.port : config.PORT;
  const url = `http://localhost:${port}`;
  self.origin = loopbackOrigin(config.HOST, port);
  logger.info({ url }, "listening");
  // After every graph change this server asks for the landing page's data itself, so the first
  // visitor finds it cached and laid out.
  readPath.start(
    client ? { origin: loopbackOrigin(config.HOST, port), urls: client.shell.landingRequests } : undefined,
  );
  const warmedUp = warmUp();

  return {
    server: httpServer,
    url,
    warmedUp,
    readPath,
    pages: client?.pages,
    stop: async () => {
      await apollo.stop();
      await readPath.stop();
      await breaker.stop();
      await probeDriver.close();
    },
  };
}
