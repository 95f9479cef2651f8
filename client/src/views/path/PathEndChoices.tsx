import { Link } from "react-router-dom";
import { useQuery } from "urql";
import { TypeAheadQuery } from "../../components/search/operations";
import { NodeTypeBadge } from "../../components/TypeIcons";
import { routes } from "../../navigation/routes";

export interface PathEndChoicesProps {
  /** Which end was given as words rather than picked. */
  end: "from" | "to";
  /** The words (the pickers' form sends what was typed when scripts are off). */
  text: string;
  /** The other end, as it stands in the URL. */
  other: string;
}

/**
 * An end the path view could not find by id: the things whose names match the words, each a
 * link to the path with that end chosen. Without scripts the pickers are a plain form that sends
 * the typed words, so this is how a reader picks an end there.
 */
export function PathEndChoices({ end, text, other }: PathEndChoicesProps) {
  const [result] = useQuery({ query: TypeAheadQuery, variables: { query: text }, pause: text.trim().length < 2 });
  const hits = result.data?.search ?? [];
  if (result.fetching || hits.length === 0) return null;
  return (
    <section className="path-end-choices" aria-label={`Choose the “${end === "from" ? "From" : "To"}” end`}>
      <p>
        Things matching “{text}” — choose one as the {end === "from" ? "start" : "end"}:
      </p>
      <ul>
        {hits.map((hit) => (
          <li key={hit.id}>
            <Link to={end === "from" ? routes.path(hit.id, other) : routes.path(other, hit.id)}>{hit.label}</Link>{" "}
            <NodeTypeBadge type={hit.type} />
          </li>
        ))}
      </ul>
    </section>
  );
}
