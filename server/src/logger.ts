import { pino, type DestinationStream, type Logger } from "pino";
import type { Config } from "./config.js";

/**
 * Structured JSON logs, one line per event, so they can be shipped and searched. Tests pass a
 * destination to read what the server logged.
 */
export function createLogger(config: Pick<Config, "LOG_LEVEL">, destination?: DestinationStream): Logger {
  const options = { level: config.LOG_LEVEL, base: { service: "rrn-explorer-api" } };
  return destination ? pino(options, destination) : pino(options);
}
export type { Logger };
