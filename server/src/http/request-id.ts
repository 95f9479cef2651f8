import { randomUUID } from "node:crypto";
import type { RequestHandler } from "express";

const acceptable = /^[A-Za-z0-9._-]{1,100}$/;

/**
 * Gives every request an id, reusing a proxy's X-Request-Id when it looks sane, and echoes it
 * back so a user's error report can be matched to the log line.
 */
export const requestId: RequestHandler = (req, res, next) => {
  const incoming = req.get("x-request-id");
  const id = incoming && acceptable.test(incoming) ? incoming : randomUUID();
  res.locals.requestId = id;
  res.setHeader("x-request-id", id);
  next();
};

export function requestIdOf(locals: Record<string, unknown>): string {
  return typeof locals.requestId === "string" ? locals.requestId : randomUUID();
}
