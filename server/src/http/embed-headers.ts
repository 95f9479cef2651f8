import type { RequestHandler } from "express";
import helmet from "helmet";
import { securityHeaders, siteDirectives } from "./security.js";

/** `?embed=1`: a view drawn bare, for another site's page (the client's Shell renders it so). */
export function isEmbedUrl(url: string): boolean {
  const q = url.indexOf("?");
  return q >= 0 && new URLSearchParams(url.slice(q + 1)).get("embed") === "1";
}

export interface PageSecurity {
  /** The security headers for each request: the embeddable policy for `?embed=1`, the site's otherwise. */
  middleware: RequestHandler;
  /** The site's headers (framing refused), for fixedHeadersOf. */
  site: RequestHandler;
  /** The embeddable views' headers: framing allowed to `embedOrigins` only. */
  embed: RequestHandler;
}

/**
 * Every page refuses to be framed (CSP `frame-ancestors 'none'` and `X-Frame-Options: DENY`),
 * except a view asked for with `?embed=1`, which the origins in EMBED_ORIGINS may frame. Its
 * policy is the site's with `frame-ancestors` listing them and no X-Frame-Options, which cannot
 * name several sites (its ALLOW-FROM is obsolete) and would override nothing a browser that
 * knows frame-ancestors reads. With no origins configured, an embed page is as unframeable as
 * any other.
 */
export function pageSecurity({
  connectSources = [],
  embedOrigins = [],
}: {
  connectSources?: readonly string[];
  embedOrigins?: readonly string[];
}): PageSecurity {
  const site = securityHeaders({ connectSources });
  const framing: RequestHandler =
    embedOrigins.length === 0
      ? site
      : helmet({
          contentSecurityPolicy: { useDefaults: false, directives: siteDirectives(connectSources, embedOrigins) },
          xFrameOptions: false,
        });
  // An embed is a view stripped for another site's frame: search engines should list the view's
  // own page (its canonical link), not this copy of it.
  const embed: RequestHandler = (req, res, next) => {
    res.setHeader("X-Robots-Tag", "noindex");
    framing(req, res, next);
  };
  const middleware: RequestHandler = (req, res, next) => (isEmbedUrl(req.originalUrl) ? embed : site)(req, res, next);
  return { middleware, site, embed };
}
