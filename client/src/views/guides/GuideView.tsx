import { useEffect, useMemo, useRef, useState } from "react";
import { Link, useParams } from "react-router-dom";
import { useQuery } from "urql";
import { CitePanel } from "../../components/CitePanel";
import { CopyLinkButton } from "../../components/CopyLinkButton";
import { EmptyState, ErrorState, LoadingState, NotFound } from "../../components/StatusStates";
import { routes } from "../../navigation/routes";
import { ViewHeader } from "../../components/ViewHeader";
import { useViewState } from "../../hooks/use-view-state";
import { downloadGuide } from "./guide-csv";
import { GuideResourceCard } from "./GuideResourceCard";
import "./GuideView.css";
import { GuideQuery } from "./operations";

/** /routes/:id?step=N — a guided route, one question at a time (every step prints). */
export default function GuideView() {
  const { id = "" } = useParams();
  const { state } = useViewState();
  const [result, reexecute] = useQuery({ query: GuideQuery, variables: { id } });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const citeButtonRef = useRef<HTMLButtonElement>(null);
  const [citing, setCiting] = useState(false);
  const guide = result.data?.route;
  // What the route shows, as the CSV has it: every step's resources, each once.
  const citeIds = useMemo(
    () => [...new Set(guide?.steps.flatMap((s) => s.cards.map((c) => c.resource.id)) ?? [])],
    [guide],
  );
  const count = guide?.steps.length ?? 0;
  // 1-based, kept within the guide.
  const current = state.step !== undefined && state.step <= count ? state.step : 1;
  const moved = state.step !== undefined;

  // After moving to another step, take keyboard and screen-reader focus to its question.
  useEffect(() => {
    if (moved) headingRef.current?.focus();
  }, [current, moved]);

  if (result.error && !result.data)
    return <ErrorState error={result.error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />;
  if (!result.data) return <LoadingState label="Loading the route" />;
  if (!guide) return <NotFound what="guided route" />;

  return (
    <>
      <ViewHeader
        eyebrow={
          <span className="muted">
            <Link to={routes.guides()}>Guided routes</Link> · for {guide.audience.toLowerCase()}
          </span>
        }
        title={guide.title}
        description={guide.intro}
      >
        <CopyLinkButton />
        <button type="button" className="button" onClick={() => downloadGuide(guide)}>
          Download as CSV
        </button>
        {citeIds.length > 0 && (
          <button
            type="button"
            className="button"
            ref={citeButtonRef}
            aria-expanded={citing}
            onClick={() => setCiting((open) => !open)}
            data-testid="cite-route"
          >
            Cite its resources ({citeIds.length})
          </button>
        )}
        <button type="button" className="button" onClick={() => window.print()}>
          Print
        </button>
      </ViewHeader>
      {/* RIS, BibTeX and CSL-JSON (and Harvard, APA) of the route's resources, as a list's "Cite all in view". */}
      {citing && (
        <CitePanel
          ids={citeIds}
          what={`the ${citeIds.length} ${citeIds.length === 1 ? "resource" : "resources"} of this route`}
          onClose={() => {
            setCiting(false);
            citeButtonRef.current?.focus();
          }}
        />
      )}
      <noscript>
        <p className="noscript-note">
          JavaScript is off: the download, cite and print buttons do not work, but your browser’s own Print does.
        </p>
      </noscript>
      <div className="guide-layout">
        <div className="guide-main">
          {guide.steps.map((step, i) => (
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
                    <GuideResourceCard key={c.resource.id} card={c} />
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
                  <Link className="button" to={routes.guide(guide.id, i)}>
                    ← Previous question
                  </Link>
                )}
                {i + 1 < count ? (
                  <Link className="button primary" to={routes.guide(guide.id, i + 2)}>
                    Next question →
                  </Link>
                ) : (
                  <p className="guide-end">
                    That is the last question. See <Link to={routes.guides()}>other routes</Link>, the{" "}
                    <Link to={routes.timeline()}>timeline</Link>, or the <Link to={routes.insights()}>insights</Link>.
                  </p>
                )}
              </div>
            </section>
          ))}
        </div>
        {/* After the answer in the page: on a phone the question comes first, the list of questions after. */}
        <nav className="guide-steps surface" aria-label="Questions in this route">
          <h2 className="section-heading">Questions</h2>
          <ol>
            {guide.steps.map((s, i) => (
              <li key={s.id}>
                <Link to={routes.guide(guide.id, i + 1)} aria-current={i + 1 === current ? "step" : undefined} replace>
                  {s.question}
                </Link>
              </li>
            ))}
          </ol>
        </nav>
      </div>
    </>
  );
}
