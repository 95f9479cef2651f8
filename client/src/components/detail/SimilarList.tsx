import { Link } from "react-router-dom";
import { useQuery } from "urql";
import { humanise } from "../../graph/visual-encoding";
import { routes } from "../../navigation/routes";
import "./detail.css";
import { SimilarQuery } from "./operations";

/** How many the panel lists; the view /node/:id/similar shows more, as a graph. */
const SHOWN = 5;

/** "More like this": resources sharing the most (rarest first) with this one, and why. */
export function SimilarList({ id }: { id: string }) {
  const [{ data, fetching, error }] = useQuery({ query: SimilarQuery, variables: { id, limit: SHOWN } });
  return (
    <section className="similar-list" aria-labelledby="similar-heading" data-testid="similar-list">
      <h3 id="similar-heading" className="section-heading">
        Similar resources {data && <span className="count">{data.similar.length}</span>}
      </h3>
      {fetching && !data && <p className="muted-note">Looking for resources like this one…</p>}
      {error && <p className="muted-note">Similar resources could not be loaded.</p>}
      {data && data.similar.length === 0 && (
        <p className="muted-note">Nothing in the graph shares enough with this resource yet.</p>
      )}
      {data && data.similar.length > 0 && (
        <>
          <ol>
            {data.similar.map((s) => (
              <li key={s.node.id}>
                <Link to={routes.node(s.node.id)} className="rel-target">
                  {s.node.label}
                </Link>
                {(s.node.kind || s.node.year) && (
                  <span className="muted-note">
                    {" "}
                    — {[s.node.kind && humanise(s.node.kind), s.node.year].filter(Boolean).join(", ")}
                  </span>
                )}
                <ul className="similar-reasons">
                  {s.reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
          <Link className="button" to={routes.similar(id)}>
            Show similar resources as a graph
          </Link>
        </>
      )}
    </section>
  );
}
