import { GraphQLError } from "graphql";
import { CURATOR_ROLE } from "../auth/identity.js";
import type { GraphContext } from "../context.js";

/**
 * The gate in front of every curator operation, checked before anything touches the database,
 * so a refused write has nothing to roll back. Codes follow Apollo's convention: no usable
 * token → UNAUTHENTICATED (401), a valid token without the curator role → FORBIDDEN (403).
 */
export function requireCurator(context: GraphContext): { name: string } {
  const { identity } = context;
  if (identity.kind === "signed-in") {
    if (identity.roles.includes(CURATOR_ROLE)) return { name: identity.name };
    throw new GraphQLError(`${identity.name} is signed in but is not a curator.`, {
      extensions: { code: "FORBIDDEN", http: { status: 403 } },
    });
  }
  const why = identity.kind === "refused" ? `Your token was refused: ${identity.reason}.` : "Sign in as a curator.";
  throw new GraphQLError(`This operation needs a curator token. ${why}`, {
    extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
  });
}

export function curationDisabled(): GraphQLError {
  return new GraphQLError("Curation is not configured on this server, so it accepts no suggestions or edits.", {
    extensions: { code: "FORBIDDEN", http: { status: 403 } },
  });
}
