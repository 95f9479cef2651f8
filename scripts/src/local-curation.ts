import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Settings by which the server verifies curator tokens; any one means "the operator chose". */
export const CURATOR_SETTINGS = ["CURATOR_JWT_SECRET", "CURATOR_JWKS_URL", "CURATOR_OIDC_ISSUER"] as const;

export const hasCuratorSettings = (env: NodeJS.ProcessEnv): boolean => CURATOR_SETTINGS.some((name) => env[name]);

/**
 * The local curator secret `npm start` uses when nobody configured curation: made once (64
 * random characters) into `file` — in the git-ignored .neo4j/ folder, readable by its owner
 * only — and reused on every later run, so sign-in links stay valid across restarts.
 */
export function localCuratorSecret(file: string): string {
  if (existsSync(file)) {
    // Owner only, even if something loosened it.
    if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
    const secret = readFileSync(file, "utf8").trim();
    if (secret.length >= 32) return secret;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(48).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}
