import { afterAll, beforeAll } from "vitest";
import { writeFigures } from "./support/figures.js";
import { openTestDriver, resetToCleanSeed, startDb, stopDb } from "./support/neo4j-instance.js";
import { fuzzScenario } from "./scenarios/fuzz.js";
import { hostileInputScenario } from "./scenarios/hostile-input.js";
import { loadAndOutageScenario } from "./scenarios/load-and-outage.js";
import { gracefulShutdownScenario } from "./scenarios/graceful-shutdown.js";
import { startupOutageScenario } from "./scenarios/startup-outage.js";
import { staleReadsScenario } from "./scenarios/stale-reads.js";
import { importFaultScenario } from "./scenarios/import-faults.js";
import { curatorRestartScenario } from "./scenarios/curator-restart.js";

/**
 * The resilience tier (docs/reliability.md). One file, so one Neo4j instance of its own
 * (resilience, Bolt 7690) serves every scenario in a fixed order: started and seeded here,
 * killed and restarted by the scenarios, stopped at the end, with no process left behind.
 */
beforeAll(async () => {
  await startDb();
  const driver = await openTestDriver();
  try {
    await resetToCleanSeed(driver, (line) => console.log(`[resilience neo4j] ${line}`));
  } finally {
    await driver.close();
  }
});

afterAll(async () => {
  await stopAllServers();
  await stopDb();
  writeFigures();
});

// In this order: each scenario leaves Neo4j up, seeded and unchanged for the next.
hostileInputScenario();
fuzzScenario();
loadAndOutageScenario();
gracefulShutdownScenario();
startupOutageScenario();
staleReadsScenario();
importFaultScenario();
import { stopAllServers } from "@rrn/testkit/server";
curatorRestartScenario();
