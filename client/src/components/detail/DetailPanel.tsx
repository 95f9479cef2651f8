import { lazy, Suspense, useEffect, useMemo, useRef, useState } from "react";
import { Link } from "react-router-dom";
import { AddToSet } from "../set/AddToSet";
import { useQuery } from "urql";
import type { EdgeProvenanceFieldsFragment, GraphEdgeFieldsFragment } from "../../__generated__/graphql";
import { groupRelationships } from "../../graph/grouping";
import { CITABLE_TYPES } from "../../api/cite";
import { nodeHref, routes } from "../../navigation/routes";
import { safeHttpUrl } from "../../navigation/resource-links";
import { howLabel, humanise } from "../../graph/visual-encoding";
import { BasisNote } from "../BasisNote";
import { CitePanel } from "../CitePanel";
import { useIsCurator } from "../../curation/announcer";
import { NewerVersion } from "./NewerVersion";
import { ResourceHeader } from "./ResourceHeader";
import { SimilarList } from "./SimilarList";
import { ErrorState, LoadingState } from "../StatusStates";
import { EdgeLineIcon, NodeTypeBadge } from "../TypeIcons";
import "./DetailPanel.css";
import { NodeDetailQuery } from "./operations";

// Curator-only parts, loaded when a curator is signed in: visitors never download them.
const CuratorTools = lazy(() => import("../../curation/CuratorTools"));
const RelationshipActions = lazy(() => import("../../curation/relationships/RelationshipActions"));
const DeletedNode = lazy(() => import("../../curation/deleted/DeletedNode"));

/** How the relationship is known, then where its quote comes from (general knowledge has no page). */
function Provenance({ edge }: { edge: GraphEdgeFieldsFragment & EdgeProvenanceFieldsFragment }) {
  const general = edge.basis === "GENERAL_KNOWLEDGE" || edge.generalKnowledge || edge.sourceDoc === "general-knowledge";
  return (
    <p className="provenance">
      <BasisNote edge={edge} />
      {general ? (
        edge.basis !== "GENERAL_KNOWLEDGE" && (
          <span className="badge general-knowledge" title="Not stated on the source page; added from general knowledge">
            General knowledge
          </span>
        )
      ) : (
        <span className="source-note">
          Source: {edge.sourceDoc ? sourceName(edge.sourceDoc) : "RRN resources page"}
        </span>
      )}
    </p>
  );
}

function sourceName(sourceDoc: string): string {
  return /rrn|tools-and-resources|^000_/.test(sourceDoc)
    ? "RRN Tools and resources page"
    : humanise(sourceDoc.replace(/-/g, "_"));
}

export interface DetailPanelProps {
  id: string;
  /** Neighbourhood view: adds the nodes around this one to the canvas. */
  onExpand?: (id: string) => void;
  /** The view already shows this node's neighbours (the focus, or an expanded node). */
  neighboursShown?: boolean;
  /** Move keyboard focus to the heading when the panel opens from search. */
  focusOnOpen?: boolean;
  onClose?: () => void;
}

