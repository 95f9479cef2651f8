import neo4j, { type Driver } from "neo4j-driver";
import { readConfig } from "../../server/src/config.js";
import { startApp, type RunningApp } from "../../server/src/http/app.js";
import { createLogger } from "../../server/src/logger.js";
import { createDriver } from "../../server/src/neo4j/driver.js";

export interface TestServer extends RunningApp {
  driver: Driver;
  close: () => Promise<void>;
}

/** A real API server on a free port, in this process, talking to the given Neo4j. */
export async function startTestServer(neo4jUri: string, env: Record<string, string> = {}): Promise<TestServer> {
  const config = readConfig({
    NODE_ENV: "test",
    PORT: "0",
    HOST: "127.0.0.1",
    NEO4J_URI: neo4jUri,
    LOG_LEVEL: "silent",
    NEO4J_CONNECT_TIMEOUT_MS: "2000",
    ...env,
  });
  const driver = createDriver(config);
  const app = await startApp({ config, driver, logger: createLogger(config) });
  return {
    ...app,
    driver,
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

export async function gql<T = unknown>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ status: number; body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] } }> {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as never };
}
