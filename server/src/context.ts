import type { Neo4jGraphQLContext } from "@neo4j/graphql";
import type { Identity } from "./auth/identity.js";
import type { Logger } from "./logger.js";
import type { GraphReader } from "./neo4j/read.js";
import type { VersionMemo } from "./read-cache/version-memo.js";

/**
 * What every resolver receives. @neo4j/graphql reads its own keys (transaction, sessionConfig)
 * from the same object; the graph-shaped resolvers use `graph`.
 */
export interface GraphContext extends Neo4jGraphQLContext {
  graph: GraphReader;
  /** Fixed-size answers (coverage, insights) computed once per graph version (../read-cache/version-memo.ts). */
  perVersion: VersionMemo;
  requestId: string;
  log: Logger;
  /** In production internal error details stay in the log; elsewhere they help debugging. */
  exposeErrorDetail: boolean;
  /** Who is calling, from the bearer token (../auth). `jwt` is set only for a verified token. */
  identity: Identity;
  /** The client's address, the key of the suggestion rate limit. */
  clientAddress: string;
  /**
   * Set by a resolver whose part of the answer fell short for a passing reason (a server-side
   * layout that failed): the answer is sent, but not kept in the response cache, so the next
   * request tries again rather than getting the shortfall for the rest of the graph version.
   */
  transient?: boolean;
}
