import { Link } from "react-router-dom";
import { useQuery } from "urql";
import { routes } from "../../navigation/routes";
import "./detail.css";
import { VersionsQuery } from "./operations";

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
      <VersionNote versions={newer} lead="A newer version exists: " className="newer" testId="newer-version" />
      <VersionNote versions={older} lead="Replaces: " className="older" testId="older-version" />
    </>
  );
}

type Version = { node: { id: string; label: string; year?: number | null }; explanation: string };

/** One side of a resource's versions: the links in a line, then why each is one. */
function VersionNote(props: { versions: readonly Version[]; lead: string; className: string; testId: string }) {
  const { versions, lead, className, testId } = props;
  if (versions.length === 0) return null;
  return (
    <div className={`version-note ${className}`} role="note" data-testid={testId}>
      <p>
        <strong>{lead}</strong>
        {versions.map((v, i) => (
          <span key={v.node.id}>
            {i > 0 && "; "}
            <Link to={routes.node(v.node.id)}>{v.node.label}</Link>
            {v.node.year ? ` (${v.node.year})` : ""}
          </span>
        ))}
      </p>
      <ul className="version-why">
        {versions.map((v) => (
          <li key={v.node.id}>{v.explanation}</li>
        ))}
      </ul>
    </div>
  );
}
