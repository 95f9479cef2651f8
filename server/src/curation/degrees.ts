import { REFRESH_DEGREES_BY_ID } from "@rrn/model";
import type { RunCypher } from "../neo4j/write.js";

/**
 * Keeps the maintained `degree` right after a curator write, in the write's own transaction:
 * every entity whose relationships the write may have changed is recounted (the written ones and
 * the far ends of relationships added or removed). The overview ranks the whole graph by it
 * (`@rrn/model`'s degree.ts says why it is stored).
 */
export async function refreshDegrees(run: RunCypher, ids: Iterable<string>): Promise<void> {
  const list = [...new Set(ids)];
  if (list.length > 0) await run(REFRESH_DEGREES_BY_ID, { ids: list });
}
