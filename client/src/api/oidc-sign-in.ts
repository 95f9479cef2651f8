import * as oauth from "oauth4webapi";
import { registerRenewer, setOidcSession } from "./curator-token";
import type { OidcSession } from "./oidc-session";

/**
 * Curator sign-in with OpenID Connect, by oauth4webapi: the authorization code flow with PKCE
 * for a public client. The provider's discovery document names its endpoints; the state and
 * nonce made here are checked when the provider sends the curator back; tokens are kept in
 * memory (./curator-token.ts) and the ID token is what the API verifies (with the provider's
 * keys, its issuer, and our client id as audience).
 */
export interface OidcSettings {
  issuer: string;
  clientId: string;
  scope: string;
}

/** What must survive the trip to the provider and back (this tab only). */
interface Pending {
  issuer: string;
  clientId: string;
  state: string;
  nonce: string;
  codeVerifier: string;
}

const PENDING_KEY = "rrn-oidc-pending";
/** Where the provider sends the curator back: the Curate page. */
export const redirectUri = (): string => `${window.location.origin}/curate`;

const servers = new Map<string, Promise<oauth.AuthorizationServer>>();

/** The provider's metadata, fetched once per page load. http only for a provider on this machine. */
function discover(issuer: string): Promise<oauth.AuthorizationServer> {
  let server = servers.get(issuer);
  if (!server) {
    const url = new URL(issuer);
    server = oauth
      .discoveryRequest(url, { algorithm: "oidc", [oauth.allowInsecureRequests]: url.protocol === "http:" })
      .then((response) => oauth.processDiscoveryResponse(url, response));
    server.catch(() => servers.delete(issuer));
    servers.set(issuer, server);
  }
  return server;
}

const requestOptions = (issuer: string) => ({ [oauth.allowInsecureRequests]: new URL(issuer).protocol === "http:" });

/** Sends the curator to the provider's sign-in page. */
export async function startSignIn(settings: OidcSettings): Promise<void> {
  const as = await discover(settings.issuer);
  if (!as.authorization_endpoint) throw new Error("The sign-in provider has no authorization endpoint.");
  const pending: Pending = {
    issuer: settings.issuer,
    clientId: settings.clientId,
    state: oauth.generateRandomState(),
    nonce: oauth.generateRandomNonce(),
    codeVerifier: oauth.generateRandomCodeVerifier(),
  };
  sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
  const url = new URL(as.authorization_endpoint);
  url.search = new URLSearchParams({
    client_id: settings.clientId,
    redirect_uri: redirectUri(),
    response_type: "code",
    scope: settings.scope,
    state: pending.state,
    nonce: pending.nonce,
    code_challenge: await oauth.calculatePKCECodeChallenge(pending.codeVerifier),
    code_challenge_method: "S256",
    // OpenID Connect issues a refresh token for offline_access only when consent is asked for.
    ...(settings.scope.split(" ").includes("offline_access") ? { prompt: "consent" } : {}),
  }).toString();
  window.location.assign(url.toString());
}

function readPending(): Pending | null {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(PENDING_KEY) ?? "null");
    if (typeof value !== "object" || value === null) return null;
    const field = (name: string): string | null => {
      const v: unknown = Reflect.get(value, name);
      return typeof v === "string" ? v : null;
    };
    const [issuer, clientId, state, nonce, codeVerifier] = ["issuer", "clientId", "state", "nonce", "codeVerifier"].map(
      field,
    );
    return issuer && clientId && state && nonce && codeVerifier
      ? { issuer, clientId, state, nonce, codeVerifier }
      : null;
  } catch {
    return null;
  }
}

/** True when this URL is the provider sending the curator back to a sign-in this tab started. */
export function isSignInReturn(url: URL): boolean {
  return (url.searchParams.has("code") || url.searchParams.has("error")) && readPending() !== null;
}

const completions = new Map<string, Promise<OidcSession>>();

/**
 * Finishes the sign-in the provider sent the curator back from: checks the state, exchanges the
 * code (with the PKCE verifier) for tokens, checks the ID token's nonce, and starts the session.
 * Safe to call twice for one return (React runs effects twice in development).
 */
export function completeSignIn(url: URL): Promise<OidcSession> {
  const key = url.search;
  let completion = completions.get(key);
  if (!completion) {
    completion = exchange(url).finally(() => sessionStorage.removeItem(PENDING_KEY));
    completions.set(key, completion);
  }
  return completion;
}

async function exchange(url: URL): Promise<OidcSession> {
  const pending = readPending();
  if (!pending) throw new Error("This sign-in was not started here; sign in again.");
  const as = await discover(pending.issuer);
  const client: oauth.Client = { client_id: pending.clientId };
  const params = oauth.validateAuthResponse(as, client, url, pending.state);
  const response = await oauth.authorizationCodeGrantRequest(
    as,
    client,
    oauth.None(),
    params,
    redirectUri(),
    pending.codeVerifier,
    requestOptions(pending.issuer),
  );
  const result = await oauth.processAuthorizationCodeResponse(as, client, response, {
    expectedNonce: pending.nonce,
    requireIdToken: true,
  });
  const session = sessionOf(result, pending.issuer, pending.clientId, null);
  setOidcSession(session, "signed-in");
  return session;
}

function sessionOf(
  result: oauth.TokenEndpointResponse,
  issuer: string,
  clientId: string,
  previousRefreshToken: string | null,
): OidcSession {
  const claims = oauth.getValidatedIdTokenClaims(result);
  if (!claims || !result.id_token) throw new Error("The sign-in provider sent no ID token.");
  const name = [claims.name, claims.preferred_username, claims.email, claims.sub].find(
    (v): v is string => typeof v === "string" && v.length > 0,
  );
  return {
    idToken: result.id_token,
    // A provider may rotate the refresh token on use, or keep the old one valid.
    refreshToken: result.refresh_token ?? previousRefreshToken,
    issuedAt: claims.iat * 1000,
    expiresAt: claims.exp * 1000,
    subject: claims.sub,
    name: name ?? claims.sub,
    issuer,
    clientId,
  };
}

/** A fresh ID token for the session, with its refresh token. */
async function renew(session: OidcSession): Promise<OidcSession> {
  if (!session.refreshToken) throw new Error("no refresh token");
  const as = await discover(session.issuer);
  const client: oauth.Client = { client_id: session.clientId };
  const response = await oauth.refreshTokenGrantRequest(
    as,
    client,
    oauth.None(),
    session.refreshToken,
    requestOptions(session.issuer),
  );
  const result = await oauth.processRefreshTokenResponse(as, client, response);
  return sessionOf(result, session.issuer, session.clientId, session.refreshToken);
}
registerRenewer(renew);

/**
 * Ends the session here and, when the provider supports it, at the provider too (its sign-out
 * page returns the curator to the Curate page).
 */
export async function signOut(session: OidcSession): Promise<void> {
  setOidcSession(null, "signed-out");
  const as = await discover(session.issuer).catch(() => null);
  if (!as?.end_session_endpoint) return;
  const url = new URL(as.end_session_endpoint);
  url.search = new URLSearchParams({
    id_token_hint: session.idToken,
    client_id: session.clientId,
    post_logout_redirect_uri: redirectUri(),
  }).toString();
  window.location.assign(url.toString());
}
