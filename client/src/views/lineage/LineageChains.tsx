import { useMemo } from "react";
import type { LineageQuery } from "../../__generated__/graphql";
import { weakestLinkSentence, type ChainLink } from "../../components/ChainStrength";
import { chainsFromRoot } from "../../graph/chain-strength";
import { edgeLook, howLabel } from "../../graph/visual-encoding";

type Lineage = LineageQuery["lineage"];

/**
 * Every chain of the lineage tree (the focus to each end of a branch) with its weakest link:
 * the chains that rest on a link not stated outright are named, one line each, and the rest
 * counted as stated throughout.
 */
export function LineageChains({ lineage, focusId }: { lineage: Lineage; focusId: string }) {
  const chains = useMemo(() => lineageChains(lineage, focusId), [lineage, focusId]);
  if (chains.length === 0) return null;
  const weak = chains.filter((c) => c.sentence !== null);
  const stated = chains.length - weak.length;
  return (
    <div className="lineage-chains" data-testid="lineage-chains">
      <p className="chain-strength">
        {weak.length === 0
          ? chains.length === 1
            ? "Its one chain is stated outright, link by link."
            : `All ${chains.length} chains are stated outright, link by link.`
          : `${weak.length} of ${chains.length} ${chains.length === 1 ? "chain rests" : "chains rest"} on a link not stated outright${stated > 0 ? `; the other ${stated} ${stated === 1 ? "is" : "are"} stated throughout` : ""}:`}
      </p>
      {weak.length > 0 && (
        <ul className="chain-list">
          {weak.map((c) => (
            <li key={c.endId} data-testid="lineage-chain">
              The chain to <strong>{c.endLabel}</strong> {c.sentence}.
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

interface Chain {
  endId: string;
  endLabel: string;
  sentence: string | null;
}

/** The tree's chains, one per end of a branch (a node no longer chain passes through). */
function lineageChains(lineage: Lineage, focusId: string): Chain[] {
  const labels = new Map(lineage.nodes.map((n) => [n.id, n.label]));
  const tree = lineage.edges.filter((e) => !e.annotation);
  const chains = chainsFromRoot(focusId, tree);
  const passedThrough = new Set<string>();
  for (const links of chains.values()) for (const e of links.slice(0, -1)) passedThrough.add(e.id);
  const out: Chain[] = [];
  for (const [endId, links] of chains) {
    const last = links.at(-1);
    if (!last || passedThrough.has(last.id)) continue;
    const chain: ChainLink[] = links.map((e) => ({
      id: e.id,
      subject: labels.get(e.source) ?? e.source,
      phrase: `${edgeLook(e.type).forward.toLowerCase()}${e.how ? ` (${howLabel(e.how)})` : ""}`,
      object: labels.get(e.target) ?? e.target,
      basis: e.basis,
      reasoning: e.reasoning ?? null,
    }));
    out.push({ endId, endLabel: labels.get(endId) ?? endId, sentence: weakestLinkSentence(chain) });
  }
  return out;
}
