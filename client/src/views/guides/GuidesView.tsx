import { Link } from "react-router-dom";
import { useQuery } from "urql";
import { CopyLinkButton } from "../../components/CopyLinkButton";
import { EmptyState, ErrorState, LoadingState } from "../../components/StatusStates";
import { routes } from "../../navigation/routes";
import { ViewHeader } from "../../components/ViewHeader";
import "./GuidesView.css";
import { GuidesQuery } from "./operations";

/** /routes — every guided route, with who it is for and the questions it answers. */
export default function GuidesView() {
  const [result, reexecute] = useQuery({ query: GuidesQuery });
  if (result.error && !result.data)
    return <ErrorState error={result.error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />;
  if (!result.data) return <LoadingState label="Loading the guided routes" />;
  const guides = result.data.routes;
  return (
    <>
      <ViewHeader
        title="Guided routes"
        description="Not sure where to begin? Each route asks a few plain questions that people in your place often have, and answers each one with resources from the bank. Choose the one that fits you best."
      >
        <CopyLinkButton />
      </ViewHeader>
      {guides.length === 0 ? (
        <EmptyState title="No guided routes yet" />
      ) : (
        <ul className="guides-list" data-testid="routes-list">
          {guides.map((guide) => (
            <li key={guide.id} className="guides-item surface">
              <h2>
                <Link to={routes.guide(guide.id)}>{guide.title}</Link>
              </h2>
              <p className="muted">For {guide.audience.toLowerCase()}</p>
              <p>{guide.intro}</p>
              <details>
                <summary>
                  The {guide.questions.length} {guide.questions.length === 1 ? "question" : "questions"}
                </summary>
                <ol>
                  {guide.questions.map((q, i) => (
                    <li key={q}>
                      <Link to={routes.guide(guide.id, i + 1)}>{q}</Link>
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
