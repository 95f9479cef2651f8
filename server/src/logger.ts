import { pino, type Logger } from "pino";
import type { Config } from "./config.js";

/** Structured JSON logs, one line per event, so they can be shipped and searched. */
export function createLogger(config: Pick<Config, "LOG_LEVEL">): Logger {
  return pino({ level: config.LOG_LEVEL, base: { service: "rrn-explorer-api" } });
}
export type { Logger };
