import { EVIDENCE_BASES, GENERAL_KNOWLEDGE, type EvidenceBasis } from "@rrn/model";

/**
 * The basis a relationship `r` counts as when a query keeps only some bases: its stored one, or
 * for an edge written without one what the API shows for it (graph-model.ts's basisOf): general
 * knowledge when its source says so, otherwise inferred — never stated, since nobody said so.
 */
export function basisOf(r: string): string {
  return `coalesce(${r}.basis, CASE WHEN ${r}.source = '${GENERAL_KNOWLEDGE}' THEN 'GENERAL_KNOWLEDGE' ELSE 'INFERRED' END)`;
}

/** Cypher: relationship `r` has one of the bases in `$bases`. */
export function basisIn(r: string): string {
  return `${basisOf(r)} IN $bases`;
}

/**
 * The bases asked for, or undefined when that is every basis (absent, or all of them listed):
 * the query then runs its unfiltered statement, planned and measured as before.
 */
export function basesFilter(bases: readonly EvidenceBasis[] | null | undefined): EvidenceBasis[] | undefined {
  if (!bases) return undefined;
  const chosen = EVIDENCE_BASES.filter((b) => bases.includes(b));
  return chosen.length === EVIDENCE_BASES.length ? undefined : chosen;
}
