import type { JWTPayload } from "jose";

/** The role a token needs to write to the graph and moderate suggestions. */
export const CURATOR_ROLE = "curator";

/** Who is calling, as far as the bearer token says. */
export type Identity =
  | { kind: "anonymous" }
  /** A token was sent but refused; the reason is told to writes, never to reads. */
  | { kind: "refused"; reason: string }
  | { kind: "signed-in"; name: string; roles: string[]; jwt: JWTPayload };

export const anonymous: Identity = { kind: "anonymous" };

export function isCurator(identity: Identity): boolean {
  return identity.kind === "signed-in" && identity.roles.includes(CURATOR_ROLE);
}
