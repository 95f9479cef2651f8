import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import compression from "compression";
import express from "express";
import http from "node:http";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import type { Config } from "../config.js";
import type { Logger } from "../logger.js";
import { neo4jStatus } from "../neo4j/driver.js";
import { createTokenVerifier } from "../auth/verify-token.js";
import { createGraphReader } from "../neo4j/read.js";
import { buildSchema } from "../api/build-schema.js";
import type { GraphContext } from "../context.js";
import { httpErrorHandler } from "./errors.js";
import { createArmor, requestLimits } from "./limits.js";
import { knownOperationTypesRule } from "./operation-types.js";
import { requestId, requestIdOf } from "./request-id.js";
import { clientApp } from "./html-shell.js";
import { createReadPath, type ReadPath } from "./read-path.js";
import { requestLogPlugin } from "./request-log.js";
import { corsAllowList, securityHeaders } from "./security.js";

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
  readPath: Pick<ReadPath, "graphVersion" | "responses" | "layouts">;
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
  // Express's own error pages show stack traces unless its env is production; follow the config
  // rather than whatever NODE_ENV the process happens to have.
  app.set("env", config.NODE_ENV);
  // GraphQL validators are ours (graph version + body hash, ./cached-reads.ts): Express must not
  // add its own to mutations and private answers. Static files keep serve-static's.
  app.set("etag", false);
  app.use(securityHeaders());
  // gzip/brotli for the client's files and GraphQL answers; cached answers arrive compressed already.
  app.use(compression());
  const httpServer = http.createServer(app);
  httpServer.requestTimeout = config.HTTP_REQUEST_TIMEOUT_MS;
  // Longer than the usual proxy/client idle timeouts, so they close idle sockets first and
  // never reuse one the server is closing (which surfaces as ECONNRESET).
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;

  const production = config.NODE_ENV === "production";
  const clientDist = config.CLIENT_DIST ?? path.resolve(import.meta.dirname, "../../../client/dist");
  const readPath = createReadPath({ config, driver, logger, clientDist });
  const schema = await buildSchema({ driver, config, graphVersion: readPath.graphVersion, layouts: readPath.layouts });
  const armor = createArmor(production);
  const apollo = new ApolloServer<GraphContext>({
    schema,
    introspection: !production,
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
      ...readPath.apolloPlugins,
    ],
    formatError: (formatted) =>
      // Resolver errors are masked already (with a request id); this catches the rest.
      production && formatted.extensions?.code === "INTERNAL_SERVER_ERROR" && !formatted.extensions.requestId
        ? { message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } }
        : formatted,
  });
  await apollo.start();

  // Liveness: the process is up. Never touches Neo4j.
  app.get("/health", (_req, res) => {
    res.json({ status: "ok" });
  });

  // Readiness: Neo4j answers. 503 with the reason otherwise; the driver reconnects by itself.
  app.get("/ready", async (_req, res) => {
    const status = await neo4jStatus(driver, config);
    if (status.ok) res.json({ status: "ready", neo4j: status.version, apoc: status.apoc });
    else res.status(503).json({ status: "unavailable", reason: status.reason });
  });

  const graph = createGraphReader(driver, config);
  const tokens = createTokenVerifier(config);
  app.use(
    "/graphql",
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

  // The built client and its HTML shell (prerendered first view, data preloads).
  const client = clientApp(clientDist);
  if (client) app.use(client.router);

  await new Promise<void>((resolve) => httpServer.listen(config.PORT, config.HOST, resolve));
  const address = httpServer.address();
  const port = typeof address === "object" && address ? address.port : config.PORT;
  const url = `http://localhost:${port}`;
  logger.info({ url }, "listening");
  // After every graph change this server asks for the landing page's data itself, so the first
  // visitor finds it cached and laid out.
  readPath.start(
    client ? { origin: loopbackOrigin(config.HOST, port), urls: client.shell.landingRequests } : undefined,
  );
  const warmedUp = graph.warmUp((err, cypher) =>
    logger.warn({ err, cypher: cypher.slice(0, 80) }, "warm-up of a statement failed"),
  );

  return {
    server: httpServer,
    url,
    warmedUp,
    readPath,
    stop: async () => {
      await apollo.stop();
      await readPath.stop();
    },
  };
}
