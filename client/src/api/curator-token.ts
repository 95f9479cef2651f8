import { useSyncExternalStore } from "react";
import { renewalPlan, type OidcSession } from "./oidc-session";

/**
 * The curator's sign-in, read by every API request (see client.ts); the server decides what it
 * allows. Two kinds:
 * - a token (pasted, or from the sign-in link `npm start` prints), kept for this browser tab
 *   only (sessionStorage): closing the tab signs out, and nothing outlives it on a shared
 *   computer;
 * - an OpenID Connect session, kept in memory only (a reload signs in again through the
 *   provider), renewed with its refresh token before the ID token expires, or ended with a
 *   "session expired" notice when it cannot be.
 */
const KEY = "rrn-curator-token";
const listeners = new Set<() => void>();

let oidc: OidcSession | null = null;
let expired = false;
let timer: ReturnType<typeof setTimeout> | undefined;
/** Renews an OpenID session; set by oidc-sign-in.ts, which owns the provider calls. */
let renewer: ((session: OidcSession) => Promise<OidcSession>) | undefined;

function stored(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

function changed(): void {
  for (const listener of listeners) listener();
}

/** The bearer token every request sends, if anyone is signed in. */
export function curatorToken(): string | null {
  return oidc?.idToken ?? stored();
}

export function setCuratorToken(token: string | null): void {
  try {
    if (token) sessionStorage.setItem(KEY, token);
    else sessionStorage.removeItem(KEY);
  } catch {
    // Storage can be disabled; the token then lasts only until the page reloads.
  }
  changed();
}

/**
 * Takes the token from the sign-in link `npm start` prints (`/curate#token=…`): stored like a
 * pasted one, and removed from the address bar. A fragment never reaches the server, so the
 * token is in no request line or log. Runs before the app's first request, so every request,
 * the first included, carries it.
 */
export function consumeSignInLink(location: Location = window.location): void {
  if (location.pathname !== "/curate") return;
  const token = new URLSearchParams(location.hash.slice(1)).get("token");
  if (!token) return;
  window.history.replaceState(window.history.state, "", location.pathname + location.search);
  setCuratorToken(token);
}

export function registerRenewer(renew: (session: OidcSession) => Promise<OidcSession>): void {
  renewer = renew;
}

/** Starts (or ends, with null) an OpenID session, and schedules its renewal or expiry. */
export function setOidcSession(session: OidcSession | null, reason: "signed-in" | "signed-out" | "expired"): void {
  clearTimeout(timer);
  oidc = session;
  expired = reason === "expired";
  if (session) schedule(session);
  changed();
}

function schedule(session: OidcSession): void {
  const plan = renewalPlan(session, Date.now());
  timer = setTimeout(() => {
    if (plan.action === "expire" || !renewer) {
      setOidcSession(null, "expired");
      return;
    }
    renewer(session).then(
      (renewed) => setOidcSession(renewed, "signed-in"),
      // A refused or failed renewal ends the session when the token runs out, not before.
      () => {
        timer = setTimeout(() => setOidcSession(null, "expired"), Math.max(0, session.expiresAt - Date.now()));
      },
    );
  }, plan.inMs);
}

export function oidcSession(): OidcSession | null {
  return oidc;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useCuratorToken(): string | null {
  return useSyncExternalStore(subscribe, curatorToken, () => null);
}

/**
 * Who is signed in, as a key that changes only when the person does: a renewed OpenID token is
 * the same person, so pages keyed by it keep what the curator was typing.
 */
export function useCuratorKey(): string {
  return useSyncExternalStore(
    subscribe,
    () => (oidc ? `oidc:${oidc.subject}` : (stored() ?? "anonymous")),
    () => "anonymous",
  );
}

/** True after an OpenID session ran out and could not be renewed, until the next sign-in. */
export function useSessionExpired(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => expired,
    () => false,
  );
}