/** Everything known about the selected node, with the evidence behind each relationship. */
export function DetailPanel({ id, onExpand, neighboursShown = false, focusOnOpen = false, onClose }: DetailPanelProps) {
  const curator = useIsCurator();
  const [result, reexecute] = useQuery({ query: NodeDetailQuery, variables: { id } });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const citeButtonRef = useRef<HTMLButtonElement>(null);
  const [citing, setCiting] = useState(false);
  const node = result.data?.node;
  const groups = useMemo(
    () => (result.data ? groupRelationships(id, result.data.neighbourhood.edges, result.data.neighbourhood.nodes) : []),
    [id, result.data],
  );
  const names = useMemo(
    () => new Map((result.data?.neighbourhood.nodes ?? []).map((n) => [n.id, n.label])),
    [result.data],
  );

  useEffect(() => {
    if (focusOnOpen && node) headingRef.current?.focus();
  }, [focusOnOpen, node]);

  if (result.fetching && !result.data) return <LoadingState label="Loading details" />;
  if (result.error)
    return <ErrorState error={result.error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />;
  if (!node)
    return curator ? (
      <Suspense fallback={null}>
        <DeletedNode id={id} />
      </Suspense>
    ) : (
      <p className="muted">This node is no longer in the graph.</p>
    );

  const gk = new Set(node.generalKnowledge);
  const isResource = node.type === "RESOURCE";
  const facts: [string, string, boolean][] = [];
  // A resource's kind and year are in its byline (ResourceHeader).
  if (node.kind && !isResource) facts.push(["Kind", humanise(node.kind), gk.has("kind")]);
  if (node.year && !isResource) facts.push(["Year", String(node.year), gk.has("year")]);
  const neighbours = result.data?.neighbourhood;
  const publishers = (neighbours?.edges ?? [])
    .filter((e) => e.type === "PUBLISHED_BY" && e.source === node.id)
    .flatMap((e) => neighbours?.nodes.filter((n) => n.id === e.target) ?? []);
  const otherUrl = isResource ? null : safeHttpUrl(node.url);
  const closeCite = () => {
    setCiting(false);
    citeButtonRef.current?.focus();
  };
  if (node.country) facts.push(["Country", node.country, gk.has("country")]);
  if (node.role) facts.push(["Role", node.role, gk.has("role")]);
  if (node.origin) facts.push(["Origin", node.origin, gk.has("origin")]);

  return (
    <article className="detail" data-testid="detail-panel" aria-labelledby="detail-heading">
      <header className="detail-header">
        <NodeTypeBadge type={node.type} />
        {onClose && (
          <button type="button" className="icon-button" onClick={onClose} aria-label="Close details">
            ×
          </button>
        )}
      </header>
      <h2 id="detail-heading" ref={headingRef} tabIndex={-1}>
        {node.label}
        {(gk.has("title") || gk.has("name")) && (
          <span className="badge general-knowledge" title="The source page does not give this name">
            Name from general knowledge
          </span>
        )}
      </h2>
      {/* An untitled item: its title holds the names the page gives, this what it is. */}
      {node.description && (
        <p className="title-description" data-testid="title-description">
          {node.description}
        </p>
      )}
      {isResource && <NewerVersion id={node.id} />}
      {isResource && <ResourceHeader node={node} publishers={publishers} />}
      {facts.length > 0 && (
        <dl className="facts">
          {facts.map(([term, value, fromGk]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>
                {value}
                {fromGk && (
                  <span className="badge general-knowledge" title="Not stated on the source page">
                    General knowledge
                  </span>
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {node.aliases.length > 0 && (
        <p className="aliases">
          Also known as {node.aliases.join("; ")}
          {gk.has("aliases") && <span className="badge general-knowledge">General knowledge</span>}
        </p>
      )}
      {node.summary && <p className="summary">{node.summary}</p>}
      {node.definition && <p className="summary">{node.definition}</p>}
      {node.easyRead && <p className="badge">Easy-read version available</p>}
      {otherUrl && (
        <p>
          <a className="external" href={otherUrl} target="_blank" rel="noopener noreferrer">
            Open website<span className="visually-hidden"> (opens in a new tab)</span> ↗
          </a>
        </p>
      )}

      <div className="actions" role="group" aria-label="Actions">
        {CITABLE_TYPES.has(node.type) && (
          <button
            type="button"
            className="button"
            ref={citeButtonRef}
            aria-expanded={citing}
            onClick={() => (citing ? closeCite() : setCiting(true))}
          >
            Cite
          </button>
        )}
        {onExpand && (
          <button type="button" className="button primary" onClick={() => onExpand(node.id)}>
            Expand neighbours
          </button>
        )}
        {!onExpand && !neighboursShown && (
          <Link className="button" to={nodeHref(node)}>
            {node.type === "ORGANISATION" ? "Open organisation" : "Explore neighbours"}
          </Link>
        )}
        <Link className="button" to={routes.lineage(node.id)}>
          Show lineage
        </Link>
        <Link className="button" to={routes.path(node.id)}>
          Find path from here
        </Link>
        <Link className="button" to={routes.path(undefined, node.id)}>
          Find path to here
        </Link>
        <AddToSet id={node.id} label={node.label} />
      </div>

      {citing && (
        <CitePanel ids={[node.id]} what={isResource ? "this resource" : "this legislation"} onClose={closeCite} />
      )}

      {curator && (
        <Suspense fallback={<LoadingState label="Loading curator tools" />}>
          <CuratorTools node={node} names={names} />
        </Suspense>
      )}

      {isResource && <SimilarList id={node.id} />}

      <section aria-labelledby="relationships-heading">
        <h3 id="relationships-heading" className="section-heading">
          Relationships <span className="count">{groups.reduce((n, g) => n + g.items.length, 0)}</span>
        </h3>
        {groups.length === 0 && <p className="muted">No relationships recorded.</p>}
        {groups.map((group) => (
          <section key={group.key} className="rel-group" aria-label={group.heading}>
            <h4>
              <EdgeLineIcon type={group.type} />
              {group.heading} <span className="count">{group.items.length}</span>
            </h4>
            <ul>
              {group.items.map(({ edge, other }) => (
                <li key={edge.id}>
                  <Link to={nodeHref(other)} className="rel-target">
                    {other.label}
                  </Link>
                  {edge.how && <span className="how"> — {howLabel(edge.how)}</span>}
                  {edge.evidence && <blockquote className="evidence">“{edge.evidence}”</blockquote>}
                  <Provenance edge={edge} />
                  {curator && (
                    <Suspense fallback={null}>
                      <RelationshipActions node={node} other={other} edge={edge} />
                    </Suspense>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </section>
    </article>
  );
}
