import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import express from "express";
import { existsSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { makeExecutableSchema } from "@graphql-tools/schema";
import type { Config } from "../config.js";
import type { Logger } from "../logger.js";
import { neo4jStatus } from "../neo4j/driver.js";
import { versionResolvers, versionTypeDefs } from "../schema/version.js";

export interface AppDeps {
  config: Config;
  driver: Driver;
  logger: Logger;
}

export interface RunningApp {
  server: http.Server;
  url: string;
  stop: () => Promise<void>;
}

/** Builds the HTTP server: /health, /ready, POST /graphql and the built client at /. */
export async function startApp({ config, driver, logger }: AppDeps): Promise<RunningApp> {
  const app = express();
  app.disable("x-powered-by");
  const httpServer = http.createServer(app);
  httpServer.requestTimeout = config.HTTP_REQUEST_TIMEOUT_MS;
  // Longer than the usual proxy/client idle timeouts, so they close idle sockets first and
  // never reuse one the server is closing (which surfaces as ECONNRESET).
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;

  const schema = makeExecutableSchema({
    typeDefs: versionTypeDefs,
    resolvers: versionResolvers(driver, config),
  });
  const apollo = new ApolloServer({
    schema,
    introspection: config.NODE_ENV !== "production",
    includeStacktraceInErrorResponses: config.NODE_ENV !== "production",
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
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

  app.use("/graphql", express.json({ limit: "100kb" }), expressMiddleware(apollo));

  const clientDist = config.CLIENT_DIST ?? path.resolve(import.meta.dirname, "../../../client/dist");
  if (existsSync(path.join(clientDist, "index.html"))) {
    app.use(express.static(clientDist, { index: false, maxAge: "1h" }));
    // Client-side routes (/node/:id, /coverage, …) all load the single-page app.
    app.get(/^\/(?!graphql|health|ready).*/, (_req, res) => {
      res.sendFile(path.join(clientDist, "index.html"));
    });
  }

  await new Promise<void>((resolve) => httpServer.listen(config.PORT, config.HOST, resolve));
  const address = httpServer.address();
  const port = typeof address === "object" && address ? address.port : config.PORT;
  const url = `http://localhost:${port}`;
  logger.info({ url }, "listening");

  return {
    server: httpServer,
    url,
    stop: async () => {
      await apollo.stop();
    },
  };
}
