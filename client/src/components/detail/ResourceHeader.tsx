import { Link } from "react-router-dom";
import { humanise } from "../../graph/visual-encoding";
import { nodeHref, routes } from "../../navigation/routes";
import { findItHref, safeHttpUrl } from "../../navigation/resource-links";
import "./detail.css";

export interface Publisher {
  id: string;
  type: string;
  label: string;
  url?: string | null;
}

export interface ResourceHeaderProps {
  node: {
    id: string;
    label: string;
    kind?: string | null;
    year?: number | null;
    url?: string | null;
    descriptiveTitle?: boolean | null;
    generalKnowledge: readonly string[];
  };
  /** Who published it (PUBLISHED_BY), as the graph records them. */
  publishers: readonly Publisher[];
}

/**
 * A resource at a glance, above its summary: publisher · year · kind in one line, then the way
 * to the document itself — its own link first when the graph has an http(s) one ("Open"), then
 * a web search for its exact title and its publisher ("Find it", which says what it searches for) — and a link to suggest its address, which
 * curators check before it becomes the resource's `url`. That link is a plain link to the
 * suggestion page, so it is in the server-rendered page and works without scripts.
 */
export function ResourceHeader({ node, publishers }: ResourceHeaderProps) {
  const url = safeHttpUrl(node.url);
  // The search names the publisher (an organisation first), and the note says so.
  const publisher = publishers.find((p) => p.type === "ORGANISATION") ?? publishers[0] ?? null;
  const yearFromGk = node.generalKnowledge.includes("year");
  const parts = [
    publishers.length > 0 ? (
      <span key="publishers">
        {publishers.map((p, i) => (
          <span key={p.id}>
            {i > 0 && (i === publishers.length - 1 ? " and " : ", ")}
            <Link to={nodeHref(p)}>{p.label}</Link>
          </span>
        ))}
      </span>
    ) : null,
    node.year ? (
      <span key="year">
        {node.year}
        {yearFromGk && (
          <span className="badge general-knowledge" title="Not stated on the source page">
            General knowledge
          </span>
        )}
      </span>
    ) : null,
    node.kind ? <span key="kind">{humanise(node.kind)}</span> : null,
  ].filter((part) => part !== null);

  return (
    <div className="resource-header">
      {parts.length > 0 && (
        <p className="byline" data-testid="byline">
          {parts.map((part, i) => (
            <span key={i}>
              {i > 0 && <span aria-hidden="true"> · </span>}
              {part}
            </span>
          ))}
        </p>
      )}
      <p className="get-resource">
        {url && (
          <a className="external button primary" href={url} target="_blank" rel="noopener noreferrer">
            Open<span className="visually-hidden"> resource (opens in a new tab)</span> ↗
          </a>
        )}
        <a
          className="external button"
          href={findItHref({ title: node.label, descriptiveTitle: node.descriptiveTitle ?? false, publisher })}
          target="_blank"
          rel="noopener noreferrer"
        >
          Find it<span className="visually-hidden"> with a web search (opens in a new tab)</span> ↗
        </a>
        {!url && (
          <span className="muted-note" data-testid="find-it-note">
            No link is recorded; this searches the web for{" "}
            {node.descriptiveTitle ? "the words of its title" : "its title"}
            {publisher
              ? safeHttpUrl(publisher.url)
                ? ` on ${publisher.label}’s own site`
                : ` together with its publisher, ${publisher.label}`
              : " (no publisher is recorded)"}
            .
          </span>
        )}
      </p>
      <p className="suggest-link">
        <Link to={routes.suggestLink(node.id)}>Know where this is? Suggest the link</Link>
      </p>
    </div>
  );
}
