/**
 * Starting the API server in a process of its own (`@rrn/testkit/server`); the integration
 * tier's in-process server is `@rrn/testkit/in-process-server`, kept apart so tools that only
 * spawn the server never load its code.
 */
export { freePort, startServerProcess, stopAllServers } from "./process.js";
export type { LogLine, ServerProcess, ServerProcessOptions } from "./process.js";
