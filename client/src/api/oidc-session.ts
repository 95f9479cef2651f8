/** An OpenID Connect sign-in held in memory. Times are epoch milliseconds. */
export interface OidcSession {
  idToken: string;
  refreshToken: string | null;
  /** From the ID token's iat and exp claims. */
  issuedAt: number;
  expiresAt: number;
  subject: string;
  name: string;
  issuer: string;
  clientId: string;
}

/** How long before expiry at the latest a session with a refresh token renews. */
export const RENEW_BEFORE_MS = 30_000;

/**
 * When to act on a session: renew it once three quarters of the ID token's life have passed
 * (and at least RENEW_BEFORE_MS before it runs out), or, without a refresh token, end it when it
 * expires. Never a negative wait.
 */
export function renewalPlan(
  session: Pick<OidcSession, "refreshToken" | "issuedAt" | "expiresAt">,
  now: number,
): { action: "renew" | "expire"; inMs: number } {
  if (!session.refreshToken) return { action: "expire", inMs: Math.max(0, session.expiresAt - now) };
  const lifetime = session.expiresAt - session.issuedAt;
  const at = Math.max(
    session.issuedAt,
    Math.min(session.issuedAt + lifetime * 0.75, session.expiresAt - RENEW_BEFORE_MS),
  );
  return { action: "renew", inMs: Math.max(0, at - now) };
}
