import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll } from "vitest";
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

/**
 * A real API server on a free port, in this process, talking to the given Neo4j: for the
 * integration tier, which reads the server's own state (its read path, its logs) beside the
 * answers. Tools that need real signals, crashes or a separate event loop start it as a child
 * process instead (./process.ts).
 */
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

/**
 * For the enclosing describe block: a test server on `neo4jUri`, started before its tests,
 * handed to `use`, and closed after them.
 */
export function useTestServer(neo4jUri: string, use: (server: TestServer) => void, env?: Record<string, string>): void {
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await startTestServer(neo4jUri, env);
    use(server);
  });
  afterAll(async () => {
    await server?.close();
  });
}
