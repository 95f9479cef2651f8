import { ownInstance } from "@rrn/testkit/neo4j";

export { resetToCleanSeed } from "@rrn/testkit/neo4j";

/**
 * The resilience tier's own Neo4j: it gets killed, restarted and wiped, so it is never the
 * shared test database (7688) nor anyone's dev instance. Small heap: it holds the seed only.
 */
const resilience = ownInstance(
  {
    NEO4J_INSTANCE: process.env.NEO4J_RESILIENCE_INSTANCE ?? "resilience",
    NEO4J_BOLT_PORT: process.env.NEO4J_RESILIENCE_BOLT_PORT ?? "7690",
  },
  (line) => console.log(`[resilience neo4j] ${line}`),
);
export const instanceEnv = resilience.env;
export const neo4jUri = resilience.uri;
export const startDb = resilience.start;
export const stopDb = resilience.stop;
export const killDb = resilience.kill;
export const dbRunning = resilience.running;
export const openTestDriver = resilience.openDriver;
