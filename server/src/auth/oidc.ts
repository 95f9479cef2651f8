import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from "jose";
import { allowInsecureRequests, discoveryRequest, processDiscoveryResponse } from "oauth4webapi";
import type { Config } from "../config.js";

/** Asymmetric algorithms accepted from a JWKS; `none` and HMAC are never among them. */
export const JWKS_ALGORITHMS = ["RS256", "RS384", "RS512", "PS256", "ES256", "ES384", "EdDSA"];

/** The OpenID provider's discovery document or keys could not be fetched. */
export class ProviderUnreachable extends Error {}

/** How long a failed discovery is remembered before the next token tries again. */
const RETRY_DISCOVERY_MS = 10_000;
const DISCOVERY_TIMEOUT_MS = 5_000;

export interface OidcVerifier {
  /** Signature against the issuer's JWKS, issuer, audience (the client id) and expiry. */
  verify(token: string): Promise<JWTPayload>;
  /** The roles the token grants, read from CURATOR_OIDC_ROLE_CLAIM. */
  roles(payload: JWTPayload): string[];
}

type OidcConfig = Required<Pick<Config, "CURATOR_OIDC_ISSUER" | "CURATOR_OIDC_CLIENT_ID">> &
  Pick<Config, "CURATOR_OIDC_ROLE_CLAIM">;

/**
 * Curator tokens from an OpenID provider. The discovery document (oauth4webapi checks that it
 * names the configured issuer) says where the provider's keys are; jose fetches and caches them
 * and refetches when a token names an unknown key, so the provider may rotate keys freely.
 * Discovery happens at the first token, not at start-up, so the API starts even while the
 * provider is down.
 */
export function createOidcVerifier(config: OidcConfig, onProviderError: (err: unknown) => void): OidcVerifier {
  const issuerUrl = new URL(config.CURATOR_OIDC_ISSUER);
  let discovered: Promise<{ issuer: string; keys: JWTVerifyGetKey }> | undefined;
  let failedAt = 0;

  const discover = async () => {
    // Plain http only passes config validation for a provider on this machine.
    const options = {
      [allowInsecureRequests]: issuerUrl.protocol === "http:",
      signal: AbortSignal.timeout(DISCOVERY_TIMEOUT_MS),
    };
    const metadata = await processDiscoveryResponse(issuerUrl, await discoveryRequest(issuerUrl, options));
    if (!metadata.jwks_uri) throw new Error("the discovery document names no jwks_uri");
    return {
      // Tokens carry the issuer exactly as the provider spells it (a trailing slash or not).
      issuer: metadata.issuer,
      keys: createRemoteJWKSet(new URL(metadata.jwks_uri), { timeoutDuration: DISCOVERY_TIMEOUT_MS }),
    };
  };

  return {
    verify: async (token) => {
      if (!discovered && Date.now() - failedAt < RETRY_DISCOVERY_MS) {
        throw new ProviderUnreachable("the sign-in provider could not be reached");
      }
      discovered ??= discover().catch((err: unknown) => {
        discovered = undefined;
        failedAt = Date.now();
        onProviderError(err);
        throw new ProviderUnreachable("the sign-in provider could not be reached");
      });
      const { issuer, keys } = await discovered;
      const { payload } = await jwtVerify(token, keys, {
        issuer,
        audience: config.CURATOR_OIDC_CLIENT_ID,
        algorithms: JWKS_ALGORITHMS,
      });
      return payload;
    },
    roles: (payload) => rolesAt(payload, config.CURATOR_OIDC_ROLE_CLAIM),
  };
}

/**
 * The roles at a claim path ("roles", "realm_access.roles"): a list of strings, or one string of
 * space- or comma-separated roles as some providers send them. Anything else grants nothing.
 */
export function rolesAt(payload: JWTPayload, claimPath: string): string[] {
  let value: unknown = payload;
  for (const key of claimPath.split(".")) {
    value = typeof value === "object" && value !== null && !Array.isArray(value) ? Reflect.get(value, key) : undefined;
  }
  if (Array.isArray(value)) return value.filter((r): r is string => typeof r === "string");
  if (typeof value === "string") return value.split(/[\s,]+/).filter((r) => r.length > 0);
  return [];
}
