import type { EvidenceBasis } from "../__generated__/graphql";
import { weakestLinks, weakLinksPhrase } from "../graph/chain-strength";
import { basisText } from "../graph/visual-encoding";
import "./ChainStrength.css";

/** One link of a chain as a person reads it: who — what → whom, and how it is known. */
export interface ChainLink {
  id: string;
  subject: string;
  /** "derives from (implements)", "published by", … */
  phrase: string;
  object: string;
  basis: EvidenceBasis;
  reasoning?: string | null;
}

/** "rests on one inferred link: A derives from B (Inferred: why)", or null when every link is stated. */
export function weakestLinkSentence(chain: readonly ChainLink[]): string | null {
  const weakest = weakestLinks(chain);
  if (!weakest) return null;
  const named = weakest.links.map((l) => `${l.subject} ${l.phrase} ${l.object} (${basisText(l)})`).join("; ");
  return `rests on ${weakLinksPhrase(weakest.basis, weakest.links.length)}: ${named}`;
}

/**
 * How sure a whole chain is: its weakest link, named with its basis, or plainly that every link
 * is stated outright. A chain holds only as well as its weakest step.
 */
export function ChainStrength({ chain }: { chain: readonly ChainLink[] }) {
  if (chain.length === 0) return null;
  const sentence = weakestLinkSentence(chain);
  return (
    <p className={sentence ? "chain-strength weak" : "chain-strength"} data-testid="chain-strength">
      {sentence ? `This chain ${sentence}.` : "Every link of this chain is stated outright by its quote."}
    </p>
  );
}
