import type { SeedProblem } from "./validate/problems.js";
import type { DerivationHow, EvidenceBasis, NodeLabel, NodeRecords, RelationshipType } from "@rrn/model";

/** A validated node: its label, the record as written in the YAML, and where it came from. */
export type SeedNode = {
  [L in NodeLabel]: { label: L; id: string; record: NodeRecords[L]; file: string };
}[NodeLabel];

/** A validated relationship, its ends resolved to labels. */
export interface SeedRelationship {
  type: RelationshipType;
  from: string;
  fromLabel: NodeLabel;
  to: string;
  toLabel: NodeLabel;
  how?: DerivationHow;
  evidence: string;
  source: string;
  /** How the quote supports the relationship; INFERRED carries `reasoning`. */
  basis: EvidenceBasis;
  reasoning?: string;
  /** STATED only: why a quote that names neither end by name still states it (a person checked). */
  confirmedBy?: string;
  file: string;
}

/** The whole curated graph, parsed and validated: what `loadSeed` returns and `importSeed` writes. */
export interface Seed {
  dataDir: string;
  nodes: SeedNode[];
  relationships: SeedRelationship[];
  /** Worth a look but not wrong (near-duplicate resource titles): printed, never a reason to stop. */
  warnings?: SeedProblem[];
}

/** A relationship's identity: the seed holds at most one of each type between two nodes. */
export function relationshipKey(r: {
  type: string;
  fromLabel: string;
  from: string;
  toLabel: string;
  to: string;
}): string {
  return `${r.fromLabel}:${r.from} -${r.type}-> ${r.toLabel}:${r.to}`;
}
