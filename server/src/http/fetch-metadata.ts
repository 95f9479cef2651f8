import type { RequestHandler } from "express";

/**
 * Apollo's CSRF prevention wants a GET to carry a header a page on another site could only send
 * after a CORS preflight (x-apollo-operation-name, apollo-require-preflight). The explorer's own
 * fetches send one; a `<link rel="preload">` cannot send headers at all, yet it is how the HTML
 * shell asks for the first view's data before any JavaScript runs. Browsers tell the server
 * where such a request comes from in `Sec-Fetch-Site`, a header no page can set or forge: a GET
 * the browser itself marks `same-origin` cannot be a cross-site forgery, so it counts as
 * preflighted. Requests without Fetch Metadata (older browsers, plain-http hosts other than
 * localhost, non-browser clients) are judged by Apollo's header rule as before.
 */
export const sameOriginGetIsPreflighted: RequestHandler = (req, _res, next) => {
  if (req.method === "GET" && req.get("sec-fetch-site") === "same-origin" && !preflightHeader(req.headers)) {
    req.headers["apollo-require-preflight"] = "sec-fetch-site";
  }
  next();
};

const PREFLIGHT_HEADERS = ["x-apollo-operation-name", "apollo-require-preflight"];
/** Content types a cross-site form or fetch may send without a preflight (Apollo's list). */
const SIMPLE_TYPES = new Set(["application/x-www-form-urlencoded", "multipart/form-data", "text/plain"]);

function preflightHeader(headers: Record<string, string | string[] | undefined>): boolean {
  return PREFLIGHT_HEADERS.some((h) => {
    const value = headers[h];
    return value !== undefined && value.length > 0;
  });
}

/** The same test Apollo's CSRF prevention applies, for answers given before Apollo sees the request. */
export function passesCsrfPrevention(headers: Record<string, string | string[] | undefined>): boolean {
  const type = headers["content-type"];
  if (typeof type === "string" && !SIMPLE_TYPES.has(type.split(";")[0]!.trim().toLowerCase())) return true;
  return preflightHeader(headers);
}
