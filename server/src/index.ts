import { readConfig } from "./config.js";
import { startApp } from "./http/app.js";
import { createLogger } from "./logger.js";
import { createDriver } from "./neo4j/driver.js";

/** Beyond the grace period, how long closing the driver and flushing logs may take. */
const CLOSE_MARGIN_MS = 5_000;

/** Entry point, compiled to dist/server.js: `npm run serve`, `npm start` and the image run that. */
async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger(config);
  const driver = createDriver(config);
  const app = await startApp({ config, driver, logger });
  console.log(`RRN explorer API ready at ${app.url} (GraphQL at ${app.url}/graphql)`);

  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    // Repeats are ignored rather than fatal: `npm start` (and `npm run serve`'s npm) pass a signal
    // they received on to this process, which may receive it directly too (Ctrl-C reaches the
    // whole process group).
    if (stopping) return;
    stopping = true;
    // If anything below hangs, exit anyway: an orchestrator's SIGKILL would be less tidy.
    setTimeout(() => {
      logger.error("shutdown did not finish in time: exiting");
      process.exit(1);
    }, config.SHUTDOWN_GRACE_MS + CLOSE_MARGIN_MS).unref();

    logger.info({ signal, graceMs: config.SHUTDOWN_GRACE_MS }, "shutting down: no new connections");
    await app.stop(); // drains: in-flight requests finish (or are cut at the grace period)
    logger.info("in-flight requests finished");
    await driver.close();
    logger.info("neo4j driver closed");
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
