import http from "node:http";
import { exportJWK, generateKeyPair, SignJWT, type JWK, type JWTPayload } from "jose";
import Provider, { type Configuration } from "oidc-provider";

/**
 * A real OpenID provider for the tests: the certified `oidc-provider` package on a port of its
 * own, with its development login and consent pages (any password; the login name picks the
 * account), one public client using the authorization code flow with PKCE, and two people: a
 * curator and a reader. Its signing key is made up per run; the tests may sign tokens with it
 * to try what the provider itself would never issue (another audience, an expired token).
 */
export const TEST_CLIENT_ID = "rrn-explorer-test";

export const TEST_ACCOUNTS = {
  "curator-ann": { name: "Ann Curator", roles: ["curator"] },
  "reader-ben": { name: "Ben Reader", roles: ["reader"] },
} as const satisfies Record<string, { name: string; roles: readonly string[] }>;

const isTestAccount = (id: string): id is keyof typeof TEST_ACCOUNTS => Object.hasOwn(TEST_ACCOUNTS, id);

export interface TestOidcProvider {
  /** The issuer identifier (http://127.0.0.1:PORT). */
  issuer: string;
  /** Signs a token with the provider's own key; claims override the defaults (a valid curator ID token). */
  sign(
    claims: Record<string, unknown>,
    options?: { expiresAt?: number; key?: "provider" | "stranger" },
  ): Promise<string>;
  close(): Promise<void>;
}

export interface TestOidcOptions {
  /** Where the explorer receives the code, e.g. http://127.0.0.1:4000/curate. */
  redirectUris?: string[];
  /** Seconds an ID token lives; short ones exercise the page's renewal. */
  idTokenTtl?: number;
}

async function signingKey(kid: string): Promise<{ privateJwk: JWK; sign: (claims: JWTPayload) => Promise<string> }> {
  const { privateKey } = await generateKeyPair("RS256", { extractable: true });
  const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: "RS256", use: "sig" };
  return {
    privateJwk,
    sign: (claims) => new SignJWT(claims).setProtectedHeader({ alg: "RS256", kid, typ: "JWT" }).sign(privateKey),
  };
}

function portOf(server: http.Server): number {
  const address = server.address();
  if (typeof address !== "object" || address === null) throw new Error("the provider's server is not listening");
  return address.port;
}

export async function startTestOidcProvider({
  redirectUris = [],
  idTokenTtl = 3600,
}: TestOidcOptions = {}): Promise<TestOidcProvider> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${portOf(server)}`;
  const own = await signingKey("test-provider-key");
  const stranger = await signingKey("test-provider-key"); // same kid, another key: a forgery

  const configuration: Configuration = {
    clients: [
      {
        client_id: TEST_CLIENT_ID,
        client_name: "RRN explorer (test)",
        token_endpoint_auth_method: "none",
        application_type: "web",
        grant_types: ["authorization_code", "refresh_token"],
        response_types: ["code"],
        redirect_uris: redirectUris.length > 0 ? redirectUris : ["http://127.0.0.1/curate"],
        post_logout_redirect_uris: redirectUris,
      },
    ],
    jwks: { keys: [own.privateJwk] },
    findAccount: (_ctx, sub) => {
      if (!isTestAccount(sub)) return undefined;
      const { name, roles } = TEST_ACCOUNTS[sub];
      return { accountId: sub, claims: () => ({ sub, name, roles: [...roles] }) };
    },
    scopes: ["openid", "profile", "offline_access"],
    claims: { openid: ["sub"], profile: ["name", "roles"] },
    // The explorer reads name and roles from the ID token, as most providers can be set up to send them.
    conformIdTokenClaims: false,
    // The browser calls the token endpoint from the explorer's origin (a public client).
    clientBasedCORS: (_ctx, origin, client) =>
      client.redirectUris?.some((uri) => new URL(uri).origin === origin) ?? false,
    pkce: { required: () => true },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    ttl: { IdToken: idTokenTtl, AccessToken: idTokenTtl, RefreshToken: 86_400, Session: 86_400, Grant: 86_400 },
    cookies: { keys: [crypto.randomUUID()] },
  };
  const provider = new Provider(issuer, configuration);
  // The provider's default pages and warnings are for development; the tests expect exactly that.
  provider.on("server_error", (_ctx, err) => console.error("[oidc-provider]", err));
  const handle = provider.callback();
  server.on("request", (req, res) => void handle(req, res));

  const sign: TestOidcProvider["sign"] = (claims, { expiresAt, key = "provider" } = {}) => {
    const now = Math.floor(Date.now() / 1000);
    return (key === "provider" ? own : stranger).sign({
      iss: issuer,
      aud: TEST_CLIENT_ID,
      sub: "curator-ann",
      name: "Ann Curator",
      roles: ["curator"],
      iat: expiresAt ? expiresAt - 3600 : now,
      exp: expiresAt ?? now + 600,
      ...claims,
    });
  };

  return {
    issuer,
    sign,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
