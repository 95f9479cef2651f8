import { Link } from "react-router-dom";
import { AddToSet } from "../../components/set/AddToSet";
import type { GuidedRouteQuery } from "../../__generated__/graphql";
import { humanise } from "../../graph/visual-encoding";
import { routes } from "../../navigation/routes";

export type Guide = NonNullable<GuidedRouteQuery["route"]>;
type Card = Guide["steps"][number]["cards"][number];

/** The first sentence of a summary: a card's one line. */
export function firstSentence(text: string | null | undefined): string {
  if (!text) return "";
  const match = /^.*?[.!?](?=\s+[A-Z]|$)/s.exec(text.trim());
  return (match?.[0] ?? text).trim();
}

/** One resource answering a guide's question: what it is, why it is here, where to go next. */
export function GuideResourceCard({ card }: { card: Card }) {
  const r = card.resource;
  return (
    <li className="guide-card surface" data-resource-id={r.id}>
      <h3>
        <Link to={`${routes.node(r.id)}?selected=${encodeURIComponent(r.id)}`}>{r.label}</Link>
      </h3>
      <p className="guide-card-meta">
        {r.kind && <span>{humanise(r.kind)}</span>}
        {r.year && <span>{r.year}</span>}
        {r.easyRead && <span className="badge easy-read">Easy read version</span>}
      </p>
      {r.summary && <p className="guide-card-summary">{firstSentence(r.summary)}</p>}
      <p className="guide-card-why">
        <span className="guide-card-why-label">Why it is here: </span>
        {card.why}
      </p>
      <p className="guide-card-links">
        <Link to={`${routes.node(r.id)}?selected=${encodeURIComponent(r.id)}`}>
          {/* The name a screen reader hears starts with the words on screen (for voice control). */}
          See how it connects<span className="visually-hidden">: {r.label}</span>
        </Link>
        {r.url && (
          <a href={r.url} rel="noopener noreferrer" target="_blank">
            Open the resource<span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        )}
        <AddToSet id={r.id} label={r.label} />
      </p>
    </li>
  );
}
