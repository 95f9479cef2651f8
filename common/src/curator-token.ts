import { SignJWT } from "jose";

/**
 * Locally minted curator tokens, shared by the server (which verifies them, and whose
 * `npm run curator:token` prints one) and `npm start` (whose sign-in link carries one), so the
 * start script never imports the server it starts.
 */

/** The role a token needs to write to the graph and moderate suggestions. */
export const CURATOR_ROLE = "curator";

/** The issuer and audience secret-signed tokens carry unless CURATOR_JWT_ISSUER/AUDIENCE say otherwise. */
export const DEFAULT_CURATOR_JWT_ISSUER = "rrn-explorer";
export const DEFAULT_CURATOR_JWT_AUDIENCE = "rrn-explorer-api";

/** HS256 needs a 256-bit secret; the server refuses a shorter one, so minting does too. */
export const MIN_CURATOR_SECRET_LENGTH = 32;

/**
 * A curator token signed with the server's own HS256 secret (CURATOR_JWT_SECRET), with the
 * issuer and audience the server checks. `env` is the environment the server runs with.
 */
export async function mintCuratorToken(
  env: NodeJS.ProcessEnv,
  { name, expires = "8h", roles = [CURATOR_ROLE] }: { name: string; expires?: string; roles?: string[] },
): Promise<string> {
  const secret = env.CURATOR_JWT_SECRET;
  if (!secret) {
    throw new Error(
      "CURATOR_JWT_SECRET is not set: set it (at least 32 characters, the same value the server runs with) to mint tokens locally.",
    );
  }
  if (secret.length < MIN_CURATOR_SECRET_LENGTH) {
    throw new Error("CURATOR_JWT_SECRET must be at least 32 characters (HS256 needs a 256-bit secret)");
  }
  return new SignJWT({ name, roles })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(name)
    .setIssuer(env.CURATOR_JWT_ISSUER || DEFAULT_CURATOR_JWT_ISSUER)
    .setAudience(env.CURATOR_JWT_AUDIENCE || DEFAULT_CURATOR_JWT_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(expires)
    .sign(new TextEncoder().encode(secret));
}
