import { readCuratorChanges } from "@rrn/graph-seed/curation";
import type { CuratorChange } from "../__generated__/resolvers-types.js";
import type { RunCypher } from "../neo4j/write.js";
import { edgeOf } from "./relationships.js";

const json = (value: unknown): string | null => (value === null || value === undefined ? null : JSON.stringify(value));

/**
 * `curatorChanges`: what the seed import keeps as curators' (derived in `@rrn/graph-seed/curation`
 * from what the seed last wrote), with values as JSON text for the explorer's history.
 */
export async function listCuratorChanges(run: RunCypher, id: string | null): Promise<CuratorChange[]> {
  const changes = await readCuratorChanges(run, id);
  return changes.map((c) => ({
    kind: c.kind,
    entityId: c.entityId,
    property: c.property,
    relationship: c.relationship ? edgeOf(c.relationship) : null,
    curatorValue: json(c.curatorValue),
    seedValue: json(c.seedValue),
    conflict: c.conflict,
    by: c.by,
    at: c.at,
  }));
}
