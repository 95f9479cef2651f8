import { useEffect, useRef } from "react";
import { Link, useParams, useSearchParams } from "react-router-dom";
import { useQuery } from "urql";
import { graphql } from "../__generated__";
import type { GuidedRouteQuery } from "../__generated__/graphql";
import { CopyLinkButton } from "../components/CopyLinkButton";
import { EmptyState, ErrorState, LoadingState, NotFound } from "../components/StatusStates";
import { humanise } from "../graph/visual-encoding";
import { routes } from "../navigation/routes";
import { csv } from "../export/csv";
import { downloadFile } from "../export/download-file";
import { ViewHeader } from "./ViewHeader";
import "./RouteView.css";

const GuidedRouteQuery = graphql(`
  query GuidedRoute($id: ID!) {
    route(id: $id) {
      id
      title
      audience
      intro
      steps {
        id
        question
        explanation
        total
        cards {
          why
          resource {
            ...GraphNodeFields
            summary
            url
            easyRead
          }
        }
      }
    }
  }
`);

type Route = NonNullable<GuidedRouteQuery["route"]>;
type Step = Route["steps"][number];
type Card = Step["cards"][number];

/** The first sentence of a summary: a card's one line. */
function firstSentence(text: string | null | undefined): string {
  if (!text) return "";
  const match = /^.*?[.!?](?=\s+[A-Z]|$)/s.exec(text.trim());
  return (match?.[0] ?? text).trim();
}

/** 1-based step from `?step=`, kept within the route. */
function stepNumber(params: URLSearchParams, count: number): number {
  const n = Number(params.get("step"));
  return Number.isInteger(n) && n >= 1 && n <= count ? n : 1;
}

function ResourceCard({ card }: { card: Card }) {
  const r = card.resource;
  return (
    <li className="guide-card" data-resource-id={r.id}>
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
        <Link to={`${routes.node(r.id)}?selected=${encodeURIComponent(r.id)}`} aria-label={`How ${r.label} connects`}>
          See how it connects
        </Link>
        {r.url && (
          <a href={r.url} rel="noopener noreferrer" target="_blank">
            Open the resource<span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        )}
      </p>
    </li>
  );
}

/** The route as rows for a spreadsheet: one per resource card, with its step and reason. */
function routeRows(route: Route): (string | number | null)[][] {
  const base = window.location.origin;
  return [
    ["step", "question", "resource", "kind", "year", "easy_read", "why", "summary", "url", "explorer_link"],
    ...route.steps.flatMap((step, i) =>
      step.cards.map((c) => [
        i + 1,
        step.question,
        c.resource.label,
        c.resource.kind,
        c.resource.year,
        c.resource.easyRead ? "yes" : "",
        c.why,
        c.resource.summary,
        c.resource.url,
        `${base}${routes.node(c.resource.id)}`,
      ]),
    ),
  ];
}

function downloadRoute(route: Route): void {
  downloadFile(`rrn-route-${route.id}.csv`, new Blob([csv(routeRows(route))], { type: "text/csv" }));
}

/** /routes/:id?step=N — a guided route, one question at a time (every step prints). */
export default function RouteView() {
  const { id = "" } = useParams();
  const [params] = useSearchParams();
  const [result, reexecute] = useQuery({ query: GuidedRouteQuery, variables: { id } });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const route = result.data?.route;
  const count = route?.steps.length ?? 0;
  const current = stepNumber(params, count);
  const moved = params.has("step");

  // After moving to another step, take keyboard and screen-reader focus to its question.
  useEffect(() => {
    if (moved) headingRef.current?.focus();
  }, [current, moved]);

  if (result.error && !result.data)
    return <ErrorState error={result.error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />;
  if (!result.data) return <LoadingState label="Loading the route" />;
  if (!route) return <NotFound what="guided route" />;

  return (
    <>
      <ViewHeader
        eyebrow={
          <span className="muted">
            <Link to={routes.guidedRoutes()}>Guided routes</Link> · for {route.audience.toLowerCase()}
          </span>
        }
        title={route.title}
        description={route.intro}
      >
        <CopyLinkButton />
        <button type="button" className="button" onClick={() => downloadRoute(route)}>
          Download as CSV
        </button>
        <button type="button" className="button" onClick={() => window.print()}>
          Print
        </button>
      </ViewHeader>
      <div className="guide-layout">
        <nav className="guide-steps" aria-label="Questions in this route">
          <h2 className="section-heading">Questions</h2>
          <ol>
            {route.steps.map((s, i) => (
              <li key={s.id}>
                <Link
                  to={routes.guidedRoute(route.id, i + 1)}
                  aria-current={i + 1 === current ? "step" : undefined}
                  replace
                >
                  {s.question}
                </Link>
              </li>
            ))}
          </ol>
        </nav>
        <div className="guide-main">
          {route.steps.map((step, i) => (
            <section
              key={step.id}
              className={`guide-step${i + 1 === current ? " current" : ""}`}
              aria-labelledby={`step-${step.id}`}
              data-testid={i + 1 === current ? "route-step" : undefined}
              data-step={i + 1}
            >
              <p className="guide-step-count">
                Question {i + 1} of {count}
              </p>
              <h2 id={`step-${step.id}`} ref={i + 1 === current ? headingRef : undefined} tabIndex={-1}>
                {step.question}
              </h2>
              <p className="guide-step-explanation">{step.explanation}</p>
              {step.cards.length === 0 ? (
                <EmptyState title="Nothing here yet">
                  <p>The graph has no resources for this question at the moment. Try the next question.</p>
                </EmptyState>
              ) : (
                <ul className="guide-cards" aria-label={`Resources for: ${step.question}`}>
                  {step.cards.map((c) => (
                    <ResourceCard key={c.resource.id} card={c} />
                  ))}
                </ul>
              )}
              {step.total > step.cards.length && (
                <p className="muted">
                  Showing {step.cards.length} of {step.total} resources that fit this question.
                </p>
              )}
              <div className="guide-pager">
                {i > 0 && (
                  <Link className="button" to={routes.guidedRoute(route.id, i)}>
                    ← Previous question
                  </Link>
                )}
                {i + 1 < count ? (
                  <Link className="button primary" to={routes.guidedRoute(route.id, i + 2)}>
                    Next question →
                  </Link>
                ) : (
                  <p className="guide-end">
                    That is the last question. See <Link to={routes.guidedRoutes()}>other routes</Link>, the{" "}
                    <Link to={routes.timeline()}>timeline</Link>, or the <Link to={routes.insights()}>insights</Link>.
                  </p>
                )}
              </div>
            </section>
          ))}
        </div>
      </div>
    </>
  );
}
