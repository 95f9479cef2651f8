import { BUMP_GRAPH_VERSION_CYPHER } from "@rrn/model";
import { testDriver } from "./test-driver.js";

/**
 * Runs a test's own clean-up write and bumps the graph version in the same transaction, as the
 * server does for a curator's write. A running server keys its cached answers and pages by that
 * version (and polls it), so what the test made leaves them too; a bare DETACH DELETE would
 * leave later tests reading a cached graph that still holds nodes which no longer exist.
 */
export async function removeTestData(uri: string, cypher: string, params: Record<string, unknown>): Promise<void> {
  const driver = testDriver(uri);
  try {
    const session = driver.session();
    try {
      await session.executeWrite(async (tx) => {
        await tx.run(cypher, params);
        await tx.run(BUMP_GRAPH_VERSION_CYPHER, { floor: 0 });
      });
    } finally {
      await session.close();
    }
  } finally {
    await driver.close();
  }
}
