import type { GraphNode } from "../__generated__/resolvers-types.js";
import type { GraphReader, RunStatement } from "../neo4j/read.js";
import { findRef, loadNodes } from "./elements.js";
import { FULL_PROJECTION, type Projection } from "./graph-model.js";

/** One node by id inside a transaction; null when there is none. */
export async function nodeById(
  run: RunStatement,
  id: string,
  projection: Projection = FULL_PROJECTION,
): Promise<GraphNode | null> {
  const ref = await findRef(run, id);
  if (ref === null) return null;
  const [node] = await loadNodes(run, [ref], projection, () => ({ distance: 0 }));
  return node ?? null;
}

/** One node by id; null when there is none (an unknown id is not an error). */
export function findNode(
  graph: GraphReader,
  id: string,
  projection: Projection = FULL_PROJECTION,
): Promise<GraphNode | null> {
  return graph.transaction((run) => nodeById(run, id, projection));
}
