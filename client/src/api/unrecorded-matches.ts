import { graphql } from "../__generated__";

/**
 * For each facet a filter chooses by ids: how many resources match the rest of it and have no
 * value of that facet recorded. The overview, the timeline and the organisation view ask it, so
 * an empty (or short) answer says "not recorded" rather than "none".
 */
export const UnrecordedMatchesQuery = graphql(`
  query UnrecordedMatches($filter: GraphFilter!) {
    unrecordedMatches(filter: $filter) {
      facet
      count
    }
  }
`);
