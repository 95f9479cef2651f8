import { GraphQLError } from "graphql";
import { translateNeo4jError } from "../neo4j/errors.js";
import type { GraphContext } from "../context.js";

/** Codes the client is meant to see as they are; anything else is an internal error. */
const clientCodes = new Set([
  "BAD_USER_INPUT",
  "SERVICE_UNAVAILABLE",
  "QUERY_TIMEOUT",
  "FORBIDDEN",
  "UNAUTHENTICATED",
  "RATE_LIMITED",
]);

/**
 * What a resolver error becomes on the wire. Database trouble keeps its code and HTTP status
 * (503); bad input keeps its message; everything else is logged in full, with the request id,
 * and answered with a message that carries only that id, so nothing internal leaks out.
 */
export function toClientError(err: unknown, context: GraphContext, fieldName: string): GraphQLError {
  const translated = translateNeo4jError(err);
  const code = translated.extensions.code;
  if (typeof code === "string" && clientCodes.has(code)) {
    if (code !== "BAD_USER_INPUT")
      context.log.warn({ requestId: context.requestId, fieldName, code }, translated.message);
    return translated;
  }
  const original = translated.originalError ?? (err instanceof Error ? err : undefined);
  context.log.error({ requestId: context.requestId, fieldName, err: original ?? err }, "resolver failed");
  return new GraphQLError(`Internal server error (request id ${context.requestId})`, {
    extensions: {
      code: "INTERNAL_SERVER_ERROR",
      requestId: context.requestId,
      ...(context.exposeErrorDetail && original ? { detail: original.message } : {}),
    },
  });
}
