import cors from "cors";
import type { RequestHandler } from "express";
import helmet from "helmet";

/**
 * Cytoscape.js adds one tiny <style> element to the page (`.__________cytoscape_container
 * { position: relative; }`). Allowing exactly that text by its hash keeps inline styles
 * otherwise forbidden; recompute it if a Cytoscape upgrade changes the rule.
 */
const cytoscapeContainerStyle = "'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='";

/**
 * The Content-Security-Policy: scripts, styles, fonts and data only from the site's own origin,
 * no framing, no plugins. `connectSources` adds origins the page may call (the OpenID
 * provider the Curate page signs in with); `frameAncestors` the sites that may frame an
 * embeddable view (./embed-headers.ts; 'none' everywhere else); nothing else is ever added.
 */
export function siteDirectives(connectSources: readonly string[], frameAncestors: readonly string[] = ["'none'"]) {
  return {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", cytoscapeContainerStyle],
    // Style attributes in the server-rendered HTML (a coverage cell's shade, a chart bar's
    // width): React sets them through the DOM once it runs, but the first HTML carries them as
    // attributes. Attributes only, never <style> elements; they cannot run code.
    styleSrcAttr: ["'unsafe-inline'"],
    // data: and blob: for the PNG/SVG exports the explorer builds in the page itself.
    imgSrc: ["'self'", "data:", "blob:"],
    fontSrc: ["'self'"],
    connectSrc: ["'self'", ...connectSources],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: frameAncestors.length > 0 ? [...frameAncestors] : ["'none'"],
    scriptSrcAttr: ["'none'"],
    // Deliberately no upgrade-insecure-requests: the server is often reached over plain
    // http (localhost, docker-compose); TLS belongs to the proxy in front of it.
  };
}

/**
 * Security headers on every answer (helmet): the policy above and helmet's other defaults
 * (nosniff, no referrer across origins, same-origin resource policy).
 */
export function securityHeaders({ connectSources = [] }: { connectSources?: readonly string[] } = {}): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: siteDirectives(connectSources) },
    // The legacy header, saying what frame-ancestors 'none' says to older browsers.
    xFrameOptions: { action: "deny" },
  });
}

/** Headers a cross-origin caller may send: JSON, Apollo's CSRF headers, request ids, and tokens. */
const allowedHeaders = [
  "content-type",
  "apollo-require-preflight",
  "x-apollo-operation-name",
  "x-request-id",
  "authorization",
];

/**
 * CORS for /graphql from the CORS_ORIGINS allow-list. An origin not on it gets no CORS headers,
 * so browsers refuse to hand the answer to its page, and its preflight is answered 403 with a
 * message (a 204 without headers would leave whoever misconfigured it guessing).
 */
export function corsAllowList(origins: readonly string[]): RequestHandler[] {
  const allowed = new Set(origins);
  const refusePreflight: RequestHandler = (req, res, next) => {
    const origin = req.get("origin");
    if (req.method === "OPTIONS" && origin !== undefined && !allowed.has(origin)) {
      res.status(403).json({
        errors: [
          { message: "This origin may not call the API (see CORS_ORIGINS).", extensions: { code: "FORBIDDEN" } },
        ],
      });
      return;
    }
    next();
  };
  const headers = cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    methods: ["GET", "POST"],
    allowedHeaders,
    exposedHeaders: ["x-request-id"],
    maxAge: 600,
  });
  return [refusePreflight, headers];
}

/**
 * The headers a middleware that only sets fixed headers (securityHeaders) writes, found by running
 * it once against a stand-in response: for answers sent without Express (the page cache's fast path).
 */
export function fixedHeadersOf(middleware: RequestHandler): Record<string, string> {
  const headers: Record<string, string> = {};
  const res = {
    setHeader: (name: string, value: string | number | readonly string[]) => {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : String(value);
      return res;
    },
    getHeader: (name: string) => headers[name.toLowerCase()],
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  };
  let called = false;
  void middleware({ headers: {}, method: "GET", url: "/" } as never, res as never, () => {
    called = true;
  });
  if (!called) throw new Error("the header middleware did not finish synchronously");
  return headers;
}
