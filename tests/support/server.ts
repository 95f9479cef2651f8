import neo4j, { type Driver } from "neo4j-driver";
import { readConfig, startApp, type RunningApp, createLogger, createDriver } from "@rrn/server";

export interface TestServer extends RunningApp {
  driver: Driver;
  close: () => Promise<void>;
  /** JSON log lines the server wrote, parsed; only filled when `captureLogs` was set. */
  logs: Record<string, unknown>[];
}

export interface TestServerOptions {
  /** Keep the server's structured log lines in `logs` (LOG_LEVEL defaults to info then). */
  captureLogs?: boolean;
}

/** A real API server on a free port, in this process, talking to the given Neo4j. */
export async function startTestServer(
  neo4jUri: string,
  env: Record<string, string> = {},
  options: TestServerOptions = {},
): Promise<TestServer> {
  const config = readConfig({
    NODE_ENV: "test",
    PORT: "0",
    HOST: "127.0.0.1",
    NEO4J_URI: neo4jUri,
    LOG_LEVEL: options.captureLogs ? "info" : "silent",
    NEO4J_CONNECT_TIMEOUT_MS: "2000",
    ...env,
  });
  const logs: Record<string, unknown>[] = [];
  const destination = options.captureLogs
    ? {
        write: (line: string) => {
          logs.push(JSON.parse(line) as Record<string, unknown>);
        },
      }
    : undefined;
  const driver = createDriver(config);
  const app = await startApp({ config, driver, logger: createLogger(config, destination) });
  // Tests time their queries; let the server plan its statements first.
  await app.warmedUp;
  return {
    ...app,
    driver,
    logs,
    close: async () => {
      await app.stop();
      await driver.close();
    },
  };
}

/** A driver for the test's own setup and assertions (not the app's). */
export function testDriver(uri: string): Driver {
  return neo4j.driver(uri, neo4j.auth.basic("neo4j", process.env.NEO4J_PASSWORD ?? ""), {
    disableLosslessIntegers: true,
  });
}

export interface GqlError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GqlResponse<T> {
  status: number;
  headers: Headers;
  body: { data?: T | null; errors?: GqlError[] };
}

export async function gql<T = unknown>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GqlResponse<T>> {
  return postGraphql<T>(url, JSON.stringify({ query, variables }));
}

/** POST /graphql with a body as given, for tests of malformed, batched or oversized requests. */
export async function postGraphql<T = unknown>(
  url: string,
  body: string,
  headers: Record<string, string> = {},
): Promise<GqlResponse<T>> {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });
  const text = await res.text();
  let parsed: GqlResponse<T>["body"];
  try {
    parsed = JSON.parse(text) as GqlResponse<T>["body"];
  } catch {
    parsed = { errors: [{ message: text }] };
  }
  return { status: res.status, headers: res.headers, body: parsed };
}

/** The data of a response that must have succeeded; fails with the errors otherwise. */
export async function gqlData<T>(url: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await gql<T>(url, query, variables);
  if (res.body.errors?.length || !res.body.data) {
    throw new Error(`GraphQL request failed (HTTP ${res.status}): ${JSON.stringify(res.body.errors)}`);
  }
  return res.body.data;
}
