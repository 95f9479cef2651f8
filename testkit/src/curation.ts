import { SignJWT, base64url } from "jose";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll } from "vitest";
import { gql, gqlData, type GqlResponse } from "./graphql.js";
import { testDriver } from "./neo4j/test-driver.js";
import { startTestServer, type TestServer } from "./server/in-process.js";

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

const bearer = (token: string | null): Record<string, string> => (token ? { authorization: `Bearer ${token}` } : {});

/** POST /graphql with an optional bearer token. */
export function gqlAs<T = unknown>(
  url: string,
  token: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GqlResponse<T>> {
  return gql<T>(url, query, variables, bearer(token));
}

/** The data of a request that must succeed. */
export function gqlAsData<T>(
  url: string,
  token: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  return gqlData<T>(url, query, variables, bearer(token));
}

export const errorCodes = (res: GqlResponse<unknown>): (string | undefined)[] =>
  res.body.errors?.map((e) => e.extensions?.code) ?? [];

/** Removes every node a test run made: ids (or entity ids) starting with the run's id, or titles naming it. */
export async function removeRunNodes(driver: Driver, run: string): Promise<void> {
  await driver.executeQuery(
    `MATCH (n) WHERE n.id STARTS WITH $run OR n.title CONTAINS $run
       OR any(e IN coalesce(n.entityIds, []) WHERE e STARTS WITH $run)
     DETACH DELETE n`,
    { run },
  );
}

export interface CuratorSession {
  server: TestServer;
  driver: Driver;
  /** A curator token for `curator`, signed as the server expects. */
  token: string;
}

export interface CuratorSessionOptions {
  uri: string;
  /** This file's run id: every node it makes has an id (or title) with it, and is removed after. */
  run: string;
  /** The curator's display name on the token. */
  curator: string;
  /** More server settings beside the curation ones. */
  env?: Record<string, string>;
  /** After the run's nodes are removed, before the server and driver close. */
  cleanUp?: (driver: Driver) => Promise<unknown>;
}

/**
 * The set-up most curation tests share, for the enclosing describe block: a curation-enabled
 * server, a driver of the test's own and a curator token (handed to `use` before the tests
 * run), and afterwards the run's nodes removed and both closed.
 */
export function useCuratorSession(options: CuratorSessionOptions, use: (session: CuratorSession) => void): void {
  let session: CuratorSession | undefined;
  beforeAll(async () => {
    const server = await startTestServer(options.uri, { ...curationEnv, ...options.env });
    session = { server, driver: testDriver(options.uri), token: await mintToken({ name: options.curator }) };
    use(session);
  });
  afterAll(async () => {
    if (!session) return;
    await removeRunNodes(session.driver, options.run);
    await options.cleanUp?.(session.driver);
    await session.server.close();
    await session.driver.close();
  });
}
