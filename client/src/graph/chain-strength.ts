import type { EvidenceBasis } from "../__generated__/graphql";

/**
 * How sure each basis makes a link, strongest first. A title names the other end; general
 * knowledge is an outside fact the page does not give; an inferred link is our own reading of
 * a quote, so it is the weakest thing a chain can rest on.
 */
export const BASIS_STRENGTH: readonly EvidenceBasis[] = ["STATED", "TITLE", "GENERAL_KNOWLEDGE", "INFERRED"];

/** The weakest links of a chain: every link of its weakest basis (none when every link is stated). */
export interface WeakestLinks<L> {
  basis: EvidenceBasis;
  links: L[];
}

/** A chain's weakest links, in chain order; null for an empty chain or one whose every link is stated. */
export function weakestLinks<L extends { basis: EvidenceBasis }>(chain: readonly L[]): WeakestLinks<L> | null {
  let weakest = -1;
  for (const link of chain) weakest = Math.max(weakest, BASIS_STRENGTH.indexOf(link.basis));
  const basis = BASIS_STRENGTH[weakest];
  if (basis === undefined || basis === "STATED") return null;
  return { basis, links: chain.filter((l) => l.basis === basis) };
}

/** "one inferred link", "2 links read from a title", … */
export function weakLinksPhrase(basis: EvidenceBasis, count: number): string {
  const many = count !== 1;
  const n = many ? String(count) : "one";
  switch (basis) {
    case "TITLE":
      return `${n} ${many ? "links" : "link"} read from a title`;
    case "INFERRED":
      return `${n} inferred ${many ? "links" : "link"}`;
    case "GENERAL_KNOWLEDGE":
      return `${n} ${many ? "links" : "link"} known from outside the source page`;
    case "STATED":
      return `${n} stated ${many ? "links" : "link"}`;
  }
}

/**
 * For each node of a tree, the links from the root to it, root first: the chain a lineage
 * draws to that node. `edges` are the tree's (child–parent either way); nodes the edges do
 * not reach from the root get no chain.
 */
export function chainsFromRoot<E extends { source: string; target: string }>(
  rootId: string,
  edges: readonly E[],
): Map<string, E[]> {
  const chains = new Map<string, E[]>([[rootId, []]]);
  const queue = [rootId];
  while (queue.length > 0) {
    const at = queue.shift() as string;
    const here = chains.get(at) ?? [];
    for (const edge of edges) {
      const next = edge.source === at ? edge.target : edge.target === at ? edge.source : undefined;
      if (next === undefined || chains.has(next)) continue;
      chains.set(next, [...here, edge]);
      queue.push(next);
    }
  }
  return chains;
}
