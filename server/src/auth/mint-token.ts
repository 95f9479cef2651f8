import { parseArgs } from "node:util";
import { SignJWT } from "jose";
import { readConfig } from "../config.js";
import { CURATOR_ROLE } from "./identity.js";

/**
 * `npm run curator:token -- --name <name> [--expires 8h] [--role curator]`: mints an HS256
 * token with the server's own secret, for local use. With a JWKS set-up, tokens come from the
 * identity provider instead.
 */
const { values } = parseArgs({
  options: {
    name: { type: "string" },
    expires: { type: "string", default: "8h" },
    role: { type: "string", multiple: true },
  },
});

const config = readConfig();
if (!config.CURATOR_JWT_SECRET) {
  console.error(
    "CURATOR_JWT_SECRET is not set: set it (at least 32 characters, the same value the server runs with) " +
      "to mint tokens locally.",
  );
  process.exit(1);
}
if (!values.name?.trim()) {
  console.error("Usage: npm run curator:token -- --name <your name> [--expires 8h] [--role curator]");
  process.exit(1);
}

const token = await new SignJWT({ name: values.name.trim(), roles: values.role ?? [CURATOR_ROLE] })
  .setProtectedHeader({ alg: "HS256", typ: "JWT" })
  .setSubject(values.name.trim())
  .setIssuer(config.CURATOR_JWT_ISSUER)
  .setAudience(config.CURATOR_JWT_AUDIENCE)
  .setIssuedAt()
  .setExpirationTime(values.expires)
  .sign(new TextEncoder().encode(config.CURATOR_JWT_SECRET));
console.log(token);
