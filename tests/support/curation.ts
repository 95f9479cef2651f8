import { SignJWT, base64url } from "jose";
import { postGraphql, type GqlResponse } from "@rrn/testkit/graphql";

/**
 * Curator tokens and requests for the curation tests. The secret is made up per test run (no
 * credential lives in the repository); servers under test get it through `curationEnv`.
 */
export const testSecret = `test-secret-${crypto.randomUUID()}-${crypto.randomUUID()}`;
export const curationEnv = {
  CURATOR_JWT_SECRET: testSecret,
  CURATOR_JWT_ISSUER: "rrn-test-issuer",
  CURATOR_JWT_AUDIENCE: "rrn-test-api",
};

export interface TokenOptions {
  name?: string;
  roles?: string[];
  secret?: string;
  issuer?: string;
  audience?: string;
  /** jose time span ("1h") or a past epoch second for an expired token. */
  expires?: string | number;
}

export async function mintToken(options: TokenOptions = {}): Promise<string> {
  const name = options.name ?? "Test Curator";
  return new SignJWT({ name, roles: options.roles ?? ["curator"] })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(name)
    .setIssuer(options.issuer ?? curationEnv.CURATOR_JWT_ISSUER)
    .setAudience(options.audience ?? curationEnv.CURATOR_JWT_AUDIENCE)
    .setIssuedAt(typeof options.expires === "number" ? options.expires - 3600 : undefined)
    .setExpirationTime(options.expires ?? "1h")
    .sign(new TextEncoder().encode(options.secret ?? testSecret));
}

/** An unsigned token (`alg: none`) with the curator role: must never be accepted. */
export function unsignedToken(): string {
  const part = (value: object) => base64url.encode(JSON.stringify(value));
  const now = Math.floor(Date.now() / 1000);
  return `${part({ alg: "none", typ: "JWT" })}.${part({
    name: "Forger",
    sub: "Forger",
    roles: ["curator"],
    iss: curationEnv.CURATOR_JWT_ISSUER,
    aud: curationEnv.CURATOR_JWT_AUDIENCE,
    iat: now,
    exp: now + 3600,
  })}.`;
}

/** POST /graphql with an optional bearer token and client address header. */
export function gqlAs<T = unknown>(
  url: string,
  token: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GqlResponse<T>> {
  return postGraphql<T>(url, JSON.stringify({ query, variables }), token ? { authorization: `Bearer ${token}` } : {});
}

/** The data of a request that must succeed. */
export async function gqlAsData<T>(
  url: string,
  token: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const res = await gqlAs<T>(url, token, query, variables);
  if (res.body.errors?.length || !res.body.data) {
    throw new Error(`GraphQL request failed (HTTP ${res.status}): ${JSON.stringify(res.body.errors)}`);
  }
  return res.body.data;
}

export const errorCodes = (res: GqlResponse<unknown>): (string | undefined)[] =>
  res.body.errors?.map((e) => e.extensions?.code) ?? [];
