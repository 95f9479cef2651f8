import type { ErrorRequestHandler } from "express";
import type { Logger } from "../logger.js";

/**
 * Errors raised before GraphQL runs (body too large, malformed JSON) answered in GraphQL's
 * error shape, so a client handles every failure of POST /graphql the same way.
 */
export function httpErrorHandler(logger: Logger): ErrorRequestHandler {
  return (err: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    const status = httpStatusOf(err);
    const code = status === 413 ? "PAYLOAD_TOO_LARGE" : status < 500 ? "BAD_REQUEST" : "INTERNAL_SERVER_ERROR";
    const message =
      status === 413
        ? "Request body too large."
        : status < 500
          ? "Malformed request body: send JSON."
          : "Internal server error";
    if (status >= 500) logger.error({ err, requestId: res.locals.requestId as unknown }, "request failed");
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  };
}

function httpStatusOf(err: unknown): number {
  if (typeof err === "object" && err !== null && "status" in err && typeof err.status === "number") {
    return err.status >= 400 && err.status < 600 ? err.status : 500;
  }
  return 500;
}
