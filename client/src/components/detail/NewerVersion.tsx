import { Link } from "react-router-dom";
import { useQuery } from "urql";
import { graphql } from "../../__generated__";
import { routes } from "../../navigation/routes";
import "./detail.css";

const VersionsQuery = graphql(`
  query ResourceVersions($id: ID!) {
    versions(id: $id) {
      newer {
        node {
          id
          label
          year
        }
        relation
        explanation
      }
      older {
        node {
          id
          label
          year
        }
        relation
        explanation
      }
    }
  }
`);

/**
 * What is current: "A newer version exists: …" on a resource the graph says was followed on
 * from (or whose collection was, or whose series has a later year), and, on the newer one, what
 * it replaces. Only graph facts; nothing shows when the graph states no versions.
 */
export function NewerVersion({ id }: { id: string }) {
  const [{ data }] = useQuery({ query: VersionsQuery, variables: { id } });
  if (!data) return null;
  const { newer, older } = data.versions;
  return (
    <>
      {newer.length > 0 && (
        <div className="version-note newer" role="note" data-testid="newer-version">
          <p>
            <strong>A newer version exists: </strong>
            {newer.map((v, i) => (
              <span key={v.node.id}>
                {i > 0 && "; "}
                <Link to={routes.node(v.node.id)}>{v.node.label}</Link>
                {v.node.year ? ` (${v.node.year})` : ""}
              </span>
            ))}
          </p>
          <ul className="version-why">
            {newer.map((v) => (
              <li key={v.node.id}>{v.explanation}</li>
            ))}
          </ul>
        </div>
      )}
      {older.length > 0 && (
        <div className="version-note older" role="note" data-testid="older-version">
          <p>
            <strong>Replaces: </strong>
            {older.map((v, i) => (
              <span key={v.node.id}>
                {i > 0 && "; "}
                <Link to={routes.node(v.node.id)}>{v.node.label}</Link>
                {v.node.year ? ` (${v.node.year})` : ""}
              </span>
            ))}
          </p>
          <ul className="version-why">
            {older.map((v) => (
              <li key={v.node.id}>{v.explanation}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
