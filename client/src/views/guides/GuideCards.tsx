import { Link } from "react-router-dom";
import { routes } from "../../navigation/routes";
import "./GuideCards.css";

/**
 * "Where do you want to start?": one card per guided route, for visitors who come with a
 * worry rather than a search term. The cards are built into the page, so
 * they are ready before the graph below them and never push it down.
 */
export function GuideCards() {
  // Built in from the guides file (client/build/guide-routes.ts): drawn in the first HTML already.
  const list = typeof __GUIDE_CARDS__ === "undefined" ? [] : __GUIDE_CARDS__;
  if (list.length === 0) return null;
  return (
    <section className="guide-starts" aria-labelledby="guide-starts-heading" data-testid="route-cards">
      <div className="guide-starts-head">
        <h2 id="guide-starts-heading">Where do you want to start?</h2>
        <p>
          Pick the one closest to you. Each is a few plain questions, answered with resources from the bank.{" "}
          <Link to={routes.guides()}>All guided routes</Link>
        </p>
      </div>
      <ul>
        {list.map((guide) => (
          <li key={guide.id}>
            <Link to={routes.guide(guide.id)} className="guide-start surface" data-route-id={guide.id}>
              <strong>{guide.title}</strong>
              <span className="guide-start-first">{guide.questions[0]}</span>
              <span className="guide-start-count">
                {guide.questions.length} {guide.questions.length === 1 ? "question" : "questions"}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
