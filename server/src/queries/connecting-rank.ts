/** One candidate connector as the query returns it: each member it reaches, in one hop or two. */
export interface CandidateConnector {
  ref: string;
  id: string;
  degree: number;
  label: string;
  /** Per member: 1 hop (every direct relationship) or 2 (the best pair through one intermediate). */
  links: { member: string; hops: number; via: string[] }[];
}

const direct = (c: CandidateConnector): number => c.links.filter((l) => l.hops === 1).length;

/**
 * The order connectors are shown in: linked directly to the most members first, then to the most
 * members in all (through one intermediate too); among equals the less-connected node first, since
 * a node with few other links says more about these members than one linked to everything; then
 * by label and id, so the order is stable. Each connector's links follow the set's own order.
 */
export function rankConnectors(
  candidates: readonly CandidateConnector[],
  order: readonly string[],
): CandidateConnector[] {
  const position = new Map(order.map((id, i) => [id, i]));
  const at = (id: string) => position.get(id) ?? order.length;
  return [...candidates]
    .map((c) => ({ ...c, links: [...c.links].sort((a, b) => at(a.member) - at(b.member)) }))
    .sort(
      (a, b) =>
        direct(b) - direct(a) ||
        b.links.length - a.links.length ||
        a.degree - b.degree ||
        a.label.localeCompare(b.label) ||
        a.id.localeCompare(b.id),
    );
}
