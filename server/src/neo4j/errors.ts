import { GraphQLError } from "graphql";
import { Neo4jError } from "neo4j-driver";

/** Driver error codes that mean "the database is not there right now". */
const unavailableCodes = new Set([
  "ServiceUnavailable",
  "SessionExpired",
  "Neo.TransientError.General.DatabaseUnavailable",
]);

export function isNeo4jUnavailable(err: unknown): boolean {
  if (err instanceof Neo4jError) {
    return (
      unavailableCodes.has(err.code) ||
      /Connection acquisition timed out|Failed to connect|ECONNREFUSED|Pool is closed/i.test(err.message)
    );
  }
  return err instanceof Error && /ECONNREFUSED|ServiceUnavailable/i.test(err.message);
}

/**
 * Narrower: the connection to Neo4j itself is gone (refused, reset, closed, the database
 * stopping). Unlike `isNeo4jUnavailable` this leaves out a busy pool (acquisition timed out):
 * that is load on a database that is there, and must not stop every other request.
 */
export function isConnectionLost(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  if (/Connection acquisition timed out/i.test(err.message)) return false;
  if (err instanceof Neo4jError && unavailableCodes.has(err.code)) return true;
  return /ECONNREFUSED|ECONNRESET|EPIPE|EHOSTUNREACH|ENETUNREACH|Failed to connect|Connection was closed|socket hang up/i.test(
    err.message,
  );
}

/** The one answer while the database is unreachable: HTTP 503, code SERVICE_UNAVAILABLE. */
export function databaseUnavailable(cause?: unknown): GraphQLError {
  return new GraphQLError("The graph database is unavailable right now; please retry shortly.", {
    // Kept (never sent to clients) so the circuit breaker can tell a lost connection from a busy pool.
    originalError: cause instanceof Error ? cause : undefined,
    extensions: { code: "SERVICE_UNAVAILABLE", http: { status: 503 } },
  });
}

/** The one place driver errors become GraphQL errors with a code the client can act on. */
export function translateNeo4jError(err: unknown): GraphQLError {
  if (err instanceof GraphQLError) return err;
  if (isNeo4jUnavailable(err)) return databaseUnavailable(err);
  if (err instanceof Neo4jError && err.code === "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration") {
    return new GraphQLError("The query took too long and was stopped; narrow it and try again.", {
      extensions: { code: "QUERY_TIMEOUT", http: { status: 503 } },
    });
  }
  // A database that was started but never seeded has no full-text index yet.
  if (err instanceof Neo4jError && /no such fulltext schema index/i.test(err.message)) {
    return new GraphQLError("Search is not available yet: the graph has not been seeded.", {
      extensions: { code: "SERVICE_UNAVAILABLE", http: { status: 503 } },
    });
  }
  return new GraphQLError("Internal server error", {
    originalError: err instanceof Error ? err : undefined,
    extensions: { code: "INTERNAL_SERVER_ERROR" },
  });
}
