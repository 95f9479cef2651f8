import type { JWTPayload } from "jose";
import { CURATOR_ROLE } from "@rrn/common/curator-token";

/** The role a token needs to write to the graph and moderate suggestions (shared with token minting). */
export { CURATOR_ROLE };

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
