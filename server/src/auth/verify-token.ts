import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from "jose";
import { curationEnabled, type Config } from "../config.js";
import { anonymous, type Identity } from "./identity.js";
import { createOidcVerifier, JWKS_ALGORITHMS, ProviderUnreachable, rolesAt } from "./oidc.js";

export interface TokenVerifier {
  /** Whether tokens can be verified at all (a secret, a JWKS URL or an OpenID issuer is configured). */
  readonly enabled: boolean;
  /** The identity behind an `Authorization` header; never throws. */
  identify(authorization: string | undefined): Promise<Identity>;
}

/** One way of checking a token: its signature and claims, and where it lists roles. */
interface Verification {
  verify(token: string): Promise<JWTPayload>;
  roles(payload: JWTPayload): string[];
}

/**
 * The configured verification. HS256 with the server's secret (locally minted tokens), or a
 * JWKS URL, both checking CURATOR_JWT_ISSUER/AUDIENCE and the `roles` claim; or an OpenID
 * provider (./oidc.ts), whose issuer and client id (as audience) are checked and whose role
 * claim is configurable.
 */
function verificationFor(config: Config, onProviderError: (err: unknown) => void): Verification {
  const { CURATOR_OIDC_ISSUER: issuer, CURATOR_OIDC_CLIENT_ID: clientId } = config;
  if (issuer && clientId) {
    return createOidcVerifier(
      {
        CURATOR_OIDC_ISSUER: issuer,
        CURATOR_OIDC_CLIENT_ID: clientId,
        CURATOR_OIDC_ROLE_CLAIM: config.CURATOR_OIDC_ROLE_CLAIM,
      },
      onProviderError,
    );
  }
  const claims = { issuer: config.CURATOR_JWT_ISSUER, audience: config.CURATOR_JWT_AUDIENCE };
  const roles = (payload: JWTPayload) => rolesAt(payload, "roles");
  if (config.CURATOR_JWT_SECRET) {
    const secret = new TextEncoder().encode(config.CURATOR_JWT_SECRET);
    return {
      verify: async (token) => (await jwtVerify(token, secret, { ...claims, algorithms: ["HS256"] })).payload,
      roles,
    };
  }
  const jwks = createRemoteJWKSet(new URL(config.CURATOR_JWKS_URL ?? ""));
  return {
    verify: async (token) => (await jwtVerify(token, jwks, { ...claims, algorithms: JWKS_ALGORITHMS })).payload,
    roles,
  };
}

/**
 * Verifies curator bearer tokens with jose: signature, expiry, issuer and audience. jose refuses
 * `alg: none` and any algorithm not listed, so a forged unsigned token or an HS256 token signed
 * with a public key never passes.
 */
export function createTokenVerifier(
  config: Config,
  /** Told why the OpenID provider could not be reached (the caller only hears that it could not). */
  onProviderError: (err: unknown) => void = () => undefined,
): TokenVerifier {
  if (!curationEnabled(config)) {
    return {
      enabled: false,
      identify: (authorization) =>
        Promise.resolve(
          authorization ? { kind: "refused", reason: "curation is not configured on this server" } : anonymous,
        ),
    };
  }
  const verification = verificationFor(config, onProviderError);
  return {
    enabled: true,
    identify: async (authorization) => {
      if (!authorization) return anonymous;
      const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
      if (!match) return { kind: "refused", reason: "the Authorization header must be 'Bearer <token>'" };
      try {
        const payload = await verification.verify(match[1]!);
        return identityOf(payload, verification.roles(payload));
      } catch (err) {
        return { kind: "refused", reason: refusalReason(err) };
      }
    },
  };
}

/**
 * A verified token as the rest of the server sees it. `jwt` carries the roles and name under
 * the claim names @neo4j/graphql's rules read (`roles`, `name`), wherever the provider put them.
 */
function identityOf(payload: JWTPayload, roles: string[]): Identity {
  const name = [payload.name, payload.preferred_username, payload.email, payload.sub].find(
    (v): v is string => typeof v === "string" && v.length > 0,
  );
  if (!name) return { kind: "refused", reason: "the token names nobody (no name or sub claim)" };
  return { kind: "signed-in", name, roles, jwt: { ...payload, name, roles } };
}

/** Short, safe reasons: enough to fix a token, nothing about the key. */
function refusalReason(err: unknown): string {
  if (err instanceof ProviderUnreachable) return err.message;
  if (err instanceof errors.JWTExpired) return "the token has expired";
  if (err instanceof errors.JWTClaimValidationFailed) return `the token's ${err.claim} claim is not accepted`;
  if (err instanceof errors.JOSEAlgNotAllowed) return "the token's signing algorithm is not accepted";
  if (err instanceof errors.JWSSignatureVerificationFailed) return "the token's signature does not verify";
  if (err instanceof errors.JWKSNoMatchingKey) return "no key of the issuer matches the token";
  if (err instanceof errors.JWKSTimeout) return "the sign-in provider's keys could not be fetched in time";
  return "the token is not valid";
}
