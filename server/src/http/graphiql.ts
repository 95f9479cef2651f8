import { existsSync } from "node:fs";
import path from "node:path";
import express, { type Router } from "express";
import helmet from "helmet";
import { siteDirectives } from "./security.js";

/** What a GraphQL client asks for; a browser's navigation prefers text/html over all of them. */
const API_TYPES = ["application/graphql-response+json", "application/json", "multipart/mixed", "text/event-stream"];

/**
 * The IDE page runs under the site's policy with two additions, for this page only: Monaco
 * writes its colours and layout into <style> elements at run time ('unsafe-inline' styles; a
 * hash cannot cover generated text, and listing one would disable 'unsafe-inline'), and
 * GraphiQL embeds its fonts as data: URLs. Scripts, workers and connections stay same-origin.
 */
const ideContentSecurityPolicy = helmet.contentSecurityPolicy({
  useDefaults: false,
  directives: {
    ...siteDirectives([]),
    styleSrc: ["'self'", "'unsafe-inline'"],
    fontSrc: ["'self'", "data:"],
    workerSrc: ["'self'"],
  },
});

/**
 * GET /graphql from a browser (Accept: text/html) answers with the self-hosted GraphiQL built
 * by Vite (client/graphiql.html, its assets under /assets/ide/), when the IDE is on. Requests
 * from GraphQL clients, GET or POST, pass through to Apollo untouched. The page is never served
 * under its file name, so the switch cannot be sidestepped.
 */
export function graphiqlRoutes({ clientDist, enabled }: { clientDist: string; enabled: boolean }): Router {
  const page = path.join(clientDist, "graphiql.html");
  const router = express.Router();
  router.get("/graphiql.html", (_req, res) => {
    res.status(404).type("text/plain").send("Not found\n");
  });
  // A middleware, not router.get: a router with a GET route answers OPTIONS for its path itself
  // (200, Allow: GET, HEAD), which would bypass the API's CORS preflight checks.
  router.use("/graphql", (req, res, next) => {
    // Clients' types first, so `*/*` (curl, fetch) counts as a client, not a browser.
    if (req.method !== "GET" || req.accepts([...API_TYPES, "text/html"]) !== "text/html") {
      next();
      return;
    }
    if (!enabled) {
      res
        .status(404)
        .type("text/plain")
        .send("The GraphQL IDE is off on this server (GRAPHQL_IDE=on turns it on). POST queries to /graphql.\n");
      return;
    }
    if (!existsSync(page)) {
      res.status(404).type("text/plain").send("The GraphQL IDE is not built: run npm run build.\n");
      return;
    }
    ideContentSecurityPolicy(req, res, () => {
      res.setHeader("Cache-Control", "no-cache");
      res.sendFile(page);
    });
  });
  return router;
}
