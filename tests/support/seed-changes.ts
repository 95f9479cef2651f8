import type { Driver } from "neo4j-driver";
import { importSeed, type Seed } from "@rrn/graph-seed";

/**
 * Puts the seed data back as the files say after a test that curated it, so the next test file
 * finds the graph as global setup left it: seed nodes a curator deleted are dropped (the import
 * makes them again), curators' relationships whose evidence starts with `marker` go, and every
 * seed node and relationship forgets what the seed last wrote and who edited it, so the import
 * takes the files' values everywhere (as for a graph imported before states were kept).
 */
export async function resetCuratorChanges(driver: Driver, seed: Seed, marker?: string): Promise<void> {
  await driver.executeQuery(`MATCH (n:Deleted) WHERE n.managedBy = 'seed' DETACH DELETE n`);
  if (marker) {
    await driver.executeQuery(
      `MATCH ()-[r]->() WHERE r.managedBy IS NULL AND r.evidence STARTS WITH $marker DELETE r`,
      { marker },
    );
  }
  await driver.executeQuery(`MATCH (n) WHERE n.managedBy = 'seed' REMOVE n.seedState, n.updatedBy, n.updatedAt`);
  await driver.executeQuery(`MATCH ()-[r]->() WHERE r.managedBy = 'seed' REMOVE r.updatedBy, r.updatedAt`);
  await importSeed(driver, seed);
  const again = await importSeed(driver, seed);
  if (again.graphVersion !== undefined || again.kept.length > 0) {
    throw new Error(`The seed data did not settle: ${JSON.stringify(again.kept)}`);
  }
}
