import { readConfig } from "./config.js";
import { startApp } from "./http/app.js";
import { createLogger } from "./logger.js";
import { createDriver } from "./neo4j/driver.js";

/** Entry point: `npm run serve -w @rrn/server`, or via `npm start` at the root. */
async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger(config);
  const driver = createDriver(config);
  const app = await startApp({ config, driver, logger });
  console.log(`RRN explorer API ready at ${app.url} (GraphQL at ${app.url}/graphql)`);

  const shutdown = async (signal: string): Promise<void> => {
    logger.info({ signal }, "shutting down");
    await app.stop();
    await driver.close();
    process.exit(0);
  };
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  process.once("SIGINT", () => void shutdown("SIGINT"));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
