import { createHash } from "node:crypto";
import type { Driver } from "neo4j-driver";
import { exportGraph, canonicalJson } from "@rrn/graph-seed";

export interface GraphChecksum {
  /** sha256 of the whole graph in canonical form: every node, relationship, property and index. */
  sha256: string;
  nodes: number;
  relationships: number;
}

/**
 * Fingerprints the whole graph through the backup export (db:export), which is independent of
 * Neo4j's internal ids and of the order things were written in: two graphs with equal content
 * have equal checksums, and any changed, added or lost property changes it.
 */
export async function graphChecksum(driver: Driver): Promise<GraphChecksum> {
  const dump = await exportGraph(driver);
  return {
    sha256: createHash("sha256").update(canonicalJson(dump)).digest("hex"),
    nodes: dump.nodes.length,
    relationships: dump.relationships.length,
  };
}
