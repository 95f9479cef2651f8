import { Link } from "react-router-dom";
import { routes } from "../navigation/routes";
import "./RouteCards.css";

/**
 * "Where do you want to start?": one card per guided route, for visitors who come with a
 * worry rather than a search term. The cards are built into the page, so
 * they are ready before the graph below them and never push it down.
 */
export function RouteCards() {
  // Built in from the routes file (client/build/guide-routes.ts): drawn in the first HTML already.
  const list = typeof __ROUTE_CARDS__ === "undefined" ? [] : __ROUTE_CARDS__;
  if (list.length === 0) return null;
  return (
    <section className="route-cards" aria-labelledby="route-cards-heading" data-testid="route-cards">
      <div className="route-cards-head">
        <h2 id="route-cards-heading">Where do you want to start?</h2>
        <p>
          Pick the one closest to you. Each is a few plain questions, answered with resources from the bank.{" "}
          <Link to={routes.guidedRoutes()}>All guided routes</Link>
        </p>
      </div>
      <ul>
        {list.map((r) => (
          <li key={r.id}>
            <Link to={routes.guidedRoute(r.id)} className="route-card" data-route-id={r.id}>
              <strong>{r.title}</strong>
              <span className="route-card-first">{r.questions[0]}</span>
              <span className="route-card-count">
                {r.questions.length} {r.questions.length === 1 ? "question" : "questions"}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
