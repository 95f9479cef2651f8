import { SignJWT } from "jose";
import { readConfig } from "../config.js";
import { CURATOR_ROLE } from "./identity.js";

/**
 * A curator token signed with the server's own HS256 secret (CURATOR_JWT_SECRET), with the
 * issuer and audience the server checks: what `npm run curator:token` prints and what the
 * sign-in link of `npm start` carries. `env` is the environment the server runs with.
 */
export async function mintCuratorToken(
  env: NodeJS.ProcessEnv,
  { name, expires = "8h", roles = [CURATOR_ROLE] }: { name: string; expires?: string; roles?: string[] },
): Promise<string> {
  const config = readConfig(env);
  if (!config.CURATOR_JWT_SECRET) {
    throw new Error(
      "CURATOR_JWT_SECRET is not set: set it (at least 32 characters, the same value the server runs with) to mint tokens locally.",
    );
  }
  return new SignJWT({ name, roles })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(name)
    .setIssuer(config.CURATOR_JWT_ISSUER)
    .setAudience(config.CURATOR_JWT_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(expires)
    .sign(new TextEncoder().encode(config.CURATOR_JWT_SECRET));
}
