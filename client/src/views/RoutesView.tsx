import { Link } from "react-router-dom";
import { useQuery } from "urql";
import { graphql } from "../__generated__";
import { CopyLinkButton } from "../components/CopyLinkButton";
import { EmptyState, ErrorState, LoadingState } from "../components/StatusStates";
import { routes } from "../navigation/routes";
import { ViewHeader } from "./ViewHeader";
import "./RoutesView.css";

const GuidedRoutesQuery = graphql(`
  query GuidedRoutes {
    routes {
      id
      title
      audience
      intro
      questions
    }
  }
`);

/** /routes — every guided route, with who it is for and the questions it answers. */
export default function RoutesView() {
  const [result, reexecute] = useQuery({ query: GuidedRoutesQuery });
  if (result.error && !result.data)
    return <ErrorState error={result.error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />;
  if (!result.data) return <LoadingState label="Loading the guided routes" />;
  const list = result.data.routes;
  return (
    <>
      <ViewHeader
        title="Guided routes"
        description="Not sure where to begin? Each route asks a few plain questions that people in your place often have, and answers each one with resources from the bank. Choose the one that fits you best."
      >
        <CopyLinkButton />
      </ViewHeader>
      {list.length === 0 ? (
        <EmptyState title="No guided routes yet" />
      ) : (
        <ul className="routes-list" data-testid="routes-list">
          {list.map((r) => (
            <li key={r.id} className="routes-item">
              <h2>
                <Link to={routes.guidedRoute(r.id)}>{r.title}</Link>
              </h2>
              <p className="muted">For {r.audience.toLowerCase()}</p>
              <p>{r.intro}</p>
              <details>
                <summary>
                  The {r.questions.length} {r.questions.length === 1 ? "question" : "questions"}
                </summary>
                <ol>
                  {r.questions.map((q, i) => (
                    <li key={q}>
                      <Link to={routes.guidedRoute(r.id, i + 1)}>{q}</Link>
                    </li>
                  ))}
                </ol>
              </details>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
