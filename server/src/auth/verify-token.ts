import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from "jose";
import { curationEnabled, type Config } from "../config.js";
import { anonymous, type Identity } from "./identity.js";

/** Asymmetric algorithms accepted from a JWKS; `none` and HMAC are never among them. */
const JWKS_ALGORITHMS = ["RS256", "RS384", "RS512", "PS256", "ES256", "ES384", "EdDSA"];

export interface TokenVerifier {
  /** Whether tokens can be verified at all (a secret or a JWKS URL is configured). */
  readonly enabled: boolean;
  /** The identity behind an `Authorization` header; never throws. */
  identify(authorization: string | undefined): Promise<Identity>;
}

/**
 * Verifies curator bearer tokens with jose: signature (HS256 secret or the issuer's JWKS),
 * expiry, issuer and audience. jose refuses `alg: none` and any algorithm not listed, so a
 * forged unsigned token or an HS256 token signed with a public key never passes.
 */
export function createTokenVerifier(config: Config): TokenVerifier {
  if (!curationEnabled(config)) {
    return {
      enabled: false,
      identify: (authorization) =>
        Promise.resolve(
          authorization ? { kind: "refused", reason: "curation is not configured on this server" } : anonymous,
        ),
    };
  }
  const secret = config.CURATOR_JWT_SECRET;
  const key: Uint8Array | JWTVerifyGetKey = secret
    ? new TextEncoder().encode(secret)
    : createRemoteJWKSet(new URL(config.CURATOR_JWKS_URL!));
  const options = {
    issuer: config.CURATOR_JWT_ISSUER,
    audience: config.CURATOR_JWT_AUDIENCE,
    algorithms: secret ? ["HS256"] : JWKS_ALGORITHMS,
  };
  return {
    enabled: true,
    identify: async (authorization) => {
      if (!authorization) return anonymous;
      const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
      if (!match) return { kind: "refused", reason: "the Authorization header must be 'Bearer <token>'" };
      try {
        // Overloads differ by key type; both branches verify the same way.
        const { payload } =
          key instanceof Uint8Array
            ? await jwtVerify(match[1]!, key, options)
            : await jwtVerify(match[1]!, key, options);
        return identityOf(payload);
      } catch (err) {
        return { kind: "refused", reason: refusalReason(err) };
      }
    },
  };
}

function identityOf(payload: JWTPayload): Identity {
  const roles = Array.isArray(payload.roles) ? payload.roles.filter((r): r is string => typeof r === "string") : [];
  const name = typeof payload.name === "string" && payload.name ? payload.name : payload.sub;
  if (!name) return { kind: "refused", reason: "the token names nobody (no name or sub claim)" };
  return { kind: "signed-in", name, roles, jwt: payload };
}

/** Short, safe reasons: enough to fix a token, nothing about the key. */
function refusalReason(err: unknown): string {
  if (err instanceof errors.JWTExpired) return "the token has expired";
  if (err instanceof errors.JWTClaimValidationFailed) return `the token's ${err.claim} claim is not accepted`;
  if (err instanceof errors.JOSEAlgNotAllowed) return "the token's signing algorithm is not accepted";
  if (err instanceof errors.JWSSignatureVerificationFailed) return "the token's signature does not verify";
  if (err instanceof errors.JWKSNoMatchingKey) return "no key of the issuer matches the token";
  return "the token is not valid";
}
