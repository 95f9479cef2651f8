import { Link } from "react-router-dom";
import { ChainStrength, type ChainLink } from "../../components/ChainStrength";
import type { GraphEdge } from "../../graph/elements";
import type { PathStep } from "../../graph/path-steps";
import { edgeLook, howLabel } from "../../graph/visual-encoding";
import { nodeHref } from "../../navigation/routes";

type RouteStep = PathStep<GraphEdge & { reasoning?: string | null }>;

/** "derives from (implements)": how a step's relationship reads, its subject first. */
const phraseOf = (edge: GraphEdge) =>
  `${edgeLook(edge.type).forward.toLowerCase()}${edge.how ? ` (${howLabel(edge.how)})` : ""}`;

/** A route's links as ChainStrength reads them: each in its relationship's own direction. */
export function chainOf(route: readonly RouteStep[]): ChainLink[] {
  return route.map((step) => {
    const [subject, object] = step.reversed ? [step.to, step.from] : [step.from, step.to];
    return {
      id: step.edge.id,
      subject: subject.label,
      phrase: phraseOf(step.edge),
      object: object.label,
      basis: step.edge.basis,
      reasoning: step.edge.reasoning ?? null,
    };
  });
}

const routeKey = (route: readonly RouteStep[]) => route.map((s) => s.edge.id).join(" ");

/**
 * The routes as short as the one spelt out above (`routes[0]`), which the graph draws too: each
 * as a line from end to end, with its weakest link, since every route holds only as well as its
 * own. `total` counts every such route; beyond `routes` they are drawn but not listed.
 */
export function OtherRoutes({ routes, total }: { routes: readonly RouteStep[][]; total: number }) {
  const others = routes.slice(1);
  if (others.length === 0) return null;
  return (
    <section className="path-routes" aria-labelledby="path-routes-heading" data-testid="path-routes">
      <h2 id="path-routes-heading" className="section-heading">
        {total === 2 ? "The other route as short" : `The other ${total - 1} routes as short`}
      </h2>
      <ol className="path-route-list" start={2}>
        {others.map((route) => {
          const start = route[0]?.from;
          if (!start) return null;
          return (
            <li key={routeKey(route)} data-testid="path-route">
              <span className="step-line">
                <Link to={nodeHref(start)}>{start.label}</Link>
                {route.map((step) => (
                  <span key={step.edge.id} className="route-step">
                    {/* The arrow points the way the relationship reads, from its subject to its object. */}
                    <span className="step-rel">
                      {step.reversed ? (
                        <>
                          <span aria-hidden="true">←</span> {phraseOf(step.edge)}
                          <span className="visually-hidden"> (read from right to left)</span>{" "}
                          <span aria-hidden="true">—</span>
                        </>
                      ) : (
                        <>
                          <span aria-hidden="true">—</span> {phraseOf(step.edge)} <span aria-hidden="true">→</span>
                        </>
                      )}
                    </span>
                    <Link to={nodeHref(step.to)}>{step.to.label}</Link>
                  </span>
                ))}
              </span>
              <ChainStrength chain={chainOf(route)} />
            </li>
          );
        })}
      </ol>
      {total > routes.length && (
        <p className="muted" data-testid="path-routes-unlisted">
          {total - routes.length} more {total - routes.length === 1 ? "route is" : "routes are"} drawn in the graph
          below but not listed.
        </p>
      )}
    </section>
  );
}
