import { Link } from "react-router-dom";
import { useQuery } from "urql";
import type { GraphFilter } from "../__generated__/graphql";
import { UnrecordedMatchesQuery } from "../api/unrecorded-matches";
import { useViewState } from "../hooks/use-view-state";
import { noneRecorded, resourcesCount } from "../navigation/facet-words";
import { ID_FACETS, idFacetOf, NOT_RECORDED, type IdFacet } from "../navigation/url-state";

export interface UnrecordedHintProps {
  /** The filter the view sent (its facets as the API has them). */
  filter: GraphFilter;
  /** The view found nothing: the hint then explains the empty answer. */
  empty: boolean;
  /** The facets a reader chose (the organisation view's own organisation is not one). */
  only?: readonly IdFacet[];
}

/**
 * "Not recorded" is not "none": for each facet the filter chooses by ids, how many resources
 * match everything else but have no value of that facet recorded, with a link that adds them
 * (the facet's "Not recorded" value, so it is a plain link without scripts too).
 */
export function UnrecordedHint({ filter, empty, only }: UnrecordedHintProps) {
  const { state, href } = useViewState();
  const asked = (f: IdFacet) => (only ? only.includes(f) : true);
  const chosen = (Object.keys(ID_FACETS) as IdFacet[]).some((f) => asked(f) && (filter[f]?.length ?? 0) > 0);
  const [result] = useQuery({ query: UnrecordedMatchesQuery, variables: { filter }, pause: !chosen });
  const matches = (result.data?.unrecordedMatches ?? []).filter((m) => m.count > 0 && asked(idFacetOf(m.facet)));
  if (!chosen || matches.length === 0) return null;
  return (
    <div className="unrecorded-hint" role="status" data-testid="unrecorded-hint">
      {matches.map(({ facet: apiFacet, count }) => {
        const facet = idFacetOf(apiFacet);
        const link = href({ facets: { [facet]: [...state.facets[facet], NOT_RECORDED] }, selected: undefined });
        return (
          <p key={facet} data-facet={facet} data-count={count}>
            {empty ? "Nothing is recorded as matching all of these, but " : "Not recorded is not none: "}
            {resourcesCount(count)} {count === 1 ? "matches" : "match"} everything else and{" "}
            {count === 1 ? "has" : "have"} {noneRecorded(facet)}, so {count === 1 ? "it" : "they"} may belong here too.{" "}
            <Link to={link}>{empty ? "Show them" : "Include them"}</Link>
          </p>
        );
      })}
    </div>
  );
}
